package org.sahelevents.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real data in {@code ../shared/data/}: ACLED exports (whose terms forbid redistributing them) and the GeoJSON
 * conformance fixtures. They are read from there and never copied into the project.
 */
public final class SharedData {
  private SharedData() {}

  /** The folder {@code ../shared/data/KIND}; the calling test is skipped, with a message, when it is absent. */
  public static Path required(String kind) {
    Path dir = dir(kind);
    assumeTrue(Files.isDirectory(dir), () -> "skipped: shared " + kind + " data absent at " + dir);
    return dir;
  }

  /** The files of {@code ../shared/data/KIND} and its subfolders ending in {@code extension}, sorted; none if absent. */
  public static List<Path> files(String kind, String extension) {
    Path dir = dir(kind);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path dir(String kind) {
    return Path.of(System.getProperty("sahelevents.shared.dir", "../../shared"), "data", kind);
  }
}
