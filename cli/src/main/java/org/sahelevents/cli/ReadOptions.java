package org.sahelevents.cli;

import org.sahelevents.core.BadRowPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How a command reads its input: its format and what to do with bad rows. A picocli mixin. */
final class ReadOptions {
  @Option(names = "--from", paramLabel = "FORMAT", converter = DataFormat.Converter.class,
      description = "acled-csv, acled-json, geojson or geojsonseq")
  DataFormat from;

  @Option(names = "--lenient", description = "Skip bad rows (reporting each) instead of stopping at the first one.")
  boolean lenient;

  /** What to do with a bad row: skip it when {@code --lenient}, else stop. */
  BadRowPolicy badRows() {
    return lenient ? BadRowPolicy.COLLECT : BadRowPolicy.FAIL;
  }

  /** The format of {@code file}: {@code --from}, else the one its extension names. */
  DataFormat format(String file, CommandLine commandLine) {
    return from != null ? from : DataFormat.infer(file, true, commandLine);
  }
}
