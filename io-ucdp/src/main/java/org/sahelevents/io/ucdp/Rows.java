package org.sahelevents.io.ucdp;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.sahelevents.core.DataLocation;

/** Where {@link UcdpRecords} gets its rows: a CSV file or a page of the API's JSON. Not thread-safe. */
interface Rows extends Closeable {
  /**
   * Moves to the next row.
   *
   * @return false at the end
   */
  boolean next() throws IOException;

  /** The column names of the row just read: the header of a CSV file, the keys of a JSON row. */
  List<String> headers();

  /** The cells of the row just read, one per header unless {@link #error()} says why not. */
  List<String> cells();

  /** Where the row just read is: the line it starts on, or its JSON pointer. */
  DataLocation location();

  /** Why the row just read cannot be parsed at all (an unclosed quote, the wrong width), or empty. */
  Optional<String> error();

  /** The original text of the row just read when it could not be split into cells, or empty. */
  default Optional<String> raw() {
    return Optional.empty();
  }

  /** A note on how the bytes were decoded, when it is worth telling. */
  default Optional<String> encodingNote() {
    return Optional.empty();
  }
}
