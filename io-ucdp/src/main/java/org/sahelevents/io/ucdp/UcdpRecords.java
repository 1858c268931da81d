package org.sahelevents.io.ucdp;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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

  private final Reader in;
  private final String name;
  private final CsvTokenizer tokenizer;
  private final List<String> headers;
  private final List<String> hxl;
  private final RowParser parser;
  private final BadRowPolicy policy;
  private final Consumer<UcdpRejectedRow> onRejected;
  private final List<UcdpRejectedRow> retained = new ArrayList<>();
  private boolean pending;
  private UcdpRecord next;
  private boolean done;
  private long read;
  private long accepted;
  private long rejected;
  private long rowsWithWarnings;
  private long warnings;

  UcdpRecords(Reader in, String name, int maxRecordChars, int maxColumns, WarningPolicy warningPolicy,
      BadRowPolicy policy, Consumer<UcdpRejectedRow> onRejected) throws IOException {
    this.in = in;
    this.name = name;
    this.policy = policy;
    this.onRejected = onRejected;
    this.tokenizer = new CsvTokenizer(in, maxRecordChars);
    if (!tokenizer.next()) {
      throw UcdpFormatException.at(name, DataLocation.atLine(1), "empty input: no header");
    }
    if (tokenizer.error() != null) {
      throw UcdpFormatException.at(name, DataLocation.atLines(tokenizer.firstLine(), tokenizer.lastLine()),
          "the header cannot be read: " + tokenizer.error());
    }
    DataLocation headerLine = DataLocation.atLine(tokenizer.firstLine());
    List<String> header = new ArrayList<>(tokenizer.fields());
    if (header.size() > maxColumns) {
      throw UcdpFormatException.at(name, headerLine, "the header has " + header.size()
          + " columns, more than the limit of " + maxColumns);
    }
    if (!header.isEmpty() && !header.get(0).isEmpty() && header.get(0).charAt(0) == '\uFEFF') {
      header.set(0, header.get(0).substring(1));
    }
    this.headers = List.copyOf(header);
    this.parser = new RowParser(name, headers, warningPolicy);
    checkHeader(headerLine);
    // HDX copies put HXL hashtags (#date+year, #affected+killed, ...) in the row after the header.
    List<String> hxlRow = null;
    if (tokenizer.next()) {
      if (tokenizer.error() == null && isHxl(tokenizer.fields())) {
        hxlRow = List.copyOf(tokenizer.fields());
      } else {
        pending = true;
      }
    }
    this.hxl = hxlRow;
  }

  private void checkHeader(DataLocation at) {
    Set<UcdpColumn> missing = EnumSet.copyOf(REQUIRED);
    missing.removeAll(parser.index().keySet());
    if (missing.size() == REQUIRED.size()) {
      throw UcdpFormatException.at(name, at,
          "not a UCDP GED file: the header names none of GED's columns (id, relid, side_a, best, ...)");
    }
    if (!missing.isEmpty()) {
      throw UcdpFormatException.at(name, at, "the header lacks required column(s) "
          + missing.stream().map(UcdpColumn::header).collect(Collectors.joining(", ")));
    }
  }

  // The HXL row: its id is empty and every non-empty cell of a named column is a hashtag. A real row can have a
  // hashtag in one cell (a source_headline of "#ISWAP"), and a pandas re-save writes its row index in the unnamed
  // first column, so neither rule alone will do.
  private boolean isHxl(List<String> row) {
    Integer id = parser.index().get(UcdpColumn.ID);
    if (row.size() < headers.size() || !row.get(id).isBlank()) {
      return false;
    }
    boolean any = false;
    for (int i = 0; i < headers.size(); i++) {
      String cell = row.get(i).strip();
      if (!cell.isEmpty() && !headers.get(i).isBlank()) {
        if (cell.charAt(0) != '#') {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** The header's cells as read, in file order. */
  public List<String> headers() {
    return headers;
  }

  /** The HXL hashtag row of an HDX copy, when the file has one; it is not a data row. */
  public java.util.Optional<List<String>> hxlRow() {
    return java.util.Optional.ofNullable(hxl);
  }

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
      if (pending) {
        pending = false;
      } else if (!tokenizer.next()) {
        done = true;
        return;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
    read++;
    List<String> cells = tokenizer.fields();
    if (tokenizer.error() != null) {
      DataLocation at = DataLocation.atLines(tokenizer.firstLine(), tokenizer.lastLine());
      reject(new UcdpRejectedRow(at, cells, List.of(DataProblem.error(name, at, tokenizer.error()))));
      return;
    }
    DataLocation at = DataLocation.atLine(tokenizer.firstLine());
    // Some exports end every row with a comma, so a row may have one empty field more than the header.
    if (cells.size() == headers.size() + 1 && cells.get(headers.size()).isEmpty()) {
      cells = cells.subList(0, headers.size());
    }
    if (cells.size() != headers.size()) {
      reject(new UcdpRejectedRow(at, cells, List.of(DataProblem.error(name, at, "the row has " + cells.size()
          + " fields but the header has " + headers.size()))));
      return;
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
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
