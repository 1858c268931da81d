package org.sahelevents.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The hidden files (and the demo's hidden folder) that outputs are written to until they are complete, and the
 * shutdown hook that removes those still there when the tool is stopped (SIGINT, SIGTERM), so that an interrupted run
 * leaves nothing behind but the files it completed. Thread-safe: the hook runs on its own thread.
 */
final class PartialFiles {
  private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(PartialFiles::removeAll, "sahel-events-partial-files"));
  }

  private PartialFiles() {}

  /** A new hidden name beside {@code target} for its data until it is complete; not yet registered. */
  static Path beside(Path target) {
    return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
        + System.nanoTime() + ".partial");
  }

  /** Removes {@code partial} (a file or a folder with its files) if the tool is stopped before {@link #done}. */
  static void register(Path partial) {
    OPEN.add(partial);
  }

  /** {@code partial} was moved into place or removed: the hook leaves it alone. */
  static void done(Path partial) {
    OPEN.remove(partial);
  }

  /** Removes what is still registered; what cannot be removed is left, since the tool is ending anyway. */
  static void removeAll() {
    for (Path partial : OPEN) {
      remove(partial);
    }
  }

  /** Removes a file, or a folder and everything in it, if it exists. */
  static void remove(Path partial) {
    try (Stream<Path> tree = Files.walk(partial)) {
      for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | RuntimeException e) {
      // Gone already, or not removable: either way nothing more can be done for it here.
    }
  }
}
