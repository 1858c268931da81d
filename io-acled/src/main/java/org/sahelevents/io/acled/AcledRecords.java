package org.sahelevents.io.acled;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.WarningPolicy;
import org.sahelevents.core.validation.Severity;
import org.sahelevents.io.tabular.RowTally;

/**
 * The records of one open ACLED input, read one at a time in constant memory. Rows that cannot be accepted are
 * handled by the reader's {@link BadRowPolicy}; either way {@code rowsRead() == rowsAccepted() + rowsRejected()}.
 * Close it (or the stream from {@link #stream()}) to release the input.
 *
 * <p>Not thread-safe: one thread reads one input. Open one per file, or per partition in a Spark job.
 */
public final class AcledRecords implements Iterator<AcledRecord>, AutoCloseable {
  /** How many rejected rows {@link #rejectedRows()} keeps; all of them go to the listener given when opening. */
  public static final int RETAINED_REJECTIONS = 10_000;

  private final RowSource source;
  private final String name;
  private final RowParser parser;
  private final RowTally<AcledRejectedRow> tally;
  private AcledRecord next;
  private boolean done;

  AcledRecords(RowSource source, String name, AcledValidation validation, WarningPolicy warningPolicy,
      BadRowPolicy policy,
      Consumer<AcledRejectedRow> onRejected) {
    this.source = source;
    this.name = name;
    this.parser = new RowParser(source.layout(), name, validation, warningPolicy, source::location);
    this.tally = new RowTally<>(policy, onRejected, row -> {
      done = true;
      return new AcledFormatException(row.problems().get(0), row);
    }, RETAINED_REJECTIONS);
  }

  /** The layout of the input: its columns, and how it writes dates and actor types. */
  public AcledLayout layout() {
    return source.layout();
  }

  /** The input's name, as problems report it. */
  public String name() {
    return name;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      advance();
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

  private void advance() {
    List<String> cells;
    try {
      if (!source.next()) {
        done = true;
        return;
      }
      cells = source.cells();
    } catch (RowSource.RowSyntaxException e) {
      String column = e.field >= 0 && e.field < layout().headers().size() ? layout().headers().get(e.field) : null;
      DataProblem problem = new DataProblem(name, column == null ? e.location : e.location.member(column), column,
          null, e.getMessage(), Severity.ERROR);
      tally.rejected(new AcledRejectedRow(e.location, List.of(), Optional.ofNullable(e.raw), List.of(problem)));
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
    AcledRecord record = parser.parse(cells, source.notes());
    if (record != null) {
      tally.accepted(record.warnings().size());
      next = record;
    } else {
      tally.rejected(new AcledRejectedRow(source.location(), cells, source.raw(), parser.problems()));
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
    return source.encodingNote();
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
      source.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
