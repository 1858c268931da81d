package org.sahelevents.io.acled.internal;

/** A record that is not well-formed CSV, with the line it starts on and the 0-based field index. */
public final class CsvSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long line;
  private final int fieldIndex;

  public CsvSyntaxException(long line, int fieldIndex, String message) {
    super(message);
    this.line = line;
    this.fieldIndex = fieldIndex;
  }

  public long line() {
    return line;
  }

  public int fieldIndex() {
    return fieldIndex;
  }
}
