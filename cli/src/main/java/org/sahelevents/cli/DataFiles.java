package org.sahelevents.cli;

import org.sahelevents.io.acled.BadRowPolicy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The input and output files of a converting command, with their formats: a picocli mixin. */
final class DataFiles {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--from", paramLabel = "FORMAT", converter = DataFormat.Converter.class,
      description = "acled-csv, acled-json, geojson or geojsonseq")
  DataFormat from;

  @Option(names = "--to", paramLabel = "FORMAT", converter = DataFormat.Converter.class,
      description = "acled-csv, json, geojson or geojsonseq")
  DataFormat to;

  @Option(names = "--lenient", description = "Skip bad rows (reporting each) instead of stopping at the first one.")
  boolean lenient;

  @Parameters(index = "0", paramLabel = "IN", description = "input file, or - for stdin")
  String in;

  @Parameters(index = "1", paramLabel = "OUT", description = "output file, or - for stdout")
  String out;

  /** What to do with a bad row: skip it when {@code --lenient}, else stop. */
  BadRowPolicy badRows() {
    return lenient ? BadRowPolicy.COLLECT : BadRowPolicy.FAIL;
  }

  /** The input's format: {@code --from}, else the one its extension names. */
  DataFormat source() {
    return from != null ? from : DataFormat.infer(in, true, spec.commandLine());
  }

  /** The output's format: {@code --to}, else the one its extension names. */
  DataFormat target() {
    return to != null ? to : DataFormat.infer(out, false, spec.commandLine());
  }
}
