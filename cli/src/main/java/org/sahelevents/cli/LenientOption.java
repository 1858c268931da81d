package org.sahelevents.cli;

import org.sahelevents.core.BadRowPolicy;
import picocli.CommandLine.Option;

/** Whether a command that produces output goes on past bad rows. A picocli mixin. */
final class LenientOption {
  @Option(names = "--lenient", description = "Skip bad rows (reporting each) instead of stopping at the first one.")
  boolean lenient;

  /** What to do with a bad row: skip it when {@code --lenient}, else stop. */
  BadRowPolicy badRows() {
    return lenient ? BadRowPolicy.COLLECT : BadRowPolicy.FAIL;
  }
}
