package org.sahelevents.core;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.sahelevents.core.validation.Severity;

/**
 * One thing wrong, or suspicious, in input data, as every reader reports it: the input's name, where
 * ({@link DataLocation}: a line of CSV, a JSON pointer), the column and raw value when the problem is in one cell,
 * why, and how serious it is. Errors reject the row, record or feature; warnings are reported and it is kept.
 *
 * <p>{@link #toString()} reads {@code FILE:LINE: column NAME: "raw" reason} for input located by line and
 * {@code FILE: /data/12/NAME: "raw" reason} for JSON, whose pointer names the column; in a text sequence the record
 * follows the name ({@code FILE record 3: /geometry: reason}), and warnings say so after the location
 * ({@code FILE: /crs: warning: reason}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DataProblem implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final DataLocation location;
  private final String column;
  private final String rawValue;
  private final String reason;
  private final Severity severity;

  /**
   * A problem.
   *
   * @param source the input's name: a file path, or what the caller named a stream
   * @param location where the value is: for JSON its pointer, which for a cell ends with the column's name (see
   *     {@link DataLocation#member}); for CSV the line the row starts on
   * @param column the column's header when the problem is in one cell, else null
   * @param rawValue the value as it was in the input when the problem is in one cell, else null
   * @param reason why the value is a problem
   * @param severity {@link Severity#ERROR} rejects the row; {@link Severity#WARNING} keeps it
   */
  public DataProblem(String source, DataLocation location, String column, String rawValue, String reason,
      Severity severity) {
    this.source = Objects.requireNonNull(source, "source");
    this.location = Objects.requireNonNull(location, "location");
    this.column = column;
    this.rawValue = rawValue;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.severity = Objects.requireNonNull(severity, "severity");
  }

  /** An error that is not in one cell. */
  public static DataProblem error(String source, DataLocation location, String reason) {
    return new DataProblem(source, location, null, null, reason, Severity.ERROR);
  }

  /** A warning that is not in one cell. */
  public static DataProblem warning(String source, DataLocation location, String reason) {
    return new DataProblem(source, location, null, null, reason, Severity.WARNING);
  }

  /** The input's name: a file path, or what the caller named a stream. */
  public String source() {
    return source;
  }

  /** Where the problem is. */
  public DataLocation location() {
    return location;
  }

  /** The column's header, when the problem is in one cell. */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /** The value as it was in the input, when the problem is in one cell. */
  public Optional<String> rawValue() {
    return Optional.ofNullable(rawValue);
  }

  /** Why the value is a problem, without location, column or value. */
  public String reason() {
    return reason;
  }

  public Severity severity() {
    return severity;
  }

  /** Whether the problem rejects what holds it. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The message without the location: {@code column NAME: "raw" reason}, or only the reason when not in a cell. */
  public String message() {
    return (column == null ? "" : "column " + column + ": ") + quotedValue() + reason;
  }

  private String quotedValue() {
    return rawValue == null ? "" : "\"" + rawValue + "\" ";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DataProblem that && source.equals(that.source) && location.equals(that.location)
        && Objects.equals(column, that.column) && Objects.equals(rawValue, that.rawValue)
        && reason.equals(that.reason) && severity == that.severity;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, location, column, rawValue, reason, severity);
  }

  /**
   * {@code FILE:LINE: column NAME: "raw" reason} by line ({@code FILE:FIRST-LAST: reason} for a damaged record
   * that spans several lines); {@code FILE: /pointer: "raw" reason} by pointer (the empty
   * pointer, the whole text, reads {@code /}), with {@code record N} after the name in a text sequence and
   * {@code warning: } before the message of a warning.
   */
  @Override
  public String toString() {
    String warning = severity == Severity.WARNING ? "warning: " : "";
    if (location.isLine()) {
      long first = location.line().getAsLong();
      long last = location.lastLine().getAsLong();
      return source + ":" + first + (last > first ? "-" + last : "") + ": " + warning + message();
    }
    String pointer = location.pointer().orElseThrow();
    return source + (location.record().isPresent() ? " record " + location.record().getAsLong() : "") + ": "
        + (pointer.isEmpty() ? "/" : pointer) + ": " + warning + quotedValue() + reason;
  }
}
