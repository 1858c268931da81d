package org.sahelevents.io.ucdp.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.ucdp.UcdpFormatException;
import org.sahelevents.io.ucdp.UcdpGed;
import org.sahelevents.io.ucdp.UcdpModelMapping;
import org.sahelevents.io.ucdp.UcdpReader;
import org.sahelevents.io.ucdp.UcdpRecord;
import org.sahelevents.io.ucdp.UcdpRecords;
import org.sahelevents.io.ucdp.UcdpRejectedRow;

/**
 * Fuzz tests of the GED CSV and API JSON readers: any bytes give records, or a {@link UcdpFormatException} that names
 * the input and a line or JSON pointer, never another exception; every row read is accepted or rejected, a rejected
 * row keeps its content, and every accepted row maps to the model. Without {@code JAZZER_FUZZ} these run the spec
 * cases and the inputs under {@code src/test/resources} as regression tests; with {@code JAZZER_FUZZ=1} they fuzz.
 */
class UcdpReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void csv(byte[] input) {
    check(UcdpGed.reader(), input);
  }

  @FuzzTest(maxDuration = "10m")
  void apiJson(byte[] input) {
    check(UcdpGed.apiReader(), input);
  }

  /** Every input of the data-driven spec cases goes through the same checks as the fuzzer's inputs. */
  @TestFactory
  Stream<DynamicTest> theSpecCasesPassTheFuzzChecks() throws IOException {
    JsonNode cases;
    try (InputStream in = UcdpReaderFuzzTest.class.getResourceAsStream("/ucdp-spec/cases.json")) {
      cases = new ObjectMapper().readTree(in);
    }
    List<DynamicTest> tests = new ArrayList<>();
    cases.forEach(c -> {
      byte[] input = c.get("input").asText().getBytes(StandardCharsets.UTF_8);
      boolean json = "json".equals(c.path("format").asText());
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

  private static void check(UcdpReader.Builder builder, byte[] input) {
    for (BadRowPolicy policy : BadRowPolicy.values()) {
      UcdpReader reader = builder.badRows(policy).maxRecordChars(2_000).maxColumns(64).build();
      List<UcdpRejectedRow> rejected = new ArrayList<>();
      List<UcdpRecord> accepted = new ArrayList<>();
      try (UcdpRecords records = reader.open(new ByteArrayInputStream(input), "fuzz", rejected::add)) {
        while (records.hasNext()) {
          UcdpRecord record = records.next();
          accepted.add(record);
          UcdpModelMapping.toEvent(record);
        }
        verify(records.rowsAccepted() == accepted.size(), "records returned " + accepted.size()
            + " != accepted " + records.rowsAccepted());
        verify(records.rowsRead() == records.rowsAccepted() + records.rowsRejected(), "rows read "
            + records.rowsRead() + " != accepted + rejected");
        verify(rejected.size() == records.rowsRejected(), "listener saw " + rejected.size() + " rejected rows");
        verify(policy == BadRowPolicy.COLLECT || rejected.isEmpty(), "FAIL policy rejected rows without throwing");
        for (UcdpRejectedRow row : rejected) {
          located(row.location(), row);
          row.problems().forEach(p -> located(p.location(), p));
          // Only what cannot be kept is lost: a record over the size limit, JSON after a syntax error, and a page
          // of a file of pages that has no rows.
          String reason = row.problems().get(0).reason();
          verify(!row.cells().isEmpty() || row.raw().isPresent() || reason.startsWith("record longer than")
              || reason.startsWith("the JSON is broken") || reason.endsWith("no Result array"), "rejected row without its content: " + row);
        }
      } catch (UcdpFormatException e) {
        DataProblem problem = e.problem();
        located(problem.location(), problem);
        verify(e.getMessage().startsWith("fuzz"), "message does not name the input: " + e.getMessage());
      }
    }
  }

  private static void located(DataLocation at, Object what) {
    verify(at.line().isPresent() || at.pointer().isPresent(), "not located: " + what);
  }

  private static void verify(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
