package org.sahelevents.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelevents.cli.CliTest.GOOD;
import static org.sahelevents.cli.CliTest.HEADER;
import static org.sahelevents.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geoparquet.GeoParquet;
import org.sahelevents.io.geoparquet.GeoParquetFeatures;

/** GeoParquet wherever the tool reads and writes: by extension, by --to, by its first bytes, from standard input. */
class GeoParquetCliTest {
  @TempDir
  Path dir;

  private Path csv(String rows) throws IOException {
    return Files.writeString(dir.resolve("in.csv"), HEADER + rows);
  }

  @Test
  void csvToParquetAndBackChangesNoCell() throws IOException {
    Path csv = csv(GOOD + GOOD.replace("MLI1", "MLI2"));
    Path parquet = dir.resolve("out.parquet");
    CliTest.Run there = run("convert", csv.toString(), parquet.toString());
    assertThat(there.code()).isZero();
    assertThat(there.err()).isEqualTo(csv + ": 2 rows read, 2 accepted, 0 rejected; wrote " + parquet
        + System.lineSeparator());
    assertThat(Files.readAllBytes(parquet)).startsWith('P', 'A', 'R', '1');
    Path back = dir.resolve("back.csv");
    assertThat(run("convert", parquet.toString(), back.toString()).code()).isZero();
    assertThat(Files.readAllLines(back)).isEqualTo(Files.readAllLines(csv));
  }

  @Test
  void toGeoparquetWritesParquetWhateverTheName() throws IOException {
    Path out = dir.resolve("events.bin");
    assertThat(run("convert", "--to", "geoparquet", csv(GOOD).toString(), out.toString()).code()).isZero();
    assertThat(Files.readAllBytes(out)).startsWith('P', 'A', 'R', '1');
    // Read by its first bytes, not its name.
    CliTest.Run stats = run("stats", out.toString());
    assertThat(stats.code()).isZero();
    assertThat(stats.out()).contains("1 incidents");
  }

  @Test
  void parquetIsReadFromStandardInputAndToGeoJson() throws IOException {
    Path parquet = dir.resolve("in.parquet");
    assertThat(run("convert", csv(GOOD).toString(), parquet.toString()).code()).isZero();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int code = SahelEventsCli.run(new String[] {"convert", "--to", "geojson", "-", "-"},
        new ByteArrayInputStream(Files.readAllBytes(parquet)), out, new PrintWriter(err, true));
    assertThat(code).isZero();
    assertThat(out.toString()).contains("\"event_id_cnty\":\"MLI1\"").contains("\"type\":\"Point\"");
  }

  @Test
  void corridorWritesGeoParquetWithTheGeoJsonsPropertiesAndTheMetresAsDoubles() throws IOException {
    String segou = GOOD.replace("MLI1", "MLI2").replace("Dioema,14.54,-9.1921", "Segou,13.44,-6.26");
    String fana = GOOD.replace("MLI1", "MLI3").replace("Dioema,14.54,-9.1921", "Fana,12.78,-6.96");
    Path in = csv(GOOD + segou + fana);
    Path parquet = dir.resolve("rn6.parquet");
    Path geojson = dir.resolve("rn6.geojson");
    Path csv = dir.resolve("rn6.csv");
    for (Path out : List.of(parquet, geojson, csv)) {
      CliTest.Run r = run("corridor", "--route", "RN6", "--half-width-km", "10", in.toString(), out.toString());
      assertThat(r.code()).as(r.err()).isZero();
    }
    try (ParquetFileReader file = ParquetFileReader.open(new LocalInputFile(parquet))) {
      MessageType schema = file.getFooter().getFileMetaData().getSchema();
      for (String metres : List.of("corridor_distance_m", "corridor_chainage_m", "corridor_to_end_m")) {
        assertThat(schema.getType(metres).asPrimitiveType().getPrimitiveTypeName()).as(metres)
            .isEqualTo(PrimitiveTypeName.DOUBLE);
      }
      for (String text : List.of("corridor_route", "corridor_side")) {
        assertThat(schema.getType(text).getLogicalTypeAnnotation()).as(text)
            .isEqualTo(LogicalTypeAnnotation.stringType());
      }
    }
    JsonNode expected = new ObjectMapper().readTree(geojson.toFile()).get("features");
    List<GeoJsonFeature> features = new ArrayList<>();
    try (GeoParquetFeatures read = GeoParquet.reader().build().features(parquet)) {
      read.forEachRemaining(features::add);
    }
    assertThat(features).hasSize(2).hasSize(expected.size());
    for (int i = 0; i < features.size(); i++) {
      ObjectNode properties = features.get(i).properties().orElseThrow();
      JsonNode want = expected.get(i).get("properties");
      assertThat(properties.fieldNames()).toIterable().containsExactlyElementsOf(want::fieldNames);
      want.fields().forEachRemaining(p -> {
        JsonNode got = properties.get(p.getKey());
        if (p.getValue().isNumber()) {
          assertThat(got.isNumber()).as(p.getKey()).isTrue();
          assertThat(got.decimalValue()).as(p.getKey()).isEqualByComparingTo(p.getValue().decimalValue());
        } else {
          assertThat(got).as(p.getKey()).isEqualTo(p.getValue());
        }
      });
      assertThat(features.get(i).geometry().orElseThrow().getCoordinate().x)
          .isEqualTo(expected.get(i).get("geometry").get("coordinates").get(0).asDouble());
    }
    // Read back by the tool, the file gives the corridor's CSV cell for cell.
    Path back = dir.resolve("back.csv");
    assertThat(run("convert", parquet.toString(), back.toString()).code()).isZero();
    assertThat(Files.readAllLines(back)).isEqualTo(Files.readAllLines(csv));
    Path named = dir.resolve("rn6.out");
    assertThat(run("corridor", "--route", "RN6", "--half-width-km", "10", "--to", "geoparquet", in.toString(),
        named.toString()).code()).isZero();
    assertThat(Files.readAllBytes(named)).startsWith('P', 'A', 'R', '1');
  }

  @Test
  void aDamagedParquetFileSaysWhereAndWhyWithoutJavaNames() throws IOException {
    Path damaged = Files.write(dir.resolve("damaged.parquet"), new byte[] {'P', 'A', 'R', '1', 0, 0, 0});
    CliTest.Run r = run("convert", damaged.toString(), dir.resolve("out.csv").toString());
    assertThat(r.code()).isEqualTo(ExitCode.BAD_DATA);
    assertThat(r.err()).startsWith(damaged + ": /: is not a Parquet file, or is damaged: ")
        .doesNotContain("org.apache").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(dir.resolve("out.csv")).doesNotExist();
  }

  @Test
  void aBadRowInParquetIsLocatedByRowGroupRowAndColumn() throws IOException {
    Path parquet = dir.resolve("bad.parquet");
    // The tool writes what it reads; a row that breaks one of ACLED's consistency rules still reads back as a row.
    assertThat(run("convert", csv(GOOD + GOOD.replace("MLI1", "MLI2").replace(",2025,", ",2024,")).toString(),
        parquet.toString()).code()).isZero();
    CliTest.Run r = run("validate", parquet.toString());
    assertThat(r.out() + r.err()).contains(parquet + ": /row-groups/0/rows/1/year: warning: \"2024\"");
  }
}
