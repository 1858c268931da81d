package org.sahelevents.io.acled.blackbox;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real ACLED exports in {@code ../shared/data/acled/}. ACLED's terms forbid redistributing them, so they are read
 * from there and never copied into the project; tests that need them are skipped, with a message, without them.
 */
final class SharedData {
  private SharedData() {}

  static Path acled(String file) {
    Path dir = Path.of(System.getProperty("sahelevents.shared.dir", "../../shared"), "data", "acled");
    Path path = dir.resolve(file);
    assumeTrue(Files.isRegularFile(path), () -> "skipped: real ACLED export " + path + " is absent");
    return path;
  }
}
