package org.sahelevents.io.geoparquet.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.geojson.ModelProperty;
import org.sahelevents.io.geoparquet.GeoParquet;
import org.sahelevents.io.geoparquet.GeoParquetFeatures;
import org.sahelevents.io.geoparquet.GeoParquetWriter;

/**
 * What we write is read by the clients analysts use, geopandas and DuckDB, and its {@code geo} metadata is valid
 * against the specification's JSON schema (python's {@code jsonschema}); the GeoParquet 1.0.0 and 1.1.0 files
 * geopandas writes from it read back as the same records. Skipped, with a message, only where python3 with geopandas,
 * pyarrow, duckdb and jsonschema is not installed ({@code .ci/run} installs them).
 */
class RealClientsTest {
  private static final Path SAMPLE =
      Path.of("../examples/src/main/resources/org/sahelevents/examples/mali-illustrative-2025-2026.csv");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  private static List<AcledRecord> records;
  private static JsonNode python;

  @BeforeAll
  static void writeAndReadWithPython() throws Exception {
    assumeTrue(pythonHasTheClients(), "skipped: python3 with geopandas, pyarrow, duckdb and jsonschema is not "
        + "installed (pip install geopandas pyarrow duckdb jsonschema)");
    try (AcledRecords in = AcledCsv.reader().build().open(SAMPLE)) {
      records = in.stream().toList();
    }
    Path parquet = dir.resolve("sample.parquet");
    try (GeoParquetWriter.Output out = GeoParquet.writer().model(ModelProperty.INCLUDE).build().open(parquet)) {
      records.forEach(out::write);
    }
    Path script = Path.of("src/test/resources/clients/read_with_python.py");
    Path schema = Path.of("src/test/resources/geoparquet-spec/schema.json");
    python = JSON.readTree(run("python3", script.toString(), parquet.toString(), schema.toString(), dir.toString()));
  }

  private static boolean pythonHasTheClients() {
    try {
      run("python3", "-c", "import geopandas, pyarrow, duckdb, jsonschema");
      return true;
    } catch (IOException | IllegalStateException notInstalled) {
      return false;
    }
  }

  private static String run(String... command) throws IOException {
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } finally {
      process.destroy();
    }
  }

  @Test
  void theGeoMetadataIsValidAgainstTheSpecificationsSchema() {
    assertThat(python.get("schema_errors")).isEmpty();
  }

  @Test
  void geopandasReadsTheCrsAndTheGeometries() {
    assertThat(python.get("crs").asText()).isEqualTo("OGC:CRS84");
    assertThat(python.get("rows").asInt()).isEqualTo(records.size());
    for (int i = 0; i < records.size(); i++) {
      AcledRecord record = records.get(i);
      assertThat(python.get("x").get(i).asDouble()).as(record.eventIdCnty()).isEqualTo(record.longitude().doubleValue());
      assertThat(python.get("y").get(i).asDouble()).as(record.eventIdCnty()).isEqualTo(record.latitude().doubleValue());
      assertThat(python.get("event_id_cnty").get(i).asText()).isEqualTo(record.eventIdCnty());
    }
    // Integers stay integers (pandas says Int32 when a column has nulls).
    assertThat(python.get("fatalities_type").asText()).isEqualToIgnoringCase("int32");
  }

  @Test
  void duckDbCountsTheRowsAndAggregatesTheBoundingBoxesAndDates() {
    JsonNode duckdb = python.get("duckdb");
    assertThat(duckdb.get("rows").asInt()).isEqualTo(records.size());
    double xmin = records.stream().mapToDouble(r -> r.longitude().doubleValue()).min().orElseThrow();
    double ymax = records.stream().mapToDouble(r -> r.latitude().doubleValue()).max().orElseThrow();
    assertThat(duckdb.get("bbox").get(0).asDouble()).isEqualTo(xmin);
    assertThat(duckdb.get("bbox").get(3).asDouble()).isEqualTo(ymax);
    assertThat(duckdb.get("fatalities").asInt()).isEqualTo(records.stream().mapToInt(AcledRecord::fatalities).sum());
    assertThat(python.get("duckdb_in_2026").asLong())
        .isEqualTo(records.stream().filter(r -> r.eventDate().getYear() >= 2026).count());
  }

  @Test
  void theFilesGeopandasWritesReadBackAsTheSameRecords() {
    for (String version : new String[] {"1.0.0", "1.1.0"}) {
      Path file = dir.resolve("geopandas-" + version + ".parquet");
      try (GeoParquetFeatures features = GeoParquet.reader().build().features(file)) {
        assertThat(features.version()).isEqualTo(version);
        assertThat(features.acledLayout()).isEmpty();
      }
      List<AcledRecord> back = new ArrayList<>();
      try (AcledRecords in = GeoParquet.reader().build().records(file, null)) {
        in.forEachRemaining(back::add);
        assertThat(in.rowsRejected()).isZero();
      }
      assertThat(back).as(version).isEqualTo(records);
    }
  }
}
