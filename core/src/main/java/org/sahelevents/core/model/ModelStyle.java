package org.sahelevents.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every model type.
 *
 * <p>Accessors are JavaBean getters ({@code getName()}) because Jakarta Bean Validation only sees {@code get*} and
 * {@code is*} methods: with fluent accessors every constraint would be silently skipped. Builder setters stay fluent
 * ({@code .name(...)}), JSON property names are the bare attribute names ({@code "name"}), and the generated classes
 * are package-private so that the public API is the abstract types and their nested {@code Builder}s.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jakarta = true,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "assertion:assertions", "reportedIn:reportedIn"},
    defaults = @Value.Immutable(copy = false))
@interface ModelStyle {}
