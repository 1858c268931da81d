package org.sahelevents.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.sahelevents.core.validation.CheckInvariants;

/** Checks {@link CheckInvariants} by running the rules of {@link Invariants}. Stateless and thread-safe. */
public final class InvariantValidator implements ConstraintValidator<CheckInvariants, Object> {
  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Problems problems = new Problems(context);
    Invariants.check(value, problems);
    return problems.none();
  }
}
