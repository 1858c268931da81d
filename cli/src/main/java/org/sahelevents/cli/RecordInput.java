package org.sahelevents.cli;

import java.util.function.Consumer;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.validation.Severity;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.geojson.GeoJsonFeatures;

/**
 * ACLED records read from one input, and what reading it counted: rows of an ACLED file, or features of a GeoJSON
 * file, where a feature is rejected either as GeoJSON or as an ACLED row. Not thread-safe.
 */
final class RecordInput implements AutoCloseable {
  private final AcledRecords records;
  private final FeatureSource features;

  RecordInput(AcledRecords records, FeatureSource features) {
    this.records = records;
    this.features = features;
  }

  AcledRecords records() {
    return records;
  }

  /** What was read so far. */
  Counts counts() {
    if (features == null) {
      return new Counts("rows", records.rowsRead(), records.rowsAccepted(), records.rowsRejected(), 0);
    }
    GeoJsonFeatures read = features.features();
    return new Counts("features", read.recordsRead(), records.rowsAccepted(),
        read.recordsRejected() + records.rowsRejected(), features.warnings().count());
  }

  @Override
  public void close() {
    records.close();
  }

  /** The GeoJSON features behind the records, and the warnings reading them gave. */
  record FeatureSource(GeoJsonFeatures features, WarningCounter warnings) {}

  /** Passes GeoJSON problems on, counting those that are warnings. */
  static final class WarningCounter implements Consumer<DataProblem> {
    private final Consumer<DataProblem> next;
    private long count;

    WarningCounter(Consumer<DataProblem> next) {
      this.next = next;
    }

    @Override
    public void accept(DataProblem problem) {
      if (problem.severity() == Severity.WARNING) {
        count++;
      }
      next.accept(problem);
    }

    long count() {
      return count;
    }
  }
}
