package org.sahelevents.cli;

import java.io.IOException;
import java.io.InputStream;
import org.sahelevents.core.WarningPolicy;
import picocli.CommandLine.Option;

/**
 * How every command that reads data reads it: the format of its input, and whether warnings reject rows. A picocli
 * mixin. Not thread-safe.
 */
final class ReadOptions {
  @Option(names = "--from", paramLabel = "FORMAT", converter = DataFormat.Converter.class,
      description = "acled-csv, acled-json, ucdp-csv, ucdp-json, geojson, geojsonseq or json (the model); by "
          + "default told from the input's content")
  DataFormat from;

  @Option(names = "--strict", description = "Reject rows whose problems are only warnings (and, in validate, exit 1 "
      + "for warnings too).")
  boolean strict;

  /** What the ACLED reader does with rows that have warnings only: rejects them when {@code --strict}. */
  WarningPolicy warnings() {
    return strict ? WarningPolicy.REJECT : WarningPolicy.KEEP;
  }

  /** Opens {@code file} ({@code -}: {@code stdin}) in the format {@code --from} names, else the one its content has. */
  Inputs.Opened open(String file, InputStream stdin) throws IOException {
    return Inputs.open(file, from, warnings(), stdin);
  }
}
