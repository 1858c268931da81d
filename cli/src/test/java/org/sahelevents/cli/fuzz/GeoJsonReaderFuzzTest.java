package org.sahelevents.cli.fuzz;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sahelevents.io.geojson.GeoJson;

/**
 * Fuzz tests of the GeoJSON document and sequence readers, with the checks of {@link ReaderChecks}. Without
 * {@code JAZZER_FUZZ} these run the inputs in {@code src/test/resources/.../GeoJsonReaderFuzzTestInputs} as
 * regression tests; with {@code JAZZER_FUZZ=1} they fuzz (see the README).
 */
class GeoJsonReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void document(byte[] input) {
    ReaderChecks.geoJson(GeoJson.reader(), input);
  }

  @FuzzTest(maxDuration = "10m")
  void sequence(byte[] input) {
    ReaderChecks.geoJson(GeoJson.sequenceReader(), input);
  }

  /** Every conformance fixture goes through the same checks as the fuzzer's inputs, as a document and a record. */
  @TestFactory
  Stream<DynamicTest> theConformanceFixturesPassTheFuzzChecks() throws IOException {
    Path dir = Path.of(System.getProperty("sahelevents.shared.dir", "../../shared"), "data", "geojson");
    assumeTrue(Files.isDirectory(dir), () -> "skipped: GeoJSON conformance fixtures absent at " + dir);
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".geojson")).sorted().map(f -> DynamicTest.dynamicTest(
          dir.relativize(f).toString(), () -> {
            byte[] input = Files.readAllBytes(f);
            document(input);
            sequence(input);
          })).toList().stream();
    }
  }
}
