package org.sahelevents.io.acled;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.sahelevents.core.DataLocation;

/** Where an {@link AcledRecords} gets its rows: a CSV file or the API's JSON. Not thread-safe. */
interface RowSource extends Closeable {
  /** The layout, known once the source is open. */
  AcledLayout layout();

  /**
   * Moves to the next row.
   *
   * @return false at the end
   * @throws RowSyntaxException when the row is not well-formed; the next call goes on after it
   */
  boolean next() throws IOException;

  List<String> cells();

  /** Where the row just read is: the line it starts on (CSV) or its JSON pointer. Made on demand: few rows need it. */
  DataLocation location();

  /**
   * What {@link AcledRecord#line()} holds for the row just read: the 1-based line it starts on (CSV), or its 0-based
   * index (JSON rows, maps), as the spec cases pin down. Problems never use it: they take {@link #location()}.
   */
  long line();

  /** A note on how the bytes were decoded, when it is worth telling. */
  Optional<String> encodingNote();

  /** A row that is not well-formed, with where it is and the 0-based field it failed in (-1 when not in one). */
  final class RowSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final DataLocation location;
    final int field;

    RowSyntaxException(DataLocation location, int field, String message) {
      super(message);
      this.location = location;
      this.field = field;
    }
  }
}
