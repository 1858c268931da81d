package org.sahelevents.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Progress of a long conversion on stderr, when stderr is a terminal: rows done (and pages of a download) and rows
 * per second, refreshed every two seconds on one line. Silent otherwise, so that pipelines and logs stay clean. Not
 * thread-safe.
 */
final class Progress {
  private static final long INTERVAL_NANOS = 2_000_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long last = start;
  private long count;
  private boolean shown;
  private LongSupplier pages;

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static Progress onTerminal(PrintWriter err) {
    return new Progress(err, System.console() != null);
  }

  /** Shows the pages of a download too. */
  Progress countingPages(LongSupplier pagesRead) {
    this.pages = pagesRead;
    return this;
  }

  void tick() {
    count++;
    if (enabled && (count & 1023) == 0) {
      long now = System.nanoTime();
      if (now - last >= INTERVAL_NANOS) {
        last = now;
        shown = true;
        err.printf("\r%s%,d rows, %,.0f rows/s", pages == null ? "" : String.format("%,d pages, ",
            pages.getAsLong()), count, count / ((now - start) / 1e9));
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
