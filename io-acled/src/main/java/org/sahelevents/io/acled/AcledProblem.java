package org.sahelevents.io.acled;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with one row: where (the input's name, the line the row starts on, the column), the raw value, and
 * why. {@link #toString()} reads {@code FILE:LINE: column NAME: message}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AcledProblem implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String column;
  private final String rawValue;
  private final String reason;
  private final String pointer;

  public AcledProblem(String source, long line, String column, String rawValue, String reason) {
    this(source, line, null, column, rawValue, reason);
  }

  /**
   * A problem in JSON input, located by the JSON pointer of the row ({@code /data/12}) rather than a line.
   *
   * @param index the 0-based index of the row in the {@code data} array
   */
  public static AcledProblem inJson(String source, long index, String column, String rawValue, String reason) {
    return atPointer(source, index, "/data/" + index, column, rawValue, reason);
  }

  /** A problem in a row located by a JSON pointer, such as {@code /features/12/properties} of a GeoJSON file. */
  public static AcledProblem atPointer(String source, long index, String rowPointer, String column, String rawValue,
      String reason) {
    return new AcledProblem(source, index, rowPointer, column, rawValue, reason);
  }

  private AcledProblem(String source, long line, String pointer, String column, String rawValue, String reason) {
    this.source = Objects.requireNonNull(source, "source");
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.rawValue = rawValue;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The input's name: a file path, or what the caller named a stream. */
  public String source() {
    return source;
  }

  /** The 1-based line the row starts on (a quoted note can span lines); for JSON, the 0-based index in {@code data}. */
  public long line() {
    return line;
  }

  /** The RFC 6901 pointer of the value in JSON input ({@code /data/12/latitude}); empty for CSV input. */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer).map(p -> column == null ? p : p + "/" + column);
  }

  /** The column's header, when the problem is in one column. */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /** The value as it was in the file, when the problem is in one column. */
  public Optional<String> rawValue() {
    return Optional.ofNullable(rawValue);
  }

  public String reason() {
    return reason;
  }

  /** The message without the location: {@code column NAME: "raw" reason}. */
  public String message() {
    return (column == null ? "" : "column " + column + ": ")
        + (rawValue == null ? "" : "\"" + rawValue + "\" ") + reason;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AcledProblem that && source.equals(that.source) && line == that.line
        && Objects.equals(pointer, that.pointer)
        && Objects.equals(column, that.column) && Objects.equals(rawValue, that.rawValue)
        && reason.equals(that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, pointer, column, rawValue, reason);
  }

  /** {@code FILE:LINE: column NAME: "raw" reason} for CSV, {@code FILE: /data/N/NAME: "raw" reason} for JSON. */
  @Override
  public String toString() {
    if (pointer != null) {
      return source + ": " + pointer().orElseThrow() + ": " + (rawValue == null ? "" : "\"" + rawValue + "\" ")
          + reason;
    }
    return source + ":" + line + ": " + message();
  }
}
