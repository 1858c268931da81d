package org.sahelevents.io.acled;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.tabular.RowTally;

/**
 * The records of one open ACLED input, read one at a time in constant memory. Rows that cannot be accepted are
 * handled by the reader's {@link BadRowPolicy}; either way {@code rowsRead() == rowsAccepted() + rowsRejected()}.
 * Close it (or the stream from {@link #stream()}) to release the input.
 *
 * <p>Not thread-safe: one thread takes the records of one input (threads of the reader's own may read it, see
 * {@link AcledReader.Builder#threads}). Open one per file, or per partition in a Spark job.
 */
public final class AcledRecords implements Iterator<AcledRecord>, AutoCloseable {
  /** How many rejected rows {@link #rejectedRows()} keeps; all of them go to the listener given when opening. */
  public static final int RETAINED_REJECTIONS = 10_000;

  /** How many records a batch holds at most when the calling thread reads (see {@link #batches}). */
  public static final int BATCH_RECORDS = 1000;

  private final ParsedRows rows;
  private final String name;
  private final RowTally<AcledRejectedRow> tally;
  private AcledRecord next;
  private boolean done;
  private boolean started;
  private boolean inBatches;
  // A rejected row read while a batch was being filled: it is counted, and reported, after that batch.
  private AcledRejectedRow heldBack;

  AcledRecords(ParsedRows rows, String name, BadRowPolicy policy, Consumer<AcledRejectedRow> onRejected) {
    this.rows = rows;
    this.name = name;
    this.tally = new RowTally<>(policy, onRejected, row -> {
      done = true;
      return new AcledFormatException(row.problems().get(0), row);
    }, RETAINED_REJECTIONS);
  }

  /** The layout of the input: its columns, and how it writes dates and actor types. */
  public AcledLayout layout() {
    return rows.layout();
  }

  /** The input's name, as problems report it. */
  public String name() {
    return name;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if the records are being read in {@link #batches batches}
   */
  @Override
  public boolean hasNext() {
    if (inBatches) {
      throw new IllegalStateException("the records are read in batches: take them from the batches");
    }
    started = true;
    while (next == null && !done) {
      Object row = read();
      if (row instanceof AcledRecord record) {
        tally.accepted(record.warnings().size());
        next = record;
      } else if (row != null) {
        tally.rejected((AcledRejectedRow) row);
      }
    }
    return next != null;
  }

  @Override
  public AcledRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    AcledRecord r = next;
    next = null;
    return r;
  }

  /**
   * The remaining records in batches of consecutive records, each with the result of {@code work} on it: lets a
   * caller do per-record work, such as formatting records for an output, on the threads that read the file (see
   * {@link AcledReader.Builder#threads}), while taking the results in file order on its own. Rejected rows are counted
   * and passed to the listener in their place between batches, so that the counts and the policy act as when reading
   * record by record. When the calling thread reads, it makes batches of up to {@value #BATCH_RECORDS} records and
   * does the work itself. The records of a batch keep the row each was read from, which {@link AcledCells} then
   * gives as their cells in their own layout instead of writing their values again (the same text, by what
   * {@link AcledRecord#spellings()} keeps); records read one at a time do not carry that memory.
   *
   * @param work what to do with each batch's records, on any thread, several batches at once: it must be
   *     thread-safe, and must not keep or change the list
   * @throws IllegalStateException if records were read already
   */
  public <T> Iterator<Batch<T>> batches(Function<? super List<AcledRecord>, ? extends T> work) {
    Objects.requireNonNull(work, "work");
    if (started) {
      throw new IllegalStateException("records were read already: ask for batches before reading");
    }
    started = true;
    inBatches = true;
    boolean readersWork = rows.batchWith(work);
    return new Iterator<>() {
      private Batch<T> ready;

      @Override
      public boolean hasNext() {
        while (ready == null && !done) {
          ready = readersWork ? takeBatch() : makeBatch(work);
        }
        return ready != null;
      }

      @Override
      public Batch<T> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Batch<T> batch = ready;
        ready = null;
        return batch;
      }
    };
  }

  // A batch the reading threads made, once its records are counted; null after a rejected row or at the end.
  @SuppressWarnings("unchecked")
  private <T> Batch<T> takeBatch() {
    Object row = read();
    if (row instanceof Batch<?> batch) {
      batch.countIn(tally);
      return (Batch<T>) batch;
    }
    if (row != null) {
      tally.rejected((AcledRejectedRow) row);
    }
    return null;
  }

