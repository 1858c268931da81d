package org.sahelevents.io.acled;

import java.util.List;
import org.sahelevents.core.SahelEventsException;

/**
 * Thrown when ACLED input is bad and the caller asked to stop at the first bad row
 * ({@link BadRowPolicy#FAIL}), or when the input cannot be read as ACLED data at all (no header, an unknown format).
 * The message reads {@code FILE:LINE: column NAME: "raw" reason}.
 *
 * <p>Instances are immutable once thrown, and so safe to share between threads.
 */
public final class AcledFormatException extends SahelEventsException {
  private static final long serialVersionUID = 1L;

  private final transient AcledRejectedRow row;
  private final AcledProblem problem;

  AcledFormatException(AcledProblem problem, AcledRejectedRow row) {
    super(problem.toString() + (row != null && row.problems().size() > 1
        ? " (and " + (row.problems().size() - 1) + " more problem(s) in this row)" : ""));
    this.problem = problem;
    this.row = row;
  }

  /** The first problem found. */
  public AcledProblem problem() {
    return problem;
  }

  /** Every problem of the row, when the exception is about one row. */
  public List<AcledProblem> problems() {
    return row == null ? List.of(problem) : row.problems();
  }
}
