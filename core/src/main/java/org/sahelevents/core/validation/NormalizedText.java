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
import org.sahelevents.core.internal.NormalizedTextValidator;

/**
 * The annotated text is a name or label fit for matching: not blank, no leading or trailing white space, no control
 * characters, and in Unicode normal form NFC, so that "Ségou" typed on a Mac (NFD) and on Windows (NFC) is one
 * name. {@code null} is valid; combine with {@code @NotNull} where needed.
 */
@Documented
@Constraint(validatedBy = NormalizedTextValidator.class)
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface NormalizedText {
  String message() default "must be non-blank, trimmed, free of control characters and in Unicode NFC form";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
