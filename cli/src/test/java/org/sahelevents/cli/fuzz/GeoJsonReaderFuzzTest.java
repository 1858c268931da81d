package org.sahelevents.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sahelevents.cli.SharedData;
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
  Stream<DynamicTest> theConformanceFixturesPassTheFuzzChecks() {
    Path dir = SharedData.required("geojson");
    return SharedData.files("geojson", ".geojson").stream().map(f -> DynamicTest.dynamicTest(
        dir.relativize(f).toString(), () -> {
          byte[] input = Files.readAllBytes(f);
          document(input);
          sequence(input);
        }));
  }
}
