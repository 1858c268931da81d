package org.sahelevents.io.geojson;

import java.util.List;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.SahelEventsException;

/**
 * Thrown when GeoJSON input breaks RFC 7946 (or this library's documented policies) and the caller asked to stop at
 * the first bad object, or when output cannot be written as valid GeoJSON. The message reads
 * {@code FILE: /json/pointer: reason}.
 *
 * <p>Instances are immutable once thrown, and so safe to share between threads.
 */
public final class GeoJsonException extends SahelEventsException {
  private static final long serialVersionUID = 1L;

  private final List<DataProblem> problems;

  GeoJsonException(List<DataProblem> problems) {
    super(problems.get(0).toString() + (problems.size() > 1
        ? " (and " + (problems.size() - 1) + " more problem(s))" : ""));
    this.problems = List.copyOf(problems);
  }

  /** Every error found in the offending object, at least one. */
  public List<DataProblem> problems() {
    return problems;
  }
}
