package org.sahelevents.io.tabular;

/**
 * A record that is not well-formed CSV, with the lines it spans, the 0-based field index, and its text when it is
 * known (a record that outgrew the tokenizer's buffer, or its size limit, has none).
 */
public final class CsvSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long line;
  private final long lastLine;
  private final int fieldIndex;
  private final String text;

  public CsvSyntaxException(long line, int fieldIndex, String message) {
    this(line, line, fieldIndex, message, null);
  }

  public CsvSyntaxException(long line, long lastLine, int fieldIndex, String message, String text) {
    super(message);
    this.line = line;
    this.lastLine = lastLine;
    this.fieldIndex = fieldIndex;
    this.text = text;
  }

  /** The line the record starts on. */
  public long line() {
    return line;
  }

  /** The last line the record spans. */
  public long lastLine() {
    return lastLine;
  }

  /** The record's text, or null when it is not known. */
  public String text() {
    return text;
  }

  public int fieldIndex() {
    return fieldIndex;
  }
}
