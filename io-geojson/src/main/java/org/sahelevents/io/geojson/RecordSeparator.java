package org.sahelevents.io.geojson;

/**
 * How a sequence writer separates records.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum RecordSeparator {
  /** RFC 8142: each record is the record separator 0x1E, the GeoJSON text, and a line feed. Default. */
  RS,
  /** Newline-delimited GeoJSON ({@code .geojsonl}): one record per line. */
  LF
}
