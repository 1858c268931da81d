package org.sahelevents.cli;

import java.io.PrintWriter;

/**
 * Progress of a long conversion on stderr, when stderr is a terminal: rows done and rows per second, refreshed every
 * two seconds on one line. Silent otherwise, so that pipelines and logs stay clean. Not thread-safe.
 */
final class Progress {
  private static final long INTERVAL_NANOS = 2_000_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long last = start;
  private long count;
  private boolean shown;

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static Progress onTerminal(PrintWriter err) {
    return new Progress(err, System.console() != null);
  }

  void tick() {
    count++;
    if (enabled && (count & 1023) == 0) {
      long now = System.nanoTime();
      if (now - last >= INTERVAL_NANOS) {
        last = now;
        shown = true;
        err.printf("\r%,d rows, %,.0f rows/s", count, count / ((now - start) / 1e9));
        err.flush();
      }
    }
  }

  void done() {
    if (shown) {
      err.println();
      shown = false;
    }
  }
}
