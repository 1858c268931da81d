package org.sahelevents.io.acled;

import java.io.Serializable;
import java.util.Objects;

/**
 * A cell as a file wrote it, beside the text {@link AcledCells} writes for the same value: {@code "3.0"} and
 * {@code "3"}, {@code "Reuters;AFP"} and {@code "Reuters; AFP"}. A writer keeps the file's text only while the
 * record's value still formats as {@code canonical}, so an edited value is never written with a stale spelling.
 *
 * @param written the cell exactly as read
 * @param canonical the cell as this library writes the value it was read as
 */
public record Spelling(String written, String canonical) implements Serializable {
  public Spelling {
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(canonical, "canonical");
  }
}
