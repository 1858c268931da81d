package org.sahelevents.core.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.sahelevents.core.SahelEventsException;

/**
 * Thrown by {@link ModelValidator#requireValid} when an object breaks constraints; it lists every violation, errors
 * and warnings alike, not only the first.
 *
 * <p>Instances are immutable once thrown.
 */
public final class ModelValidationException extends SahelEventsException {
  private static final long serialVersionUID = 1L;

  private final String typeName;
  private final List<Violation> violations;

  public ModelValidationException(String typeName, List<Violation> violations) {
    super("invalid " + typeName + " (" + count(violations) + "):" + violations.stream()
        .map(v -> "\n  " + v).collect(Collectors.joining()));
    this.typeName = typeName;
    this.violations = List.copyOf(violations);
  }

  private static String count(List<Violation> violations) {
    long errors = violations.stream().filter(v -> v.severity() == Severity.ERROR).count();
    long warnings = violations.size() - errors;
    return errors + " error(s)" + (warnings > 0 ? ", " + warnings + " warning(s)" : "");
  }

  /** The simple name of the validated type, such as {@code "Incident"}. */
  public String typeName() {
    return typeName;
  }

  /** Every violation found, ordered by path. */
  public List<Violation> violations() {
    return violations;
  }
}
