package org.sahelevents.spark.blackbox;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real ACLED exports in {@code ../shared/data/acled/}, and this module's own small fixture. ACLED's terms forbid
 * redistributing the exports, so they are read from there and never copied into the project; tests that need them
 * are skipped, with a message, without them.
 */
final class SharedData {
  private SharedData() {}

  static List<Path> acledExports() {
    Path dir = Path.of(System.getProperty("sahelevents.shared.dir", "../../shared"), "data", "acled");
    assumeTrue(Files.isDirectory(dir), () -> "skipped: real ACLED exports absent at " + dir);
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An illustrative CSV (not ACLED data) with what splits rows in naive CSV readers: line breaks (LF and CRLF) and
   * doubled quotes inside notes, a note ending in a backslash; and a bad latitude, a bad fatality count and a year
   * that disagrees with the date.
   */
  static Path awkward() {
    try {
      return Path.of(SharedData.class.getResource("/org/sahelevents/spark/awkward.csv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
