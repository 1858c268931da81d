package org.sahelevents.spark.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.SpellingPolicy;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.spark.AcledDatasets;
import org.sahelevents.spark.AcledSchema;
import org.sahelevents.spark.AcledSpark;

/** The writers give what the library's writers give for the same records, and Parquet keeps every column. */
class WritersTest {
  private static final SparkSession SPARK = SharedSpark.session();
  private static AcledDatasets acled;
  private static Library library;

  @BeforeAll
  static void read() {
    Path file = SharedData.awkward().toAbsolutePath().normalize();
    acled = AcledSpark.read(SPARK, file.toString());
    library = Library.read(file);
  }

  @Test
  void geoJsonSequencesAreTheLibrarysFeatures(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("geojsons");
    AcledSpark.writer().layout(acled.layout()).build().writeGeoJsonSequences(acled.records().repartition(2),
        out.toString());
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    try (GeoJsonWriter.Output output = GeoJson.sequenceWriter().build().open(expected)) {
      AcledFeatures.Output features = AcledFeatures.builder().build().on(output);
      library.records().forEach(features::write);
    }
    assertThat(sortedLines(out)).isEqualTo(expected.toString(StandardCharsets.UTF_8).lines().sorted().toList());
    assertThat(out.resolve("_SUCCESS")).exists();
  }

  @Test
  void geoJsonSequencesAreTheLibrarysFeaturesForEveryExport(@TempDir Path dir) throws IOException {
    for (Path export : SharedData.acledExports()) {
      Path file = export.toAbsolutePath().normalize();
      AcledDatasets read = AcledSpark.read(SPARK, file.toString());
      Path out = dir.resolve(file.getFileName() + ".geojsons");
      AcledLayout layout = read.layout();
      AcledSpark.writer().layout(layout).build().writeGeoJsonSequences(read.records(), out.toString());
      read.unpersist();
      // The records' rows hold the values, not how the file spelled them ("3.0" for 3): as the library normalizes.
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      try (GeoJsonWriter.Output output = GeoJson.sequenceWriter().build().open(expected)) {
        AcledFeatures.Output features = AcledFeatures.builder().layout(layout).spellings(SpellingPolicy.NORMALIZE)
            .build().on(output);
        Library.read(file).records().forEach(features::write);
      }
      assertThat(sortedLines(out)).as(file.toString())
          .isEqualTo(expected.toString(StandardCharsets.UTF_8).lines().sorted().toList());
    }
  }

  @Test
  void anExistingDirectoryIsNotOverwritten(@TempDir Path dir) {
    assertThatThrownBy(() -> AcledSpark.writer().build().writeGeoJsonSequences(acled.records(), dir.toString()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(dir.toString()).hasMessageContaining("exists");
  }

  @Test
  void parquetKeepsEveryColumnAndThePointAsWkb(@TempDir Path dir) {
    String out = dir.resolve("parquet").toString();
    AcledSpark.writer().build().writeParquet(acled.records(), out);
    Dataset<Row> back = SPARK.read().parquet(out);
    assertThat(back.schema().fieldNames()).isEqualTo(AcledSchema.RECORDS.fieldNames());
    assertThat(back.orderBy("source_line").collectAsList())
        .isEqualTo(acled.records().orderBy("source_line").collectAsList());
    assertThat(back.count()).isEqualTo(library.records().size());
    List<String> ids = back.orderBy("source_line").select("event_id_cnty").as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList();
    assertThat(ids).isEqualTo(library.records().stream().map(AcledRecord::eventIdCnty).toList());
  }

  static List<String> sortedLines(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(dir)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().endsWith(".geojsons")).toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines.stream().sorted().toList();
  }
}
