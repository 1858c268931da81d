package org.sahelevents.core.validation;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found in a model object: where (a property path from the validated object, such as
 * {@code incidents[2].participants[0].actor}), what is wrong, and how serious it is.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Violation implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String message;
  private final Severity severity;

  public Violation(String path, String message, Severity severity) {
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
    this.severity = Objects.requireNonNull(severity, "severity");
  }

  /** The property path from the validated object; empty for the object itself. */
  public String path() {
    return path;
  }

  /** What is wrong, for a person. */
  public String message() {
    return message;
  }

  public Severity severity() {
    return severity;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation that
        && path.equals(that.path)
        && message.equals(that.message)
        && severity == that.severity;
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, message, severity);
  }

  /** {@code "path: message"}, with {@code "warning: "} in front of warnings. */
  @Override
  public String toString() {
    return (severity == Severity.WARNING ? "warning: " : "") + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
