package org.sahelevents.spark.blackbox;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.Gazetteer;
import org.sahelevents.geo.RoutePosition;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.geojson.MapFeatures;
import org.sahelevents.spark.SahelFunctions;
import org.sahelevents.spark.examples.ConvertJob;
import org.sahelevents.spark.examples.CorridorJob;

/**
 * The example jobs on every real ACLED export and the awkward fixture give the single-machine library's answers:
 * the same accepted and rejected rows, the same problems, the same corridor hits with the same properties, and
 * distance and chainage within a millimetre.
 */
class ParityTest {
  private static final SparkSession SPARK = SharedSpark.session();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double HALF_WIDTH = 10_000;
  private static final Corridor RN6 = Corridor.of(Gazetteer.sahel().road("RN6").orElseThrow(), HALF_WIDTH);

  @TempDir
  static Path out;
  private static List<Path> files;
  private static Map<String, Library> library;
  private static int convertExit;
  private static int corridorExit;
  private static String corridorSummary;

  @BeforeAll
  static void runJobs() {
    files = Stream.concat(SharedData.acledExports().stream(), Stream.of(SharedData.awkward()))
        .map(p -> p.toAbsolutePath().normalize()).toList();
    library = new HashMap<>();
    files.forEach(f -> library.put(f.toString(), Library.read(f)));
    List<String> args = new ArrayList<>(files.stream().map(Path::toString).toList());
    args.add(out.resolve("convert").toString());
    convertExit = ConvertJob.run(SPARK, args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()));
    args.set(args.size() - 1, out.resolve("corridor").toString());
    args.addAll(0, List.of("--route", "RN6", "--half-width-km", "10"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    corridorExit = CorridorJob.run(SPARK, args.toArray(String[]::new), new PrintStream(err, true,
        StandardCharsets.UTF_8));
    corridorSummary = err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void convertAcceptsAndRejectsTheRowsTheLibraryDoes() {
    Dataset<Row> parquet = SPARK.read().parquet(out.resolve("convert/parquet").toString());
    Map<String, Long> accepted = counts(parquet.groupBy("source_file").count());
    Dataset<Row> problems = SPARK.read().option("header", true).option("multiLine", true).option("escape", "\"")
        .csv(out.resolve("convert/problems").toString());
    Map<String, Long> rejected = counts(problems.filter(col("row_rejected").equalTo("true"))
        .select("source_file", "line").distinct().groupBy("source_file").count());
    for (Path f : files) {
      Library lib = library.get(f.toString());
      assertThat(accepted.getOrDefault(f.toString(), 0L)).as(f.toString()).isEqualTo(lib.records().size());
      assertThat(rejected.getOrDefault(f.toString(), 0L)).as(f.toString()).isEqualTo(lib.rejected());
    }
    assertThat(convertExit).isEqualTo(library.values().stream().anyMatch(l -> l.rejected() > 0) ? 1 : 0);
    long features = SPARK.read().text(out.resolve("convert/geojsons").toString()).count();
    assertThat(features).isEqualTo(library.values().stream().mapToLong(l -> l.records().size()).sum());
  }

  @Test
  void convertReportsTheLibrarysProblems() {
    List<String> messages = SPARK.read().option("header", true).option("multiLine", true).option("escape", "\"")
        .csv(out.resolve("convert/problems").toString()).select("message").as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList();
    List<String> expected = library.values().stream().flatMap(l -> l.problems().stream()).map(DataProblem::toString)
        .toList();
    assertThat(messages).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void corridorHitsCarryTheLibrarysCorridorProperties() throws IOException {
    List<String> expected = new ArrayList<>();
    for (Library lib : library.values()) {
      for (AcledRecord r : lib.records()) {
        RoutePosition p = RN6.locate(GeoPoint.of(r.latitude().doubleValue(), r.longitude().doubleValue()));
        if (p.distanceMetres() <= HALF_WIDTH) {
          expected.add(r.eventIdCnty() + " " + measures(MapFeatures.corridorProperties(RN6, p)));
        }
      }
    }
    List<String> got = new ArrayList<>();
    for (String line : WritersTest.sortedLines(out.resolve("corridor/hits"))) {
      JsonNode properties = JSON.readTree(line.substring(1)).get("properties");
      got.add(properties.get("event_id_cnty").asText() + " " + measures(properties));
    }
    assertThat(expected).isNotEmpty();
    assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(corridorSummary).contains(got.size() + " rows");
    assertThat(corridorExit).isEqualTo(1);
  }

  @Test
  void corridorHitsAreSortedByChainage() throws IOException {
    List<Double> chainages = new ArrayList<>();
    try (Stream<Path> parts = java.nio.file.Files.list(out.resolve("corridor/hits"))) {
      for (Path p : parts.filter(p -> p.toString().endsWith(".geojsons")).sorted().toList()) {
        for (String line : java.nio.file.Files.readAllLines(p)) {
          chainages.add(JSON.readTree(line.substring(1)).get("properties").get("corridor_chainage_m").asDouble());
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    assertThat(chainages).isNotEmpty().isSorted();
  }

  @Test
  void distanceAndChainageAreTheLibrarysWithinAMillimetre() {
    SahelFunctions.register(SPARK);
    List<Row> rows = SPARK.read().parquet(out.resolve("convert/parquet").toString())
        .selectExpr("source_file", "source_line", "corridor_locate('RN6', 10000, lon, lat) AS c").collectAsList();
    Map<String, AcledRecord> byLine = new HashMap<>();
    library.forEach((file, lib) -> lib.records().forEach(r ->
        byLine.put(file + ":" + r.origin().orElseThrow().line().getAsLong(), r)));
    assertThat(rows).hasSize(byLine.size());
    for (Row row : rows) {
      AcledRecord r = byLine.get(row.getString(0) + ":" + row.getLong(1));
      RoutePosition expected = RN6.locate(GeoPoint.of(r.latitude().doubleValue(), r.longitude().doubleValue()));
      Row c = row.getStruct(2);
      assertThat(c.getDouble(0)).isCloseTo(expected.distanceMetres(), within(1e-3));
      assertThat(c.getDouble(1)).isCloseTo(expected.chainageMetres(), within(1e-3));
      assertThat(c.getBoolean(4)).isEqualTo(expected.distanceMetres() <= HALF_WIDTH);
    }
  }

  // The corridor properties as the library names them, numbers compared as numbers.
  private static String measures(JsonNode properties) {
    StringBuilder text = new StringBuilder();
    MapFeatures.corridorProperties(RN6, RN6.locate(GeoPoint.of(12.65, -8))).fieldNames().forEachRemaining(k -> {
      JsonNode v = properties.get(k);
      text.append(k).append('=').append(v == null ? "absent" : v.isNumber() ? v.asDouble() : v.asText()).append(' ');
    });
    return text.toString();
  }

  private static Map<String, Long> counts(Dataset<Row> counts) {
    Map<String, Long> map = new HashMap<>();
    counts.collectAsList().forEach(r -> map.put(r.getString(0), r.getLong(1)));
    return map;
  }
}
