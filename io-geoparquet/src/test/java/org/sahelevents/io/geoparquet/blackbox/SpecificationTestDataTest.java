package org.sahelevents.io.geoparquet.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geoparquet.GeoParquet;
import org.sahelevents.io.geoparquet.GeoParquetFeatures;

/**
 * The test files of the GeoParquet 1.1.0 specification (in {@code src/test/resources/geoparquet-spec}, with their
 * licence): every geometry type, in WKB and in the native encodings, read as the geometries their WKT file lists.
 */
class SpecificationTestDataTest {
  private static final Path DIR = Path.of("src/test/resources/geoparquet-spec");

  static Stream<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(f -> f.toString().endsWith(".parquet")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyGeometryIsTheOneItsWktFileLists(Path file) throws IOException, ParseException {
    String name = file.getFileName().toString();
    String kind = name.substring("data-".length(), name.indexOf("-encoding_"));
    List<Geometry> expected = wkt(DIR.resolve("data-" + kind + "-wkt.csv"));
    List<Geometry> read = new ArrayList<>();
    List<Long> cols = new ArrayList<>();
    try (GeoParquetFeatures features = GeoParquet.reader().build().features(file)) {
      assertThat(features.version()).isEqualTo("1.1.0");
      assertThat(features.geometryTypes()).hasSize(1);
      assertThat(features.geometryTypes().get(0)).isEqualToIgnoringCase(kind);
      while (features.hasNext()) {
        GeoJsonFeature feature = features.next();
        read.add(feature.geometry().orElse(null));
        cols.add(feature.properties().orElseThrow().get("col").asLong());
      }
      assertThat(features.rowsRead()).isEqualTo(features.rowCount()).isEqualTo(expected.size());
    }
    for (int i = 0; i < expected.size(); i++) {
      Geometry want = expected.get(i);
      Geometry got = read.get(i);
      assertThat(cols.get(i)).isEqualTo(i);
      if (want == null) {
        assertThat(got).as("%s row %d", name, i).isNull();
      } else if (want.isEmpty()) {
        assertThat(got.isEmpty()).as("%s row %d is empty", name, i).isTrue();
      } else {
        assertThat(got.getGeometryType()).as("%s row %d", name, i).isEqualTo(want.getGeometryType());
        assertThat(got.equalsExact(want)).as("%s row %d: %s, not %s", name, i, got, want).isTrue();
      }
    }
  }

  // The WKT file's second column, a null geometry where it is empty.
  private static List<Geometry> wkt(Path csv) throws IOException, ParseException {
    List<Geometry> geometries = new ArrayList<>();
    WKTReader reader = new WKTReader();
    for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
      String cell = line.substring(line.indexOf(',') + 1).replace("\"", "");
      geometries.add(cell.isEmpty() ? null : reader.read(cell));
    }
    return geometries;
  }
}
