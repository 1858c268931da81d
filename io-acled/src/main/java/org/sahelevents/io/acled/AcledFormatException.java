package org.sahelevents.io.acled;

import java.util.List;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.SahelEventsException;

/**
 * Thrown when ACLED input is bad and the caller asked to stop at the first bad row
 * ({@link BadRowPolicy#FAIL}), or when the input cannot be read as ACLED data at all (no header, an unknown format).
 * The message is the first problem's {@link DataProblem#toString()}: {@code FILE:LINE: column NAME: "raw" reason}
 * for CSV, {@code FILE: /data/N/NAME: "raw" reason} for JSON.
 *
 * <p>Instances are immutable once thrown, and so safe to share between threads.
 */
public final class AcledFormatException extends SahelEventsException {
  private static final long serialVersionUID = 1L;

  private final transient AcledRejectedRow row;
  private final DataProblem problem;

  AcledFormatException(DataProblem problem, AcledRejectedRow row) {
    super(problem.toString() + (row != null && row.problems().size() > 1
        ? " (and " + (row.problems().size() - 1) + " more problem(s) in this row)" : ""));
    this.problem = problem;
    this.row = row;
  }

  /** An error in the input as a whole (its header, its envelope), not in one row. */
  static AcledFormatException at(String name, DataLocation location, String reason) {
    return new AcledFormatException(DataProblem.error(name, location, reason), null);
  }

  /** The first problem found. */
  public DataProblem problem() {
    return problem;
  }

  /** Every problem of the row, when the exception is about one row. */
  public List<DataProblem> problems() {
    return row == null ? List.of(problem) : row.problems();
  }
}
