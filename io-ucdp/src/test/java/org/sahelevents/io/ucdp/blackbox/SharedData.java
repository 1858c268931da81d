package org.sahelevents.io.ucdp.blackbox;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real GED files in {@code ../shared/data/ucdp/}: they are read from there, not copied into the project; tests
 * that need them are skipped, with a message, without them.
 */
final class SharedData {
  private SharedData() {}

  static Path ucdp(String file) {
    Path dir = Path.of(System.getProperty("sahelevents.shared.dir", "../../shared"), "data", "ucdp");
    Path path = dir.resolve(file);
    assumeTrue(Files.isRegularFile(path), () -> "skipped: real GED file " + path + " is absent");
    return path;
  }
}
