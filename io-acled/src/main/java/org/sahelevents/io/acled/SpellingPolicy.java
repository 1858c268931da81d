package org.sahelevents.io.acled;

/**
 * Whether cells are written as the file had them ({@link AcledRecord#spellings()}) or as this library writes their
 * values.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum SpellingPolicy {
  /**
   * A record written in the layout it was read in keeps every cell as written ({@code "3.0"}, {@code "a;b"}, a
   * padded number), unless its value changed. Default: reading and writing a file changes no cell.
   */
  AS_READ,
  /** Every cell as this library writes its value: whole numbers as digits, lists joined by {@code "; "}, no padding. */
  NORMALIZE
}
