package org.sahelevents.io.acled.geojson.blackbox;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real ACLED exports in {@code ../shared/data/acled/}. ACLED's terms forbid redistributing them, so they are read
 * from there and never copied into the project; tests that need them are skipped, with a message, without them.
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
}
