package org.sahelevents.io.acled;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

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

  /** The line the row starts on (CSV) or its index in {@code data} (JSON). */
  long line();

  /** The JSON pointer of the row at this index, or null for CSV rows, which are located by line. */
  String rowPointer(long index);

  /** A note on how the bytes were decoded, when it is worth telling. */
  Optional<String> encodingNote();

  /** A row that is not well-formed, with the 0-based field it failed in. */
  final class RowSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final long line;
    final int field;

    RowSyntaxException(long line, int field, String message) {
      super(message);
      this.line = line;
      this.field = field;
    }
  }
}
