package org.sahelevents.io.acled.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.acled.AcledFormatException;
import org.sahelevents.io.acled.AcledReader;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.AcledValidation;

/**
 * What the ACLED readers must do with any bytes, checked the same way for the fuzz tests and the damaged-file
 * properties: return records, or throw {@link AcledFormatException} naming the input and a line or JSON pointer;
 * never another exception; and account for every row read as accepted or rejected. Small limits let small inputs
 * reach them.
 */
final class AcledReaderChecks {
  private AcledReaderChecks() {}

  /** The data-driven spec cases of this module ({@code src/test/resources/acled-spec/cases.json}). */
  static JsonNode specCases() {
    try (InputStream in = AcledReaderChecks.class.getResourceAsStream("/acled-spec/cases.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a spec case is API JSON rather than CSV. */
  static boolean isJson(JsonNode specCase) {
    return "json".equals(specCase.path("format").asText("csv"));
  }

  static void acled(AcledReader.Builder builder, byte[] input) {
    for (BadRowPolicy policy : BadRowPolicy.values()) {
      AcledReader reader = builder.badRows(policy).validation(AcledValidation.MODEL).maxRecordChars(2_000)
          .maxColumns(64).build();
      List<AcledRejectedRow> rejected = new ArrayList<>();
      try (AcledRecords records = reader.open(new ByteArrayInputStream(input), "fuzz", rejected::add)) {
        long accepted = 0;
        while (records.hasNext()) {
          records.next();
          accepted++;
        }
        check(records.rowsAccepted() == accepted, "records returned " + accepted + " != accepted "
            + records.rowsAccepted());
        check(records.rowsRead() == records.rowsAccepted() + records.rowsRejected(), "rows read "
            + records.rowsRead() + " != accepted " + records.rowsAccepted() + " + rejected " + records.rowsRejected());
        check(rejected.size() == records.rowsRejected(), "listener saw " + rejected.size() + " rejected rows");
        check(policy == BadRowPolicy.COLLECT || rejected.isEmpty(), "FAIL policy rejected rows without throwing");
        rejected.forEach(row -> {
          located(row.location(), row);
          row.problems().forEach(AcledReaderChecks::located);
        });
      } catch (AcledFormatException e) {
        located(e.problem());
        check(e.getMessage().startsWith("fuzz"), "message does not name the input: " + e.getMessage());
      }
    }
  }

  private static void located(DataProblem problem) {
    check(problem.source().equals("fuzz"), "problem names " + problem.source());
    located(problem.location(), problem);
    check(!problem.reason().isBlank(), "problem without a reason: " + problem);
  }

  // A line is 1-based and a pointer RFC 6901, which DataLocation enforces; a sequence record has no place in ACLED.
  private static void located(DataLocation location, Object what) {
    check(location.line().orElse(1) >= 1 && location.pointer().orElse("").matches("(/.*)?")
        && location.record().isEmpty(), "not a line or a JSON pointer: " + what);
  }

  static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
