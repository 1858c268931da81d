package org.sahelevents.io.ucdp;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;

/**
 * A row the reader did not accept: where it is, its cells as read (so nothing of it is lost), and every problem
 * found in it.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class UcdpRejectedRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final DataLocation location;
  private final List<String> cells;
  private final List<DataProblem> problems;

  /**
   * A rejected row.
   *
   * @param location the line the row starts on (or the lines it spans when it could not be read), or the row's JSON
   *     pointer ({@code /Result/12})
   * @param cells the row's cells as read (for an API row that is not an object, its values)
   * @throws IllegalArgumentException if there is no problem
   */
  public UcdpRejectedRow(DataLocation location, List<String> cells, List<DataProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rejected row has at least one problem");
    }
    this.location = Objects.requireNonNull(location, "location");
    this.cells = List.copyOf(cells);
    this.problems = List.copyOf(problems);
  }

  public DataLocation location() {
    return location;
  }

  /** The row's cells as read. */
  public List<String> cells() {
    return cells;
  }

  /** Every problem found in the row, at least one. */
  public List<DataProblem> problems() {
    return problems;
  }

  @Override
  public String toString() {
    return problems.toString();
  }
}
