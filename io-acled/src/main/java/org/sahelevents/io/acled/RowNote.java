package org.sahelevents.io.acled;

import java.util.Objects;
import org.sahelevents.core.validation.Severity;

/**
 * What the source of a row found wrong with it before the reader saw its cells, such as a GeoJSON feature whose point
 * moved away from the coordinates in its properties: the reader reports it as a problem of that row and column, with
 * the cell's value, like its own.
 *
 * @param column the column the note is about
 * @param value the value the note is about as the source had it, or null to show the row's cell
 * @param reason why, in words
 * @param severity {@link Severity#ERROR} if the row cannot be used, {@link Severity#WARNING} if it is only inconsistent
 */
public record RowNote(String column, String value, String reason, Severity severity) {
  public RowNote {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(severity, "severity");
  }
}
