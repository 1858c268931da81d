package org.sahelevents.spark.examples;

import java.io.PrintStream;

/** The jobs' count line and exit code. Stateless and thread-safe. */
final class Summary {
  private Summary() {}

  /** Prints {@code N rows read = A accepted + R rejected (W warnings)}; returns 1 when rows were rejected, else 0. */
  static int print(PrintStream err, long accepted, long rejected, long warnings) {
    err.printf("%d rows read = %d accepted + %d rejected (%d warnings)%n", accepted + rejected, accepted, rejected,
        warnings);
    return rejected > 0 ? 1 : 0;
  }
}
