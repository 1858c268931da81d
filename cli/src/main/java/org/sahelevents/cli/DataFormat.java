package org.sahelevents.cli;

import java.util.Locale;
import picocli.CommandLine;

/** The formats the tool reads and writes, with their command-line names. Immutable and thread-safe. */
enum DataFormat {
  ACLED_CSV("acled-csv"),
  ACLED_JSON("acled-json"),
  UCDP_CSV("ucdp-csv"),
  UCDP_JSON("ucdp-json"),
  JSON("json"),
  GEOJSON("geojson"),
  GEOJSONSEQ("geojsonseq"),
  GEOPARQUET("geoparquet");

  private final String cliName;

  DataFormat(String cliName) {
    this.cliName = cliName;
  }

  @Override
  public String toString() {
    return cliName;
  }

  /**
   * The format an input's name suggests, or null: {@code .csv} ACLED CSV, {@code .json} the ACLED API's JSON,
   * {@code .geojson} GeoJSON, {@code .geojsons}, {@code .geojsonl} and {@code .geojsonseq} text sequences,
   * {@code .parquet} and {@code .geoparquet} GeoParquet. Inputs are read as what their content is ({@link ContentFormat}); the name only decides what the content leaves open.
   */
  static DataFormat hint(String file) {
    String name = file.toLowerCase(Locale.ROOT);
    if (name.endsWith(".geojson")) {
      return GEOJSON;
    }
    if (name.endsWith(".geojsons") || name.endsWith(".geojsonl") || name.endsWith(".geojsonseq")) {
      return GEOJSONSEQ;
    }
    if (name.endsWith(".json")) {
      return ACLED_JSON;
    }
    if (name.endsWith(".parquet") || name.endsWith(".geoparquet")) {
      return GEOPARQUET;
    }
    return name.endsWith(".csv") ? ACLED_CSV : null;
  }

  /**
   * The format of an output, from its name: {@code .csv} is ACLED CSV, {@code .json} the model's JSON,
   * {@code .geojson} GeoJSON, {@code .geojsons}, {@code .geojsonl} and {@code .geojsonseq} text sequences, and
   * {@code -} (standard output) ACLED CSV.
   *
   * @throws CommandLine.ParameterException if the name says nothing
   */
  static DataFormat ofOutput(String file, CommandLine commandLine) {
    DataFormat named = hint(file);
    if (named == ACLED_JSON) {
      return JSON;
    }
    if (named != null) {
      return named;
    }
    if (file.equals("-")) {
      return ACLED_CSV;
    }
    throw new CommandLine.ParameterException(commandLine, "cannot tell the format to write to " + file
        + " from its name; give --to acled-csv, json, geojson, geojsonseq or geoparquet");
  }

  /** Whether this is UCDP GED, as CSV or the API's JSON. */
  boolean isUcdp() {
    return this == UCDP_CSV || this == UCDP_JSON;
  }

  /** Whether this is GeoJSON, as a document or a sequence. */
  boolean isGeoJson() {
    return this == GEOJSON || this == GEOJSONSEQ;
  }

  /** Parses a format's command-line name. */
  static final class Converter implements CommandLine.ITypeConverter<DataFormat> {
    @Override
    public DataFormat convert(String value) {
      for (DataFormat f : values()) {
        if (f.cliName.equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException("unknown format '" + value
          + "': use acled-csv, acled-json, ucdp-csv, ucdp-json, json, geojson, geojsonseq or geoparquet");
    }
  }
}
