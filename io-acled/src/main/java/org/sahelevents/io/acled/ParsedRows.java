package org.sahelevents.io.acled;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sahelevents.core.WarningPolicy;

/**
 * The rows of an input, read and parsed, in input order: what {@link AcledRecords} counts and hands out. Not
 * thread-safe: one consumer.
 */
interface ParsedRows extends Closeable {
  AcledLayout layout();

  /**
   * The next row: an {@link AcledRecord} or an {@link AcledRejectedRow}; after {@link #batchWith} said yes, an
   * {@link AcledRecords.Batch} of consecutive records instead of records. Null at the end of the input.
   */
  Object next() throws IOException;

  /** A note on how the bytes were decoded, when it is worth telling. */
  Optional<String> encodingNote();

  /**
   * Asks for records in batches, each with {@code work} done on it where the rows are read; false if these rows
   * cannot, and the caller makes batches itself. Called before the first {@link #next()}.
   */
  default boolean batchWith(Function<? super List<AcledRecord>, ?> work) {
    return false;
  }

  /** The rows of a source, read one at a time by the calling thread. */
  static ParsedRows of(RowSource source, String name, AcledValidation validation, WarningPolicy warnings) {
    RowReader reader = new RowReader(source, name, validation, warnings);
    return new ParsedRows() {
      @Override
      public AcledLayout layout() {
        return source.layout();
      }

      @Override
      public Object next() throws IOException {
        return reader.next();
      }

      // The caller makes the batches, of records that go to its work and are let go.
      @Override
      public boolean batchWith(Function<? super List<AcledRecord>, ?> work) {
        reader.keepRowsAsRead();
        return false;
      }

      @Override
      public Optional<String> encodingNote() {
        return source.encodingNote();
      }

      @Override
      public void close() throws IOException {
        source.close();
      }
    };
  }
}
