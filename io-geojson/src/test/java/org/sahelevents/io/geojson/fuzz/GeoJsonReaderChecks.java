package org.sahelevents.io.geojson.fuzz;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.geojson.GeoJsonException;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonReader;

/**
 * What the GeoJSON document and sequence readers must do with any bytes, checked the same way for the fuzz tests and
 * the damaged-file properties: return features, or throw {@link GeoJsonException} naming the input and a JSON
 * pointer; never another exception; and account for every record read as accepted or rejected. Small limits let
 * small inputs reach them.
 */
final class GeoJsonReaderChecks {
  /** The folder of this module's seeds and regression inputs for the fuzz tests. */
  static final Path INPUTS = Path.of("src", "test", "resources", "org", "sahelevents", "io", "geojson", "fuzz",
      "GeoJsonReaderFuzzTestInputs");

  private GeoJsonReaderChecks() {}

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The GeoJSON conformance fixtures in {@code ../shared/data/geojson/} and its subfolders, sorted; none when the
   * shared data is absent.
   */
  static List<Path> fixtures() {
    Path dir = fixturesDir();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".geojson")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixtures' folder; the calling test is skipped, with a message, when it is absent. */
  static Path requiredFixturesDir() {
    Path dir = fixturesDir();
    assumeTrue(Files.isDirectory(dir), () -> "skipped: shared geojson data absent at " + dir);
    return dir;
  }

  private static Path fixturesDir() {
    return Path.of(System.getProperty("sahelevents.shared.dir", "../../shared"), "data", "geojson");
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
        problems.forEach(GeoJsonReaderChecks::located);
      } catch (GeoJsonException e) {
        check(!e.problems().isEmpty(), "exception without problems");
        e.problems().forEach(GeoJsonReaderChecks::located);
        check(e.getMessage().startsWith("fuzz"), "message does not name the input: " + e.getMessage());
      }
    }
  }

  // GeoJSON is located by JSON pointer only, never by line; DataLocation enforces the pointer's syntax.
  private static void located(DataProblem problem) {
    check(problem.source().equals("fuzz"), "problem does not name the input: " + problem);
    check(problem.location().pointer().orElse("-").matches("(/.*)?"), "not a JSON pointer: " + problem);
    check(!problem.message().isBlank(), "problem without a reason: " + problem);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
