package org.sahelevents.io.ucdp;

import java.util.List;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.SahelEventsException;

/**
 * Thrown when GED input is bad and the caller asked to stop at the first bad row ({@link BadRowPolicy#FAIL}), or when
 * the input cannot be read as GED at all (no header, a required column missing). The message is the first problem's
 * {@link DataProblem#toString()}: {@code FILE:LINE: column NAME: "raw" reason}.
 *
 * <p>Instances are immutable once thrown, and so safe to share between threads.
 */
public final class UcdpFormatException extends SahelEventsException {
  private static final long serialVersionUID = 1L;

  private final transient UcdpRejectedRow row;
  private final DataProblem problem;

  UcdpFormatException(DataProblem problem, UcdpRejectedRow row) {
    super(problem.toString() + (row != null && row.problems().size() > 1
        ? " (and " + (row.problems().size() - 1) + " more problem(s) in this row)" : ""));
    this.problem = problem;
    this.row = row;
  }

  static UcdpFormatException at(String name, DataLocation location, String reason) {
    return new UcdpFormatException(DataProblem.error(name, location, reason), null);
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
