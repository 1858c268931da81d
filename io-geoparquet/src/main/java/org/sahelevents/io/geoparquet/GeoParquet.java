package org.sahelevents.io.geoparquet;

/**
 * Entry point to GeoParquet: {@link #writer()} and {@link #reader()}.
 *
 * <p>Stateless and thread-safe.
 */
public final class GeoParquet {
  private GeoParquet() {}

  /** A builder of writers of GeoParquet 1.1 files of ACLED records and incidents. */
  public static GeoParquetWriter.Builder writer() {
    return GeoParquetWriter.builder();
  }

  /** A builder of readers of GeoParquet 1.0 and 1.1 files. */
  public static GeoParquetReader.Builder reader() {
    return GeoParquetReader.builder();
  }
}
