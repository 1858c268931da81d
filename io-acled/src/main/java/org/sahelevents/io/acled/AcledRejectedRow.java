package org.sahelevents.io.acled;

import java.io.Serializable;
import java.util.List;

/**
 * A row the reader did not accept: where it starts, its cells as read, and every problem found in it.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AcledRejectedRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long line;
  private final List<String> cells;
  private final List<AcledProblem> problems;

  public AcledRejectedRow(long line, List<String> cells, List<AcledProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rejected row has at least one problem");
    }
    this.line = line;
    this.cells = List.copyOf(cells);
    this.problems = List.copyOf(problems);
  }

  /** The line the row starts on. */
  public long line() {
    return line;
  }

  /** The row's cells as read. */
  public List<String> cells() {
    return cells;
  }

  /** Every problem found in the row, at least one. */
  public List<AcledProblem> problems() {
    return problems;
  }

  @Override
  public String toString() {
    return problems.toString();
  }
}
