package org.sahelevents.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.validation.Severity;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.geojson.GeoJsonFeatures;

/**
 * ACLED records read from one input, whatever its format, and what reading it counted: rows of an ACLED file;
 * features of a GeoJSON file, where a feature is rejected either as GeoJSON or as an ACLED row; or incidents of the
 * model's JSON, rejected when they cannot be ACLED rows. Closing it closes the input. Not thread-safe.
 */
final class RecordInput implements Iterator<AcledRecord>, AutoCloseable {
  private final Iterator<AcledRecord> records;
  private final Supplier<AcledLayout> layout;
  private final Supplier<Counts> counts;
  private final Supplier<Optional<String>> encodingNote;
  private final Runnable close;
  private final Consumer<DataProblem> onWarning;

  private RecordInput(Iterator<AcledRecord> records, Supplier<AcledLayout> layout, Supplier<Counts> counts,
      Supplier<Optional<String>> encodingNote, Runnable close, Consumer<DataProblem> onWarning) {
    this.records = records;
    this.layout = layout;
    this.counts = counts;
    this.encodingNote = encodingNote;
    this.close = close;
    this.onWarning = onWarning;
  }

  /** The rows of an ACLED file; each accepted row's warnings go to {@code onWarning} as it is read. */
  static RecordInput of(AcledRecords records, Consumer<DataProblem> onWarning) {
    return new RecordInput(records, records::layout, () -> new Counts("rows", records.rowsRead(),
        records.rowsAccepted(), records.rowsRejected(), records.warnings()), records::encodingNote, records::close,
        onWarning);
  }

  /**
   * The ACLED rows that GeoJSON features carry: {@code records} read from {@code features.features()}; each accepted
   * row's warnings go to {@code onWarning} as it is read.
   */
  static RecordInput of(AcledRecords records, FeatureSource features, Consumer<DataProblem> onWarning) {
    return new RecordInput(records, records::layout, () -> {
      GeoJsonFeatures read = features.features();
      return new Counts("features", read.recordsRead(), records.rowsAccepted(),
          read.recordsRejected() + records.rowsRejected(), features.warnings().count() + records.warnings());
    }, Optional::empty, records::close, onWarning);
  }

  /** The incidents of the model's JSON as ACLED rows, in ACLED's current layout. */
  static RecordInput of(ModelRecords records, ModelCatalogs catalogs) {
    return new RecordInput(records, AcledLayout::current, records::counts, Optional::empty, catalogs::close,
        warning -> { });
  }

  /** The columns of the input's rows. */
  AcledLayout layout() {
    return layout.get();
  }

  /** What was read so far. */
  Counts counts() {
    return counts.get();
  }

  /** Whether the input was not all UTF-8, and what was done about it. */
  Optional<String> encodingNote() {
    return encodingNote.get();
  }

  @Override
  public boolean hasNext() {
    return records.hasNext();
  }

  @Override
  public AcledRecord next() {
    AcledRecord record = records.next();
    record.warnings().forEach(onWarning);
    return record;
  }

  /**
   * The records still to read in batches, each with {@code work} done on it: by the threads that read an ACLED CSV
   * file ({@link AcledRecords#batches}), else by the calling thread. Each record's warnings go to the listener as its
   * batch is taken.
   */
  <T> Iterator<AcledRecords.Batch<T>> batches(Function<? super List<AcledRecord>, ? extends T> work) {
    Iterator<AcledRecords.Batch<T>> batches = records instanceof AcledRecords acled ? acled.batches(work)
        : batches(records, work);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return batches.hasNext();
      }

      @Override
      public AcledRecords.Batch<T> next() {
        AcledRecords.Batch<T> batch = batches.next();
        batch.warnings().forEach(onWarning);
        return batch;
      }
    };
  }

  /**
   * {@code records} in batches of up to {@value AcledRecords#BATCH_RECORDS}, each with {@code work} done on it by
   * the calling thread; a {@link RecordInput}'s as {@link #batches(Function)} makes them.
   */
  static <T> Iterator<AcledRecords.Batch<T>> batches(Iterator<AcledRecord> records,
      Function<? super List<AcledRecord>, ? extends T> work) {
    if (records instanceof RecordInput input) {
      return input.batches(work);
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public AcledRecords.Batch<T> next() {
        List<AcledRecord> batch = new ArrayList<>();
        while (batch.size() < AcledRecords.BATCH_RECORDS && records.hasNext()) {
          batch.add(records.next());
        }
        if (batch.isEmpty()) {
          throw new NoSuchElementException();
        }
        List<AcledRecord> taken = Collections.unmodifiableList(batch);
        return AcledRecords.Batch.of(taken, work.apply(taken));
      }
    };
  }

  /** The records still to read, in order. */
  Stream<AcledRecord> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false);
  }

  @Override
  public void close() {
    close.run();
  }

  /** The GeoJSON features behind the records, and the warnings reading them gave. */
  record FeatureSource(GeoJsonFeatures features, ProblemCounter warnings) {}

  /** Passes problems on, counting errors and warnings. Not thread-safe. */
  static final class ProblemCounter implements Consumer<DataProblem> {
    private final Consumer<DataProblem> next;
    private long warnings;
    private long errors;

    ProblemCounter(Consumer<DataProblem> next) {
      this.next = next;
    }

    @Override
    public void accept(DataProblem problem) {
      if (problem.severity() == Severity.WARNING) {
        warnings++;
      } else {
        errors++;
      }
      next.accept(problem);
    }

    /** Warnings passed on so far. */
    long count() {
      return warnings;
    }

    /** Errors passed on so far. */
    long errors() {
      return errors;
    }
  }
}
