package org.sahelevents.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How every command that reads data reads it: the format of its input. A picocli mixin. */
final class ReadOptions {
  @Option(names = "--from", paramLabel = "FORMAT", converter = DataFormat.Converter.class,
      description = "acled-csv, acled-json, geojson or geojsonseq; by default inferred from the file's extension")
  DataFormat from;

  /** The format of {@code file}: {@code --from}, else the one its extension names. */
  DataFormat format(String file, CommandLine commandLine) {
    return from != null ? from : DataFormat.infer(file, true, commandLine);
  }
}
