package org.sahelevents.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledJson;

/**
 * Fuzz tests of the ACLED CSV and API JSON readers, with the checks of {@link ReaderChecks}. Without
 * {@code JAZZER_FUZZ} these run the inputs in {@code src/test/resources/.../AcledReaderFuzzTestInputs} as regression
 * tests; with {@code JAZZER_FUZZ=1} they fuzz (see the README).
 */
class AcledReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void csv(byte[] input) {
    ReaderChecks.acled(AcledCsv.reader(), input);
  }

  @FuzzTest(maxDuration = "10m")
  void apiJson(byte[] input) {
    ReaderChecks.acled(AcledJson.reader(), input);
  }

  /** Every input of the data-driven spec cases goes through the same checks as the fuzzer's inputs. */
  @TestFactory
  Stream<DynamicTest> theSpecCasesPassTheFuzzChecks() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    new ObjectMapper().readTree(ReaderChecks.ACLED_SPEC_CASES.toFile()).forEach(c -> {
      byte[] input = c.get("input").asText().getBytes(StandardCharsets.UTF_8);
      boolean json = "json".equals(c.path("format").asText("csv"));
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
