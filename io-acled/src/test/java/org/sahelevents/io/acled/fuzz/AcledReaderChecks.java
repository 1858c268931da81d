package org.sahelevents.io.acled.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.acled.AcledFormatException;
import org.sahelevents.io.acled.AcledCells;
import org.sahelevents.io.acled.AcledReader;
import org.sahelevents.io.acled.AcledRecord;
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
      List<AcledRecord> accepted = new ArrayList<>();
      try (AcledRecords records = reader.open(new ByteArrayInputStream(input), "fuzz", rejected::add)) {
        while (records.hasNext()) {
          accepted.add(records.next());
        }
        check(records.rowsAccepted() == accepted.size(), "records returned " + accepted.size() + " != accepted "
            + records.rowsAccepted());
        check(records.rowsRead() == records.rowsAccepted() + records.rowsRejected(), "rows read "
            + records.rowsRead() + " != accepted " + records.rowsAccepted() + " + rejected " + records.rowsRejected());
        check(rejected.size() == records.rowsRejected(), "listener saw " + rejected.size() + " rejected rows");
        check(policy == BadRowPolicy.COLLECT || rejected.isEmpty(), "FAIL policy rejected rows without throwing");
        rejected.forEach(row -> {
          located(row.location(), row);
          row.problems().forEach(AcledReaderChecks::located);
          // Only what cannot be kept is lost: a record over the size limits, and JSON after a syntax error, which
          // no parser can resume.
          String reason = row.problems().get(0).reason();
          check(!row.cells().isEmpty() || row.raw().isPresent() || reason.startsWith("record longer than")
              || reason.startsWith("row longer than") || reason.startsWith("row has more than")
              || reason.startsWith("malformed JSON") || reason.startsWith("over a limit"),
              "rejected row without its content: " + row);
        });
        if (policy == BadRowPolicy.COLLECT && records.layout().hxlTags().isEmpty()
            && accepted.stream().allMatch(r -> r.origin().flatMap(DataLocation::pointer).isEmpty())) {
          everyLineAccountedFor(input, accepted, rejected);
        }
      } catch (AcledFormatException e) {
        located(e.problem());
        check(e.getMessage().startsWith("fuzz"), "message does not name the input: " + e.getMessage());
      }
    }
  }

  /**
   * Every physical line of CSV input after the header is blank, in an accepted row (a row spans the lines its cells
   * break), or among the lines a rejected row names.
   */
  private static void everyLineAccountedFor(byte[] input, List<AcledRecord> accepted,
      List<AcledRejectedRow> rejected) {
    List<Boolean> blank = physicalLines(input);
    boolean[] covered = new boolean[blank.size() + 2];
    for (AcledRecord r : accepted) {
      long first = r.origin().flatMap(o -> o.line().isPresent() ? Optional.of(o.line().getAsLong())
          : Optional.empty()).orElseThrow();
      cover(covered, first, first + lineBreaks(AcledCells.forLayout(r.layout().orElseThrow()).cells(r)));
    }
    for (AcledRejectedRow row : rejected) {
      if (row.location().isLine()) {
        long first = row.location().line().getAsLong();
        cover(covered, first, Math.max(row.location().lastLine().getAsLong(), first + lineBreaks(row.cells())));
      }
    }
    for (int i = 2; i <= blank.size(); i++) {
      check(blank.get(i - 1) || covered[i], "line " + i + " is in no accepted row and named by no problem");
    }
  }

  private static void cover(boolean[] covered, long from, long to) {
    for (long i = from; i <= to && i < covered.length; i++) {
      covered[(int) i] = true;
    }
  }

  private static long lineBreaks(List<String> cells) {
    long n = 0;
    for (String cell : cells) {
      for (int i = 0; i < cell.length(); i++) {
        char c = cell.charAt(i);
        if (c == '\n' || c == '\r' && (i + 1 >= cell.length() || cell.charAt(i + 1) != '\n')) {
          n++;
        }
      }
    }
    return n;
  }

  // Whether each physical line (CR, LF or CRLF ended) is empty.
  private static List<Boolean> physicalLines(byte[] input) {
    List<Boolean> blank = new ArrayList<>();
    int start = input.length >= 3 && input[0] == (byte) 0xEF && input[1] == (byte) 0xBB && input[2] == (byte) 0xBF
        ? 3 : 0;
    for (int i = start; i <= input.length; i++) {
      if (i == input.length || input[i] == '\n' || input[i] == '\r') {
        if (i < input.length || i > start) {
          blank.add(i == start);
        }
        if (i < input.length && input[i] == '\r' && i + 1 < input.length && input[i + 1] == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return blank;
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
