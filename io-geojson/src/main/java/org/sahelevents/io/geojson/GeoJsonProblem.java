package org.sahelevents.io.geojson;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing wrong (or suspicious) in GeoJSON input: the input's name, the record number in a text sequence, the JSON
 * pointer of the value, and why. {@link #toString()} reads {@code FILE: /features/3/geometry/coordinates: message},
 * with {@code record N} after the file name in sequences.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GeoJsonProblem implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How serious a problem is: errors reject the object; warnings are reported and the object is kept. */
  public enum Severity {
    ERROR,
    WARNING
  }

  private final String source;
  private final long record;
  private final String pointer;
  private final String message;
  private final Severity severity;

  GeoJsonProblem(String source, long record, String pointer, String message, Severity severity) {
    this.source = Objects.requireNonNull(source);
    this.record = record;
    this.pointer = Objects.requireNonNull(pointer);
    this.message = Objects.requireNonNull(message);
    this.severity = Objects.requireNonNull(severity);
  }

  public String source() {
    return source;
  }

  /** The 1-based record number in a text sequence; 0 for a plain GeoJSON document. */
  public long record() {
    return record;
  }

  /** The RFC 6901 pointer of the offending value, within its record; {@code ""} for the whole text. */
  public String pointer() {
    return pointer;
  }

  public String message() {
    return message;
  }

  public Severity severity() {
    return severity;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GeoJsonProblem that && source.equals(that.source) && record == that.record
        && pointer.equals(that.pointer) && message.equals(that.message) && severity == that.severity;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, record, pointer, message, severity);
  }

  @Override
  public String toString() {
    return source + (record > 0 ? " record " + record : "") + ": " + (pointer.isEmpty() ? "/" : pointer) + ": "
        + (severity == Severity.WARNING ? "warning: " : "") + message;
  }
}
