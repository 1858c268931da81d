package org.sahelevents.io.geoparquet;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.WarningPolicy;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledReader;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.geojson.AcledFeatures;

/**
 * Reads GeoParquet 1.0 and 1.1 files, this library's and others' (geopandas, DuckDB, GDAL, Sedona): as features with
 * any geometry ({@link #features}), or as ACLED records with every check of ACLED files ({@link #records}).
 *
 * <p>A row's problems are located by the file, the pointer {@code /row-groups/G/rows/R} (counting from 0) and the
 * column: {@code mali.parquet: /row-groups/0/rows/17/fatalities: "-3" ...}. An error rejects the row, a warning (a
 * point that moved away from the row's {@code latitude} and {@code longitude}, a {@code year} that disagrees with
 * {@code event_date}) keeps it; rows read = rows accepted + rows rejected. A file that is not GeoParquet, or whose
 * geometry cannot be decoded, fails with a {@link GeoParquetException} located the same way.
 *
 * <pre>{@code
 * try (AcledRecords records = GeoParquet.reader().acled(AcledCsv.reader().badRows(BadRowPolicy.COLLECT).build())
 *     .build()
 *     .records(Path.of("mali.parquet"), rejected -> System.err.println(rejected))) {
 *   records.forEachRemaining(r -> System.out.println(r.eventIdCnty()));
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GeoParquetReader {
  private final AcledReader acled;

  private GeoParquetReader(Builder b) {
    this.acled = b.acled;
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * The rows of a file as features.
   *
   * @throws GeoParquetException if the file is not GeoParquet 1.0 or 1.1 with longitude/latitude coordinates
   */
  public GeoParquetFeatures features(Path file) {
    return new GeoParquetFeatures(Objects.requireNonNull(file, "file"));
  }

  /**
   * The ACLED records a file's rows hold: the cells of a file this library wrote exactly as written, or the columns
   * of another file under ACLED's names, with the row's point as the truth for {@code latitude} and
   * {@code longitude}; a geometry other than a point rejects the row. Closing the records closes the file.
   *
   * @param onRejected receives each rejected row with its problems under {@link BadRowPolicy#COLLECT}; may be null
   * @throws GeoParquetException if the file is not GeoParquet 1.0 or 1.1 with longitude/latitude coordinates
   */
  public AcledRecords records(Path file, Consumer<AcledRejectedRow> onRejected) {
    GeoParquetFeatures features = features(file);
    return AcledFeatures.toRecords(features, features.acledLayout().orElse(null), file.toString(),
        features::rowPointer, acled, onRejected);
  }

  /** Configures a {@link GeoParquetReader}. Not thread-safe; the reader it builds is. */
  public static final class Builder {
    private AcledReader acled = AcledCsv.reader().build();

    private Builder() {}

    /**
     * The ACLED reader whose checks and policies records go through: what a row with an error does to reading
     * ({@link BadRowPolicy}), whether a row with warnings only is kept ({@link WarningPolicy}), how much is checked.
     * Default: {@code AcledCsv.reader().build()}, which fails at the first bad row and keeps rows with warnings.
     */
    public Builder acled(AcledReader reader) {
      this.acled = Objects.requireNonNull(reader, "reader");
      return this;
    }

    public GeoParquetReader build() {
      return new GeoParquetReader(this);
    }
  }
}
