package org.sahelevents.io.ucdp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.WarningPolicy;
import org.sahelevents.io.tabular.RowTally;

/**
 * The records of one open GED file, read one at a time in constant memory. Rows that cannot be accepted are handled
 * by the reader's {@link BadRowPolicy}; either way {@code rowsRead() == rowsAccepted() + rowsRejected()}. Close it
 * (or the stream from {@link #stream()}) to release the input.
 *
 * <p>Not thread-safe: one thread reads one input.
 */
public final class UcdpRecords implements Iterator<UcdpRecord>, AutoCloseable {
  /** How many rejected rows {@link #rejectedRows()} keeps; all of them go to the listener given when opening. */
  public static final int RETAINED_REJECTIONS = 10_000;

  static final Set<UcdpColumn> REQUIRED = EnumSet.of(UcdpColumn.ID, UcdpColumn.TYPE_OF_VIOLENCE, UcdpColumn.SIDE_A,
      UcdpColumn.SIDE_B, UcdpColumn.WHERE_PREC, UcdpColumn.LATITUDE, UcdpColumn.LONGITUDE, UcdpColumn.COUNTRY,
      UcdpColumn.DATE_PREC, UcdpColumn.DATE_START, UcdpColumn.DATE_END, UcdpColumn.BEST);

  private final Rows rows;
  private final String name;
  private final List<String> hxl;
  private final WarningPolicy warningPolicy;
  private final RowTally<UcdpRejectedRow> tally;
  private RowParser parser;
  private UcdpRecord next;
  private boolean done;

  UcdpRecords(Rows rows, String name, WarningPolicy warningPolicy, BadRowPolicy policy,
      Consumer<UcdpRejectedRow> onRejected) {
    this.rows = rows;
    this.name = name;
    this.hxl = rows instanceof CsvRows csv ? csv.hxl() : null;
    this.warningPolicy = warningPolicy;
    this.tally = new RowTally<>(policy, onRejected, row -> {
      done = true;
      return new UcdpFormatException(row.problems().get(0), row);
    }, RETAINED_REJECTIONS);
  }

  /** Checks that the columns include every required one. */
  static void checkColumns(String name, DataLocation at, List<String> headers) {
    Set<UcdpColumn> missing = EnumSet.copyOf(REQUIRED);
    headers.forEach(h -> UcdpColumn.forHeader(h).ifPresent(missing::remove));
    if (missing.size() == REQUIRED.size()) {
      throw UcdpFormatException.at(name, at,
          "not a UCDP GED file: the header names none of GED's columns (id, relid, side_a, best, ...)");
    }
    if (!missing.isEmpty()) {
      throw UcdpFormatException.at(name, at, "the header lacks required column(s) "
          + missing.stream().map(UcdpColumn::header).collect(Collectors.joining(", ")));
    }
  }

  /** The HXL hashtag row of an HDX copy, when the file has one; it is not a data row. */
  public Optional<List<String>> hxlRow() {
    return Optional.ofNullable(hxl);
  }

  /**
   * The CSV header's column names, as the file has them; empty for the API's JSON, whose rows name their own columns.
   * A rejected CSV row's cells follow these names.
   */
  public List<String> headers() {
    return rows instanceof CsvRows csv ? csv.headers() : List.of();
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
  public UcdpRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    UcdpRecord r = next;
    next = null;
    return r;
  }

  private void advance() {
    try {
      if (!rows.next()) {
        done = true;
        return;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
    List<String> cells = rows.cells();
    DataLocation at = rows.location();
    Optional<String> error = rows.error();
    if (error.isPresent()) {
      tally.rejected(new UcdpRejectedRow(at, cells, rows.raw(), List.of(DataProblem.error(name, at, error.get()))));
      return;
    }
    // A CSV file has one header; API rows usually share their keys, so the parser is made again only when they do not.
    if (parser == null || !parser.headers().equals(rows.headers())) {
      parser = new RowParser(name, rows.headers(), warningPolicy);
    }
    UcdpRecord record = parser.parse(cells, at);
    if (record == null) {
      tally.rejected(new UcdpRejectedRow(at, cells, parser.problems()));
      return;
    }
    tally.accepted(record.warnings().size());
    next = record;
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

  /** Warnings in the rows accepted so far (see {@link UcdpRecord#warnings()}). */
  public long warnings() {
    return tally.warnings();
  }

  /** Rows accepted so far that have warnings. */
  public long rowsWithWarnings() {
    return tally.rowsWithWarnings();
  }

  /** The first {@value #RETAINED_REJECTIONS} rejected rows, in order. */
  public List<UcdpRejectedRow> rejectedRows() {
    return tally.rejectedRows();
  }

  /**
   * Says how the input was decoded when that is worth telling: a CSV file that was not valid UTF-8, read as
   * Windows-1252 from the first byte that was not. Complete once the input has been read to the end.
   */
  public Optional<String> encodingNote() {
    return rows.encodingNote();
  }

  /** The remaining records as a sequential stream; closing the stream closes the input. */
  public Stream<UcdpRecord> stream() {
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
