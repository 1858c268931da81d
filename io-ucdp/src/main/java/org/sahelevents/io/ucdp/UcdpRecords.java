package org.sahelevents.io.ucdp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
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
  private final BadRowPolicy policy;
  private final Consumer<UcdpRejectedRow> onRejected;
  private final List<UcdpRejectedRow> retained = new ArrayList<>();
  private RowParser parser;
  private UcdpRecord next;
  private boolean done;
  private long read;
  private long accepted;
  private long rejected;
  private long rowsWithWarnings;
  private long warnings;

  UcdpRecords(Rows rows, String name, WarningPolicy warningPolicy, BadRowPolicy policy,
      Consumer<UcdpRejectedRow> onRejected) {
    this.rows = rows;
    this.name = name;
    this.hxl = rows instanceof CsvRows csv ? csv.hxl() : null;
    this.warningPolicy = warningPolicy;
    this.policy = policy;
    this.onRejected = onRejected;
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
    read++;
    List<String> cells = rows.cells();
    DataLocation at = rows.location();
    Optional<String> error = rows.error();
    if (error.isPresent()) {
      reject(new UcdpRejectedRow(at, cells, List.of(DataProblem.error(name, at, error.get()))));
      return;
    }
    // A CSV file has one header; API rows usually share their keys, so the parser is made again only when they do not.
    if (parser == null || !parser.headers().equals(rows.headers())) {
      parser = new RowParser(name, rows.headers(), warningPolicy);
    }
    UcdpRecord record = parser.parse(cells, at);
    if (record == null) {
      reject(new UcdpRejectedRow(at, cells, parser.problems()));
      return;
    }
    accepted++;
    if (!record.warnings().isEmpty()) {
      rowsWithWarnings++;
      warnings += record.warnings().size();
    }
    next = record;
  }

  private void reject(UcdpRejectedRow row) {
    rejected++;
    if (policy == BadRowPolicy.FAIL) {
      done = true;
      throw new UcdpFormatException(row.problems().get(0), row);
    }
    if (retained.size() < RETAINED_REJECTIONS) {
      retained.add(row);
    }
    if (onRejected != null) {
      onRejected.accept(row);
    }
  }

  /** Data rows read so far (the header and an HXL row are not data). */
  public long rowsRead() {
    return read;
  }

  public long rowsAccepted() {
    return accepted;
  }

  public long rowsRejected() {
    return rejected;
  }

  /** Warnings in the rows accepted so far (see {@link UcdpRecord#warnings()}). */
  public long warnings() {
    return warnings;
  }

  /** Rows accepted so far that have warnings. */
  public long rowsWithWarnings() {
    return rowsWithWarnings;
  }

  /** The first {@value #RETAINED_REJECTIONS} rejected rows, in order. */
  public List<UcdpRejectedRow> rejectedRows() {
    return Collections.unmodifiableList(retained);
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
