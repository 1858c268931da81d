package org.sahelevents.io.geoparquet;

import java.util.List;
import org.sahelevents.io.acled.AcledRecord;

/**
 * Rows made ready for a GeoParquet file by {@link GeoParquetWriter#prepare}: every cell's typed value, text already
 * encoded as Parquet stores it, each point and the batch's bounding box, so that
 * {@link GeoParquetWriter.Output#write(PreparedBatch)} only copies values into pages. Preparing is the costly part of
 * writing and can run on other threads than the writing.
 *
 * <p>Immutable once made, and thread-safe when handed to the writing thread through a safe publication (a queue, a
 * future, a lock).
 */
public final class PreparedBatch {
  final AcledColumns columns;
  // The records, to prepare again for a file in another layout; null when the writer has a layout of its own.
  final List<AcledRecord> records;
  final int size;
  // Per cell column: BinaryCells (no value where empty) for STRING, int[] for INT and DATE (epoch day), long[] for LONG
  // and TIMESTAMP (epoch milliseconds), double[] for DOUBLE; the primitive ones with present[column][row].
  final Object[] values;
  final boolean[][] present;
  // Whether a row has a point, and its longitude and latitude.
  final boolean[] point;
  final double[] x;
  final double[] y;
  final BinaryCells spellings;
  final BinaryCells events;
  // xmin, ymin, xmax, ymax of the rows' points; empty (min above max) when no row has one.
  final double[] bbox = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
      Double.NEGATIVE_INFINITY};

  /**
   * Empty rows of these columns, which {@link RowPreparer} fills before anyone else sees them.
   *
   * @param bytesPerRow per text column, the bytes a row is expected to take
   */
  PreparedBatch(AcledColumns columns, List<AcledRecord> records, int size, int[] bytesPerRow) {
    this.columns = columns;
    this.records = records;
    this.size = size;
    int width = columns.size();
    values = new Object[width];
    present = new boolean[width][];
    for (int i = 0; i < width; i++) {
      switch (columns.kind(i)) {
        case STRING -> values[i] = new BinaryCells(size, bytesPerRow[i]);
        case INT, DATE -> values[i] = new int[size];
        case LONG, TIMESTAMP -> values[i] = new long[size];
        case DOUBLE -> values[i] = new double[size];
      }
      if (columns.kind(i) != AcledColumns.Kind.STRING) {
        present[i] = new boolean[size];
      }
    }
    point = new boolean[size];
    x = new double[size];
    y = new double[size];
    spellings = new BinaryCells(size, 0);
    events = new BinaryCells(size, 0);
  }

  /** The number of rows. */
  public int size() {
    return size;
  }
}
