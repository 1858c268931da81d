package org.sahelevents.io.geoparquet;

import java.util.Objects;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.SahelEventsException;

/**
 * A GeoParquet file that cannot be read: not Parquet, no or unusable {@code geo} metadata, or a geometry that cannot
 * be decoded. The message, and {@link #problem()}, say which file and where in it: the row group, the row in it and
 * the column, as the pointer {@code /row-groups/G/rows/R/COLUMN} (counting from 0), or the metadata key.
 *
 * <p>Instances are immutable once thrown and safe to share between threads.
 */
public final class GeoParquetException extends SahelEventsException {
  private static final long serialVersionUID = 1L;

  private final DataProblem problem;

  GeoParquetException(DataProblem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** What is wrong, and where. */
  public DataProblem problem() {
    return problem;
  }
}
