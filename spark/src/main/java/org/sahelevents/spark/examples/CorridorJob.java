package org.sahelevents.spark.examples;

import static org.apache.spark.sql.functions.callUDF;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_concat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.locationtech.jts.geom.Envelope;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.Gazetteer;
import org.sahelevents.geo.Route;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.geojson.MapFeatures;
import org.sahelevents.spark.AcledDatasets;
import org.sahelevents.spark.AcledSchema;
import org.sahelevents.spark.AcledSpark;
import org.sahelevents.spark.SahelFunctions;

/**
 * {@code CorridorJob --route ROAD --half-width-km KM [--since DATE] [--until DATE] IN... OUT_DIR}: the incidents
 * within the half-width of a gazetteer road, sorted by chainage, as GeoJSON text sequences ({@code OUT_DIR/hits})
 * whose features carry the properties of {@code sahel-events corridor} (the file's ACLED columns, then
 * {@code corridor_route}, {@code corridor_distance_m}, {@code corridor_chainage_m}, {@code corridor_to_end_m},
 * {@code corridor_side}); and the incidents (distinct {@code event_id_cnty}) and rows per 25 km of road and week
 * ({@code OUT_DIR/bands}, CSV). All measures come from {@link SahelFunctions}' {@code corridor_locate} and
 * {@code corridor_properties}, that is from this library's {@link Corridor}. Each run is one job: not thread-safe.
 */
public final class CorridorJob {
  static final String USAGE = "CorridorJob --route ROAD --half-width-km KM [--since yyyy-MM-dd] [--until yyyy-MM-dd] "
      + "IN... OUT_DIR";
  private static final double BAND_METRES = 25_000;

  private CorridorJob() {}

  public static void main(String[] args) {
    SparkSession spark = JobMain.session("CorridorJob");
    JobMain.exit(spark, run(spark, args, System.err));
  }

  /** The job's options, parsed. */
  private record Options(Route road, double halfWidthMetres, LocalDate since, LocalDate until, List<String> inputs,
      String out) {}

  /** Runs the job in a session; returns its exit code. */
  public static int run(SparkSession spark, String[] args, PrintStream err) {
    return JobMain.run(USAGE, (session, out) -> {
      Options o = options(args);
      JobMain.requireNew(session, o.out());
      AcledDatasets acled = AcledSpark.read(session, o.inputs().toArray(String[]::new));
      SahelFunctions.register(session);
      Column[] point = {lit(o.road().id()), lit(o.halfWidthMetres()), col(AcledSchema.LON), col(AcledSchema.LAT)};
      Dataset<Row> records = acled.records();
      Dataset<Row> problems = acled.problems();
      Corridor corridor = Corridor.of(o.road(), o.halfWidthMetres());
      // As the tool, only the points in the corridor's bounding box are located.
      Envelope box = corridor.envelope();
      Dataset<Row> hits = records.filter(col(AcledSchema.LON).between(box.getMinX(), box.getMaxX())
              .and(col(AcledSchema.LAT).between(box.getMinY(), box.getMaxY())))
          .withColumn("corridor", callUDF("corridor_locate", point))
          .filter(col("corridor.within"));
      if (o.since() != null) {
        hits = hits.filter(col("event_date").geq(lit(java.sql.Date.valueOf(o.since()))));
      }
      if (o.until() != null) {
        hits = hits.filter(col("event_date").leq(lit(java.sql.Date.valueOf(o.until()))));
      }
      hits = hits.withColumn(AcledSchema.EXTRA_COLUMNS,
              map_concat(col(AcledSchema.EXTRA_COLUMNS), callUDF("corridor_properties", point)))
          .orderBy(col("corridor.chainage_m"), col(AcledSchema.SOURCE_FILE), col(AcledSchema.SOURCE_LINE)).cache();

      // The measures' names and which are numbers, as the library gives them for any point.
      ObjectNode measures = MapFeatures.corridorProperties(corridor,
          corridor.locate(o.road().parts().get(0).get(0)));
      AcledLayout layout = acled.layout();
      List<String> headers = new ArrayList<>(layout.headers());
      List<String> numeric = new ArrayList<>();
      measures.fields().forEachRemaining(e -> {
        headers.add(e.getKey());
        if (e.getValue().isNumber()) {
          numeric.add(e.getKey());
        }
      });
      AcledSpark.writer().layout(AcledLayout.of(headers, null, layout.dateStyle(), layout.actorTypeStyle()))
          .numericColumns(numeric).build().writeGeoJsonSequences(hits, o.out() + "/hits");
      hits.groupBy(floor(col("corridor.chainage_m").divide(BAND_METRES)).multiply(BAND_METRES / 1000).as("km_from"),
              date_trunc("week", col("event_date")).cast("date").as("week"))
          .agg(countDistinct("event_id_cnty").as("incidents"), functions.count(lit(1)).as("rows"))
          .orderBy("km_from", "week").coalesce(1)
          .write().option("header", true).csv(o.out() + "/bands");
      long incidents = hits.select("event_id_cnty").distinct().count();
      out.printf("%s (%.0f km), half-width %.1f km: %d incidents (from %d rows)%n", o.road().name(),
          o.road().lengthMetres() / 1000, o.halfWidthMetres() / 1000, incidents, hits.count());
      return Summary.print(out, records.count(), acled.rejectedRows().count(),
          problems.filter(col("severity").equalTo("WARNING")).count());
    }, spark, err);
  }

  private static Options options(String[] args) {
    Route road = null;
    double halfWidth = Double.NaN;
    LocalDate since = null;
    LocalDate until = null;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--route" -> {
          String id = value(args, ++i, a);
          road = Gazetteer.sahel().road(id).orElseThrow(() -> new JobMain.UsageException("unknown road " + id
              + ": use one of " + Gazetteer.sahel().roads().stream().map(Route::id).collect(Collectors.joining(", "))));
        }
        case "--half-width-km" -> halfWidth = number(value(args, ++i, a)) * 1000;
        case "--since" -> since = date(value(args, ++i, a));
        case "--until" -> until = date(value(args, ++i, a));
        default -> files.add(a);
      }
    }
    if (road == null || Double.isNaN(halfWidth)) {
      throw new JobMain.UsageException("--route and --half-width-km are required");
    }
    if (!(halfWidth > 0) || Double.isInfinite(halfWidth)) {
      throw new JobMain.UsageException("--half-width-km must be a positive number, was " + halfWidth / 1000);
    }
    if (since != null && until != null && until.isBefore(since)) {
      throw new JobMain.UsageException("--until " + until + " is before --since " + since);
    }
    if (files.size() < 2) {
      throw new JobMain.UsageException("give at least one input and the output directory");
    }
    return new Options(road, halfWidth, since, until, files.subList(0, files.size() - 1),
        files.get(files.size() - 1));
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new JobMain.UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static double number(String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new JobMain.UsageException(value + " is not a number");
    }
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new JobMain.UsageException(value + " is not a date (yyyy-MM-dd)");
    }
  }
}