  // A batch of the records up to the next rejected row, which is held back until the batch is taken.
  private <T> Batch<T> makeBatch(Function<? super List<AcledRecord>, ? extends T> work) {
    if (heldBack != null) {
      AcledRejectedRow row = heldBack;
      heldBack = null;
      tally.rejected(row);
    }
    List<AcledRecord> records = new ArrayList<>();
    while (records.size() < BATCH_RECORDS && !done) {
      Object row = read();
      if (row instanceof AcledRecord record) {
        tally.accepted(record.warnings().size());
        records.add(record);
      } else if (row != null && records.isEmpty()) {
        tally.rejected((AcledRejectedRow) row);
      } else if (row != null) {
        heldBack = (AcledRejectedRow) row;
        break;
      }
    }
    if (records.isEmpty()) {
      return null;
    }
    List<AcledRecord> batch = Collections.unmodifiableList(records);
    return Batch.of(batch, work.apply(batch));
  }

  // The next row from the input; null, and done, at its end.
  private Object read() {
    try {
      Object row = rows.next();
      if (row == null) {
        done = true;
      }
      return row;
    } catch (IOException e) {
      done = true;
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Consecutive records of an input, in input order: how many they were, their warnings, and what the caller's work
   * made of them. The records themselves are not kept: a batch waits for its turn while the reading threads go on,
   * and holding it small keeps those waits cheap. Work that needs records later returns them in its result.
   *
   * <p>Immutable, and thread-safe if its result is.
   *
   * @param <T> the work's result
   */
  public static final class Batch<T> {
    private final int size;
    private final List<DataProblem> warnings;
    // Per record, its number of warnings; null when none has any.
    private final int[] warningsPerRecord;
    private final T result;

    private Batch(int size, List<DataProblem> warnings, int[] warningsPerRecord, T result) {
      this.size = size;
      this.warnings = warnings;
      this.warningsPerRecord = warningsPerRecord;
      this.result = result;
    }

    /** A batch of these records, with the work's result for them. */
    public static <T> Batch<T> of(List<AcledRecord> records, T result) {
      List<DataProblem> warnings = List.of();
      int[] perRecord = null;
      for (int i = 0; i < records.size(); i++) {
        List<DataProblem> own = records.get(i).warnings();
        if (!own.isEmpty()) {
          if (perRecord == null) {
            perRecord = new int[records.size()];
            warnings = new ArrayList<>();
          }
          perRecord[i] = own.size();
          warnings.addAll(own);
        }
      }
      return new Batch<>(records.size(), perRecord == null ? warnings : Collections.unmodifiableList(warnings),
          perRecord, result);
    }

    /** The number of records. */
    public int size() {
      return size;
    }

    /** The records' warnings, in record order. */
    public List<DataProblem> warnings() {
      return warnings;
    }

    /** What the work returned for the records. */
    public T result() {
      return result;
    }

    // Counts the records as accepted, each with its warnings.
    void countIn(RowTally<?> tally) {
      for (int i = 0; i < size; i++) {
        tally.accepted(warningsPerRecord == null ? 0 : warningsPerRecord[i]);
      }
    }
  }

  /** Data rows read so far (the header and an HXL row are not data). */
  public long rowsRead() {
    return tally.read();
  }

  public long rowsAccepted() {
    return tally.accepted();
  }

  public long rowsRejected() {
    return tally.rejected();
  }

  /** Warnings in the rows accepted so far (see {@link AcledRecord#warnings()}). */
  public long warnings() {
    return tally.warnings();
  }

  /** Rows accepted so far that have warnings. */
  public long rowsWithWarnings() {
    return tally.rowsWithWarnings();
  }

  /** The first {@value #RETAINED_REJECTIONS} rejected rows, in order. */
  public List<AcledRejectedRow> rejectedRows() {
    return tally.rejectedRows();
  }

  /**
   * Says how the input was decoded when that is worth telling: it was not valid UTF-8, so it was read as
   * Windows-1252 from the first byte that was not. Complete once the input has been read to the end.
   */
  public Optional<String> encodingNote() {
    return rows.encodingNote();
  }

  /** The remaining records as a sequential stream; closing the stream closes the input. */
  public Stream<AcledRecord> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  @Override
  public void close() {
    done = true;
    try {
      rows.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
