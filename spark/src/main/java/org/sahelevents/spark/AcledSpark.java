package org.sahelevents.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Entry points: ACLED files into Spark datasets with this library's reader, and datasets out through its writers.
 *
 * <pre>{@code
 * AcledDatasets acled = AcledSpark.read(spark, "mali.csv", "burkina-faso.csv");
 * acled.records().groupBy("event_type").count().show();
 * acled.problems().filter("severity = 'ERROR'").select("message").show(false);
 * AcledSpark.writer().layout(acled.layout()).build().writeGeoJsonSequences(acled.records(), "out/geojsons");
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class AcledSpark {
  private AcledSpark() {}

  /** A reader's builder, with the defaults of {@code AcledCsv.reader()}. */
  public static AcledSparkReader.Builder reader() {
    return AcledSparkReader.builder();
  }

  /** A writer's builder. */
  public static AcledSparkWriter.Builder writer() {
    return AcledSparkWriter.builder();
  }

  /** Reads ACLED files with the default reader: {@code reader().build().read(spark, paths)}. */
  public static AcledDatasets read(SparkSession spark, String... paths) {
    return reader().build().read(spark, paths);
  }
}
