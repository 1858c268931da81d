package org.sahelevents.io.acled;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;

/**
 * A row the reader did not accept: where it is, its cells as read, and every problem found in it.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AcledRejectedRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final DataLocation location;
  private final List<String> cells;
  private final String raw;
  private final List<DataProblem> problems;

  /**
   * A rejected row.
   *
   * @param location the line the row starts on (CSV), or the row's JSON pointer ({@code /data/12})
   * @throws IllegalArgumentException if there is no problem
   */
  public AcledRejectedRow(DataLocation location, List<String> cells, List<DataProblem> problems) {
    this(location, cells, Optional.empty(), problems);
  }

  /**
   * A rejected row whose original text is known.
   *
   * @param location the line the row starts on (or the lines a damaged record spans), or the row's JSON pointer
   * @param cells the row's cells as read; empty when it could not be split into cells
   * @param raw the row's original text, when the cells do not hold all of it: the lines of a CSV record that could not
   *     be split, an API row's JSON, a GeoJSON feature's JSON
   * @throws IllegalArgumentException if there is no problem
   */
  public AcledRejectedRow(DataLocation location, List<String> cells, Optional<String> raw, List<DataProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rejected row has at least one problem");
    }
    this.location = Objects.requireNonNull(location, "location");
    this.cells = List.copyOf(cells);
    this.raw = raw.orElse(null);
    this.problems = List.copyOf(problems);
  }

  /** Where the row is: the line it starts on (CSV, where a quoted note can span lines) or its JSON pointer. */
  public DataLocation location() {
    return location;
  }

  /** The row's cells as read; empty when it could not be split into cells. */
  public List<String> cells() {
    return cells;
  }

  /**
   * The row's original text when its cells do not hold all of it: the lines of a CSV record that could not be split
   * into cells, an API row's JSON, a GeoJSON feature's JSON. With {@link #cells()}, nothing of a rejected row is lost.
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
