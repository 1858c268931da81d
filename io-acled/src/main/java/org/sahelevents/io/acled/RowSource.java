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
   * The original text of the row just read when its cells do not hold all of it (an API row's JSON, a GeoJSON
   * feature's JSON); made on demand, for rejected rows.
   */
  Optional<String> raw();

  /** What the source found wrong with the row just read, for the reader to report with its own problems. */
  default List<RowNote> notes() {
    return List.of();
  }

  /** A note on how the bytes were decoded, when it is worth telling. */
  Optional<String> encodingNote();

  /** A row that is not well-formed, with where it is and the 0-based field it failed in (-1 when not in one). */
  final class RowSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final DataLocation location;
    final int field;
    final String raw;

    RowSyntaxException(DataLocation location, int field, String message) {
      this(location, field, message, null);
    }

    /** With the row's original text, when it is known. */
    RowSyntaxException(DataLocation location, int field, String message, String raw) {
      super(message);
      this.location = location;
      this.field = field;
      this.raw = raw;
    }
  }
}
