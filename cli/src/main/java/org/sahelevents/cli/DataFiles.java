package org.sahelevents.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The input and output files of a converting command, with their formats: a picocli mixin. Not
 * thread-safe.
 */
final class DataFiles {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Mixin
  ReadOptions read;

  @Mixin
  LenientOption lenient;

  @Option(names = "--to", paramLabel = "FORMAT", converter = DataFormat.Converter.class,
      description = "acled-csv, json, geojson or geojsonseq")
  DataFormat to;

  @Option(names = "--force", description = "Replace OUT (and a --rejects file) if it exists.")
  boolean force;

  @Parameters(index = "0", paramLabel = "IN", description = "input file, or - for stdin")
  String in;

  @Parameters(index = "1", paramLabel = "OUT", description = "output file, or - for stdout")
  String out;

  /** The output's format: {@code --to}, else the one its extension names. */
  DataFormat target() {
    return to != null ? to : DataFormat.ofOutput(out, spec.commandLine());
  }
}
