package org.sahelevents.cli;

import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
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

  private RecordInput(Iterator<AcledRecord> records, Supplier<AcledLayout> layout, Supplier<Counts> counts,
      Supplier<Optional<String>> encodingNote, Runnable close) {
    this.records = records;
    this.layout = layout;
    this.counts = counts;
    this.encodingNote = encodingNote;
    this.close = close;
  }

  /** The rows of an ACLED file. */
  static RecordInput of(AcledRecords records) {
    return new RecordInput(records, records::layout, () -> new Counts("rows", records.rowsRead(),
        records.rowsAccepted(), records.rowsRejected(), 0), records::encodingNote, records::close);
  }

  /** The ACLED rows that GeoJSON features carry: {@code records} read from {@code features.features()}. */
  static RecordInput of(AcledRecords records, FeatureSource features) {
    return new RecordInput(records, records::layout, () -> {
      GeoJsonFeatures read = features.features();
      return new Counts("features", read.recordsRead(), records.rowsAccepted(),
          read.recordsRejected() + records.rowsRejected(), features.warnings().count());
    }, Optional::empty, records::close);
  }

  /** The incidents of the model's JSON as ACLED rows, in ACLED's current layout. */
  static RecordInput of(ModelRecords records, ModelCatalogs catalogs) {
    return new RecordInput(records, AcledLayout::current, records::counts, Optional::empty, catalogs::close);
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
    return records.next();
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
  record FeatureSource(GeoJsonFeatures features, WarningCounter warnings) {}

  /** Passes GeoJSON problems on, counting those that are warnings. */
  static final class WarningCounter implements Consumer<DataProblem> {
    private final Consumer<DataProblem> next;
    private long count;

    WarningCounter(Consumer<DataProblem> next) {
      this.next = next;
    }

    @Override
    public void accept(DataProblem problem) {
      if (problem.severity() == Severity.WARNING) {
        count++;
      }
      next.accept(problem);
    }

    long count() {
      return count;
    }
  }
}
