package org.sahelevents.core.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.sahelevents.core.validation.Severity;

/** Collects the broken invariants of one object as constraint violations on the properties they concern. */
public final class Problems {
  private final ConstraintValidatorContext context;
  private boolean none = true;

  Problems(ConstraintValidatorContext context) {
    this.context = context;
    context.disableDefaultConstraintViolation();
  }

  /** Reports a broken invariant on {@code property} (a path relative to the object, such as {@code "best"}). */
  public void error(String property, String message) {
    add(property, message, Severity.ERROR);
  }

  /** Reports something suspicious that is not an error, such as a relation dated before an actor was founded. */
  public void warning(String property, String message) {
    add(property, message, Severity.WARNING);
  }

  private void add(String property, String message, Severity severity) {
    none = false;
    context.unwrap(HibernateConstraintValidatorContext.class)
        .withDynamicPayload(severity)
        .buildConstraintViolationWithTemplate(escape(message))
        .addPropertyNode(property)
        .addConstraintViolation();
  }

  /** Whether nothing was reported; a warning alone still makes the object "invalid" so that it is reported. */
  boolean none() {
    return none;
  }

  // Messages are templates: braces, dollar signs and backslashes in data (names, quotes) must not be interpreted.
  private static String escape(String message) {
    return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }
}
