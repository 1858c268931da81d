package org.sahelevents.io.ucdp;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
  private final String raw;
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
    this(location, cells, Optional.empty(), problems);
  }

  /**
   * A rejected row whose original text is known.
   *
   * @param cells the row's cells as read; empty when it could not be split into cells
   * @param raw the lines of a CSV record that could not be split into cells
   * @throws IllegalArgumentException if there is no problem
   */
  public UcdpRejectedRow(DataLocation location, List<String> cells, Optional<String> raw,
      List<DataProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rejected row has at least one problem");
    }
    this.location = Objects.requireNonNull(location, "location");
    this.cells = List.copyOf(cells);
    this.raw = raw.orElse(null);
    this.problems = List.copyOf(problems);
  }

  public DataLocation location() {
    return location;
  }

  /** The row's cells as read. */
  public List<String> cells() {
    return cells;
  }

  /**
   * The row's original text when its cells do not hold all of it: the lines of a CSV record that could not be split
   * into cells. With {@link #cells()}, nothing of a rejected row is lost.
   */
  public Optional<String> raw() {
    return Optional.ofNullable(raw);
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
