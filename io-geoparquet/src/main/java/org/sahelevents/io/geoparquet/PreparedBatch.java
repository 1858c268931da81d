package org.sahelevents.io.geoparquet;

import java.util.List;
import org.apache.parquet.io.api.Binary;
import org.sahelevents.io.acled.AcledRecord;

/**
 * Rows made ready for a GeoParquet file by {@link GeoParquetWriter#prepare}: every cell's typed value, text as UTF-8,
 * each point as WKB and its bounding box, so that {@link GeoParquetWriter.Output#write(PreparedBatch)} only hands
 * values to Parquet's column writers. Preparing is the costly part of writing and can run on other threads than the
 * writing.
 *
 * <p>Immutable once made, and thread-safe when handed to the writing thread through a safe publication (a queue, a
 * future, a lock).
 */
public final class PreparedBatch {
  final AcledColumns columns;
  final List<AcledRecord> records;
  final int size;
  // Per cell column: Binary[] (null where empty) for STRING, int[] for INT and DATE (epoch day), long[] for LONG and
  // TIMESTAMP (epoch milliseconds), double[] for DOUBLE; the primitive ones with present[column][row].
  final Object[] values;
  final boolean[][] present;
  final Binary[] geometry;
  final double[] x;
  final double[] y;
  final Binary[] spellings;
  final Binary[] events;
  // xmin, ymin, xmax, ymax of the rows' points; null when no row has one.
  final double[] bbox;

  PreparedBatch(AcledColumns columns, List<AcledRecord> records, int size, Object[] values, boolean[][] present,
      Binary[] geometry, double[] x, double[] y, Binary[] spellings, Binary[] events, double[] bbox) {
    this.columns = columns;
    this.records = records;
    this.size = size;
    this.values = values;
    this.present = present;
    this.geometry = geometry;
    this.x = x;
    this.y = y;
    this.spellings = spellings;
    this.events = events;
    this.bbox = bbox;
  }

  /** The number of rows. */
  public int size() {
    return size;
  }
}
