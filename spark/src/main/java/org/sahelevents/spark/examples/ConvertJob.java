package org.sahelevents.spark.examples;

import java.io.PrintStream;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.sahelevents.spark.AcledDatasets;
import org.sahelevents.spark.AcledSpark;
import org.sahelevents.spark.AcledSparkWriter;

/**
 * {@code ConvertJob IN... OUT_DIR}: ACLED files to Parquet ({@code OUT_DIR/parquet}, the point as WKB), GeoJSON
 * text sequences ({@code OUT_DIR/geojsons}, the features {@code sahel-events convert} writes) and every problem
 * ({@code OUT_DIR/problems}, CSV with a header row). Prints {@code N rows read = A accepted + R rejected} and exits 1
 * when rows were rejected, as the tool does. Each run is one job: not thread-safe.
 */
public final class ConvertJob {
  static final String USAGE = "ConvertJob IN... OUT_DIR";

  private ConvertJob() {}

  public static void main(String[] args) {
    SparkSession spark = JobMain.session("ConvertJob");
    JobMain.exit(spark, run(spark, args, System.err));
  }

  /** Runs the job in a session; returns its exit code. */
  public static int run(SparkSession spark, String[] args, PrintStream err) {
    return JobMain.run(USAGE, (session, out) -> {
      if (args.length < 2) {
        throw new JobMain.UsageException("give at least one input and the output directory");
      }
      String dir = args[args.length - 1];
      JobMain.requireNew(session, dir);
      AcledDatasets acled = AcledSpark.read(session, Arrays.copyOf(args, args.length - 1));
      // The first action (the layout) parses the files; every output after it reads what Spark kept of them.
      AcledSparkWriter writer = AcledSpark.writer().layout(acled.layout()).build();
      Dataset<Row> records = acled.records();
      writer.writeParquet(records, dir + "/parquet");
      writer.writeGeoJsonSequences(records, dir + "/geojsons");
      Dataset<Row> problems = acled.problems();
      problems.write().option("header", true).option("escape", "\"").csv(dir + "/problems");
      return Summary.print(out, records.count(), acled.rejectedRows().count(),
          problems.filter(functions.col("severity").equalTo("WARNING")).count());
    }, spark, err);
  }
}
