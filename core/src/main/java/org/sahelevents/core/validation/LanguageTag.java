package org.sahelevents.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.sahelevents.core.internal.LanguageTagValidator;

/**
 * The annotated text is a well-formed BCP 47 language tag such as {@code "ar"}, {@code "fr"}, {@code "taq"} or
 * {@code "ar-Latn"}. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = LanguageTagValidator.class)
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface LanguageTag {
  String message() default "must be a well-formed BCP 47 language tag such as \"fr\" or \"ar\"";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
