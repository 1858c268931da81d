package org.sahelevents.io.geojson;

/**
 * What a reader does with a feature (or a record of a text sequence) that breaks the rules. No record is dropped
 * silently either way: records read = records accepted + records rejected.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum BadRecordPolicy {
  /** Throw a {@link GeoJsonException} at the first bad feature or record. Default for documents. */
  FAIL,
  /** Report it and go on, as RFC 7464 asks of sequence parsers. Default for text sequences. */
  COLLECT
}
