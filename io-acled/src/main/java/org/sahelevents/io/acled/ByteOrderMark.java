package org.sahelevents.io.acled;

/**
 * Whether a writer starts UTF-8 output with a byte order mark.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ByteOrderMark {
  /** No BOM, as RFC 4180 and most tools expect. Default. */
  OMIT,
  /** A BOM, which Excel needs to open UTF-8 CSV with accents and Arabic intact. */
  WRITE
}
