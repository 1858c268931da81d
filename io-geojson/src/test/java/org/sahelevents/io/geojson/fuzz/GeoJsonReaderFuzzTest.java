package org.sahelevents.io.geojson.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sahelevents.io.geojson.GeoJson;

/**
 * Fuzz tests of the GeoJSON document and sequence readers, with the checks of {@link GeoJsonReaderChecks}. Without
 * {@code JAZZER_FUZZ} these run the inputs in {@code src/test/resources/.../GeoJsonReaderFuzzTestInputs} as
 * regression tests; with {@code JAZZER_FUZZ=1} they fuzz (see the README).
 */
class GeoJsonReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void document(byte[] input) {
    GeoJsonReaderChecks.geoJson(GeoJson.reader(), input);
  }

  @FuzzTest(maxDuration = "10m")
  void sequence(byte[] input) {
    GeoJsonReaderChecks.geoJson(GeoJson.sequenceReader(), input);
  }

  /** Every conformance fixture goes through the same checks as the fuzzer's inputs, as a document and a record. */
  @TestFactory
  Stream<DynamicTest> theConformanceFixturesPassTheFuzzChecks() {
    Path dir = GeoJsonReaderChecks.requiredFixturesDir();
    return GeoJsonReaderChecks.fixtures().stream().map(f -> DynamicTest.dynamicTest(
        dir.relativize(f).toString(), () -> {
          byte[] input = Files.readAllBytes(f);
          document(input);
          sequence(input);
        }));
  }
}
