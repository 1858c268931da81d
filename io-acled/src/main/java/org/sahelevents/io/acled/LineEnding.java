package org.sahelevents.io.acled;

/**
 * The line ending a writer uses.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum LineEnding {
  /** {@code \r\n}, as RFC 4180 specifies. Default. */
  CRLF("\r\n"),
  /** {@code \n}. */
  LF("\n");

  private final String chars;

  LineEnding(String chars) {
    this.chars = chars;
  }

  String chars() {
    return chars;
  }
}
