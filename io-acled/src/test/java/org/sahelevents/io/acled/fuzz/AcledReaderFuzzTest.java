package org.sahelevents.io.acled.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledJson;

/**
 * Fuzz tests of the ACLED CSV and API JSON readers, with the checks of {@link AcledReaderChecks}. Without
 * {@code JAZZER_FUZZ} these run the inputs in {@code src/test/resources/.../AcledReaderFuzzTestInputs} as regression
 * tests; with {@code JAZZER_FUZZ=1} they fuzz (see the README).
 */
class AcledReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void csv(byte[] input) {
    AcledReaderChecks.acled(AcledCsv.reader(), input);
  }

  @FuzzTest(maxDuration = "10m")
  void apiJson(byte[] input) {
    AcledReaderChecks.acled(AcledJson.reader(), input);
  }

  /** Every input of the data-driven spec cases goes through the same checks as the fuzzer's inputs. */
  @TestFactory
  Stream<DynamicTest> theSpecCasesPassTheFuzzChecks() {
    List<DynamicTest> tests = new ArrayList<>();
    AcledReaderChecks.specCases().forEach(c -> {
      byte[] input = c.get("input").asText().getBytes(StandardCharsets.UTF_8);
      boolean json = AcledReaderChecks.isJson(c);
      tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
        if (json) {
          apiJson(input);
        } else {
          csv(input);
        }
      }));
    });
    return tests.stream();
  }
}
