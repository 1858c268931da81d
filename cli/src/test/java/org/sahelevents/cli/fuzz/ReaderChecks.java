package org.sahelevents.cli.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.acled.AcledFormatException;
import org.sahelevents.io.acled.AcledReader;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.AcledValidation;
import org.sahelevents.io.geojson.GeoJsonException;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonReader;

/**
 * What every reader must do with any bytes, checked the same way for the fuzz tests and the damaged-file
 * properties: return records, or throw the library's exception naming the input and a line or JSON pointer; never
 * another exception; and account for every row or record read as accepted or rejected. Small limits let small
 * inputs reach them.
 */
final class ReaderChecks {
  /** The data-driven ACLED spec cases of {@code io-acled}, read from that module's test resources. */
  static final Path ACLED_SPEC_CASES = Path.of("..", "io-acled", "src", "test", "resources", "acled-spec",
      "cases.json");

  private ReaderChecks() {}

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
        rejected.forEach(row -> row.problems().forEach(ReaderChecks::located));
      } catch (AcledFormatException e) {
        located(e.problem());
        check(e.getMessage().startsWith("fuzz"), "message does not name the input: " + e.getMessage());
      }
    }
  }

  static void geoJson(GeoJsonReader.Builder builder, byte[] input) {
    for (BadRowPolicy policy : BadRowPolicy.values()) {
      GeoJsonReader reader = builder.badRecords(policy).maxNestingDepth(16).maxStringLength(1_000)
          .maxCoordinatesPerFeature(200).maxRecordChars(4_000).build();
      List<DataProblem> problems = new ArrayList<>();
      try (GeoJsonFeatures features = reader.open(new ByteArrayInputStream(input), "fuzz", problems::add)) {
        long accepted = 0;
        while (features.hasNext()) {
          features.next();
          accepted++;
        }
        check(features.recordsAccepted() == accepted, "features returned " + accepted + " != accepted "
            + features.recordsAccepted());
        check(features.recordsRead() == features.recordsAccepted() + features.recordsRejected(), "records read "
            + features.recordsRead() + " != accepted + rejected");
        problems.forEach(ReaderChecks::located);
      } catch (GeoJsonException e) {
        check(!e.problems().isEmpty(), "exception without problems");
        e.problems().forEach(ReaderChecks::located);
        check(e.getMessage().startsWith("fuzz"), "message does not name the input: " + e.getMessage());
      }
    }
  }

  private static void located(DataProblem problem) {
    check(problem.source().equals("fuzz"), "problem does not name the input: " + problem);
    check(problem.location().pointer().orElse("").matches("(/.*)?"), "not a line or a JSON pointer: " + problem);
    check(!problem.reason().isBlank(), "problem without a reason: " + problem);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
