package org.sahelevents.core;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where in an input a {@link DataProblem} is: either a 1-based line (CSV, whose rows are located by the line they
 * start on) or an RFC 6901 JSON pointer (a row of the ACLED API's JSON, {@code /data/12}; a GeoJSON value,
 * {@code /features/3/geometry/coordinates}). In a GeoJSON text sequence (RFC 8142) the pointer is relative to a
 * record, whose 1-based number comes with it. A location is never a bare number that could mean a line or an index.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DataLocation implements Serializable {
  private static final long serialVersionUID = 1L;

  // Exactly one of line (> 0) and pointer (non-null) is set; record is 0 outside text sequences; lastLine is the last
  // line of a damaged record that spans several, else equal to line.
  private final long line;
  private final long lastLine;
  private final String pointer;
  private final long record;

  private DataLocation(long line, long lastLine, String pointer, long record) {
    this.line = line;
    this.lastLine = lastLine;
    this.pointer = pointer;
    this.record = record;
  }

  /**
   * The line a row starts on.
   *
   * @param line 1-based
   * @throws IllegalArgumentException if below 1
   */
  public static DataLocation atLine(long line) {
    if (line < 1) {
      throw new IllegalArgumentException("lines are 1-based, was " + line);
    }
    return new DataLocation(line, line, null, 0);
  }

  /**
   * The physical lines a damaged record spans, such as a row whose stray quote swallowed the lines after it.
   *
   * @param first 1-based
   * @param last at least {@code first}
   * @throws IllegalArgumentException if {@code first} is below 1 or {@code last} below {@code first}
   */
  public static DataLocation atLines(long first, long last) {
    if (first < 1 || last < first) {
      throw new IllegalArgumentException("lines " + first + " to " + last + " are not a range of 1-based lines");
    }
    return new DataLocation(first, last, null, 0);
  }

  /**
   * A value of a JSON text.
   *
   * @param pointer an RFC 6901 JSON pointer: {@code ""} for the whole text, else starting with {@code /}
   * @throws IllegalArgumentException if not a JSON pointer
   */
  public static DataLocation atPointer(String pointer) {
    return new DataLocation(0, 0, checked(pointer), 0);
  }

  /**
   * A value of one record of a JSON text sequence (RFC 7464, RFC 8142).
   *
   * @param record the record's 1-based number in the sequence
   * @param pointer an RFC 6901 JSON pointer relative to the record
   * @throws IllegalArgumentException if the record is below 1 or the pointer is not a JSON pointer
   */
  public static DataLocation inRecord(long record, String pointer) {
    if (record < 1) {
      throw new IllegalArgumentException("records are numbered from 1, was " + record);
    }
    return new DataLocation(0, 0, checked(pointer), record);
  }

  private static String checked(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON pointer is empty or starts with /, was \"" + pointer + "\"");
    }
    return pointer;
  }

  /** The 1-based line, when the input is located by line (CSV). */
  public OptionalLong line() {
    return pointer == null ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /**
   * The last line of a located range: the same as {@link #line()} unless the location is a damaged record that spans
   * several lines.
   */
  public OptionalLong lastLine() {
    return pointer == null ? OptionalLong.of(lastLine) : OptionalLong.empty();
  }

  /** The JSON pointer, when the input is JSON; relative to {@link #record()} in a text sequence. */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /** The 1-based number of the text sequence record that {@link #pointer()} is relative to. */
  public OptionalLong record() {
    return record > 0 ? OptionalLong.of(record) : OptionalLong.empty();
  }

  /** Whether this is a line, not a JSON pointer. */
  public boolean isLine() {
    return pointer == null;
  }

  /**
   * The location of the member {@code name} of the value here: a pointer gets {@code name} as one more reference
   * token (escaped as RFC 6901 asks), while a line stays the same line, since the cells of a CSV row are located by
   * the row's line and the column's name.
   */
  public DataLocation member(String name) {
    if (pointer == null) {
      return this;
    }
    return new DataLocation(0, 0, pointer + "/" + name.replace("~", "~0").replace("/", "~1"), record);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DataLocation that && line == that.line && lastLine == that.lastLine
        && record == that.record && Objects.equals(pointer, that.pointer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, lastLine, pointer, record);
  }

  /**
   * {@code line 12}, {@code lines 12-14}, {@code /data/12}, or {@code record 3 /features/0} in a text sequence; the
   * empty pointer (the whole text) reads {@code /}, as in {@link DataProblem#toString()}.
   */
  @Override
  public String toString() {
    if (pointer == null) {
      return lastLine > line ? "lines " + line + "-" + lastLine : "line " + line;
    }
    return (record > 0 ? "record " + record + " " : "") + (pointer.isEmpty() ? "/" : pointer);
  }
}
