package org.sahelevents.io.acled;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sahelevents.core.DataLocation;
import org.sahelevents.io.acled.internal.AcledDates;
import org.sahelevents.io.tabular.CsvRecords;
import org.sahelevents.io.tabular.CsvSyntaxException;
import org.sahelevents.io.tabular.CsvTokenizer;

/**
 * Rows of an ACLED CSV file: header, optional HXL row, then data; or the data rows of a part of such a file, read by
 * one of several threads. Not thread-safe.
 */
final class CsvRowSource implements RowSource {
  static final Set<AcledColumn> REQUIRED = EnumSet.of(AcledColumn.EVENT_ID_CNTY, AcledColumn.EVENT_DATE,
      AcledColumn.EVENT_TYPE, AcledColumn.ACTOR1, AcledColumn.COUNTRY, AcledColumn.LOCATION, AcledColumn.LATITUDE,
      AcledColumn.LONGITUDE, AcledColumn.FATALITIES);

  private final InputStream in;
  private final AcledLayout layout;
  private final CsvRecords records;
  // Where the data rows start, before the first one was read ahead; null for a part of a file.
  private final CsvTokenizer.Position dataStart;

  /** The data rows of a file from where {@code tokenizer} stands, a record start, in a layout read before. */
  CsvRowSource(InputStream in, CsvTokenizer tokenizer, AcledLayout layout) {
    this.in = in;
    this.layout = layout;
    this.records = new CsvRecords(tokenizer, cells -> AcledLayout.misfit(layout.headers(), cells));
    this.dataStart = null;
  }

  CsvRowSource(InputStream in, String name, int maxRecordChars, int maxColumns) throws IOException {
    this.in = in;
    CsvTokenizer tokenizer = new CsvTokenizer(in, maxRecordChars);
    if (!nextTokens(tokenizer)) {
      throw AcledFormatException.at(name, DataLocation.atLine(1), "empty input: no header");
    }
    List<String> headers = List.copyOf(tokenizer.fields());
    if (headers.size() > maxColumns) {
      throw AcledFormatException.at(name, DataLocation.atLine(1), "the header has " + headers.size()
          + " columns, more than the limit of " + maxColumns);
    }
    if (tokenizer.recordSpansLines()) {
      // No ACLED header holds a line break: a stray quote has run it into the rows after it.
      long last = 1 + tokenizer.recordText().lines().count() - 1;
      throw AcledFormatException.at(name, DataLocation.atLines(1, last), "the header runs over lines 1 to " + last
          + ": a quote in it is not closed on its line");
    }
    checkHeader(name, headers);
    this.records = new CsvRecords(tokenizer, cells -> AcledLayout.misfit(headers, cells));
    List<String> hxl = null;
    List<String> first = null;
    CsvTokenizer.Position start = tokenizer.position();
    // The first data row is read ahead to learn the date and actor type styles; if it is malformed, the error is
    // the first row's to report, not the header's.
    try {
      if (records.next()) {
        List<String> row = List.copyOf(records.fields());
        if (isHxl(row)) {
          hxl = row;
          start = tokenizer.position();
          if (records.next()) {
            records.pushBack();
            first = records.fields();
          }
        } else {
          records.pushBack();
          first = row;
        }
      }
    } catch (CsvSyntaxException e) {
      records.pushBack(e);
    }
    this.layout = AcledLayout.of(headers, hxl, dateStyle(headers, first), actorTypeStyle(headers, first));
    this.dataStart = start;
  }

  /**
   * Where the data rows start (after the header and an HXL row), and how the bytes before were decoded: where
   * threads reading parts of the file begin. Null for a part of a file.
   */
  CsvTokenizer.Position dataStart() {
    return dataStart;
  }

  /** The byte offset where the row just read starts, or the damaged one just reported. */
  long offset() {
    return records.offset();
  }

  /** The line the row just read starts on, or the first line of the damaged one just reported. */
  long line() {
    return records.line();
  }

  private static boolean nextTokens(CsvTokenizer tokenizer) throws IOException {
    try {
      return tokenizer.next();
    } catch (CsvSyntaxException e) {
      throw syntaxError(e);
    }
  }

  private static void checkHeader(String name, List<String> headers) {
    Set<AcledColumn> present = EnumSet.noneOf(AcledColumn.class);
    headers.forEach(h -> AcledColumn.forHeader(h).ifPresent(present::add));
    if (present.isEmpty()) {
      throw AcledFormatException.at(name, DataLocation.atLine(1),
          "not an ACLED file: the header names none of ACLED's columns (event_id_cnty, event_date, ...)");
    }
    Set<AcledColumn> missing = EnumSet.copyOf(REQUIRED);
    missing.removeAll(present);
    if (!missing.isEmpty()) {
      throw AcledFormatException.at(name, DataLocation.atLine(1), "the header lacks required column(s) "
          + missing.stream().map(AcledColumn::header).collect(Collectors.joining(", ")));
    }
  }

  // HDX copies put HXL hashtags (#event+code, #date+occurred, ...) in the row after the header.
  private static boolean isHxl(List<String> row) {
    boolean any = false;
    for (String cell : row) {
      String c = cell.strip();
      if (!c.isEmpty()) {
        if (c.charAt(0) != '#') {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  static DateStyle dateStyle(List<String> headers, List<String> row) {
    return cellOf(headers, row, AcledColumn.EVENT_DATE).map(AcledDates::styleOf).orElse(DateStyle.ISO);
  }

  static ActorTypeStyle actorTypeStyle(List<String> headers, List<String> row) {
    return cellOf(headers, row, AcledColumn.INTER1)
        .map(v -> v.chars().allMatch(Character::isDigit) ? ActorTypeStyle.NUMERIC : ActorTypeStyle.TEXT)
        .orElse(ActorTypeStyle.TEXT);
  }

  private static Optional<String> cellOf(List<String> headers, List<String> row, AcledColumn column) {
    if (row == null) {
      return Optional.empty();
    }
    for (int i = 0; i < headers.size() && i < row.size(); i++) {
      if (AcledColumn.forHeader(headers.get(i)).filter(column::equals).isPresent() && !row.get(i).isBlank()) {
        return Optional.of(row.get(i).strip());
      }
    }
    return Optional.empty();
  }

  @Override
  public AcledLayout layout() {
    return layout;
  }

  @Override
  public boolean next() throws IOException {
    try {
      return records.next();
    } catch (CsvSyntaxException e) {
      throw syntaxError(e);
    }
  }

  private static RowSyntaxException syntaxError(CsvSyntaxException e) {
    return new RowSyntaxException(DataLocation.atLines(e.line(), e.lastLine()), e.fieldIndex(), e.getMessage(),
        e.text());
  }

  @Override
  public List<String> cells() {
    return records.fields();
  }

  // A CSV row's cells hold all of its text; a record that cannot be split carries its text in its syntax error.
  @Override
  public Optional<String> raw() {
    return Optional.empty();
  }

  @Override
  public DataLocation location() {
    return DataLocation.atLine(records.line());
  }

  @Override
  public Optional<String> encodingNote() {
    return records.encodingNote();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
