package org.sahelevents.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.sahelevents.core.internal.InvariantValidator;

/**
 * Marks a model type whose cross-field invariants (for example {@code low <= best <= high}, or a sub-event type that
 * belongs to its event type) are checked by any Jakarta {@code Validator}, {@link ModelValidator} included. Each
 * broken invariant is reported as its own violation, on the property it concerns.
 */
@Documented
@Inherited
@Constraint(validatedBy = InvariantValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface CheckInvariants {
  String message() default "breaks an invariant";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
