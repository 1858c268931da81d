package org.sahelevents.cli;

import java.util.Locale;
import picocli.CommandLine;

/** The formats the tool reads and writes, with their command-line names. */
enum DataFormat {
  ACLED_CSV("acled-csv"),
  ACLED_JSON("acled-json"),
  JSON("json"),
  GEOJSON("geojson"),
  GEOJSONSEQ("geojsonseq");

  private final String cliName;

  DataFormat(String cliName) {
    this.cliName = cliName;
  }

  @Override
  public String toString() {
    return cliName;
  }

  /**
   * The format a file name implies: {@code .csv} is ACLED CSV; {@code .json} is ACLED API JSON in, model JSON out;
   * {@code .geojson} is GeoJSON; {@code .geojsons}, {@code .geojsonl} and {@code .geojsonseq} are text sequences.
   */
  static DataFormat infer(String file, boolean input, CommandLine commandLine) {
    String name = file.toLowerCase(Locale.ROOT);
    if (name.endsWith(".geojson")) {
      return GEOJSON;
    }
    if (name.endsWith(".geojsons") || name.endsWith(".geojsonl") || name.endsWith(".geojsonseq")) {
      return GEOJSONSEQ;
    }
    if (name.endsWith(".json")) {
      return input ? ACLED_JSON : JSON;
    }
    if (name.endsWith(".csv") || file.equals("-")) {
      return ACLED_CSV;
    }
    throw new CommandLine.ParameterException(commandLine, "cannot tell the format of "
        + file + " from its name; give --" + (input ? "from" : "to"));
  }

  /** Whether this is GeoJSON, as a document or a sequence. */
  boolean isGeoJson() {
    return this == GEOJSON || this == GEOJSONSEQ;
  }

  /** Parses {@code acled-csv}, {@code acled-json} or {@code json}. */
  static final class Converter implements CommandLine.ITypeConverter<DataFormat> {
    @Override
    public DataFormat convert(String value) {
      for (DataFormat f : values()) {
        if (f.cliName.equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException("unknown format '" + value
          + "': use acled-csv, acled-json, json, geojson or geojsonseq");
    }
  }
}
