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
import org.sahelevents.io.acled.internal.CsvSyntaxException;
import org.sahelevents.io.acled.internal.CsvTokenizer;

/** Rows of an ACLED CSV file: header, optional HXL row, then data. Not thread-safe. */
final class CsvRowSource implements RowSource {
  static final Set<AcledColumn> REQUIRED = EnumSet.of(AcledColumn.EVENT_ID_CNTY, AcledColumn.EVENT_DATE,
      AcledColumn.EVENT_TYPE, AcledColumn.ACTOR1, AcledColumn.COUNTRY, AcledColumn.LOCATION, AcledColumn.LATITUDE,
      AcledColumn.LONGITUDE, AcledColumn.FATALITIES);

  private final InputStream in;
  private final CsvTokenizer tokenizer;
  private final AcledLayout layout;
  private List<String> cells;
  private long line;
  private List<String> pending;
  private long pendingLine;
  private RowSyntaxException pendingError;

  CsvRowSource(InputStream in, String name, int maxRecordChars, int maxColumns) throws IOException {
    this.in = in;
    this.tokenizer = new CsvTokenizer(in, maxRecordChars);
    if (!nextTokens()) {
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
    List<String> hxl = null;
    // The first data row is read ahead to learn the date and actor type styles; if it is malformed, the error is
    // the first row's to report, not the header's.
    try {
      if (nextTokens()) {
        List<String> row = List.copyOf(tokenizer.fields());
        if (isHxl(row)) {
          hxl = row;
          if (nextTokens()) {
            pending = List.copyOf(tokenizer.fields());
            pendingLine = tokenizer.recordStartLine();
          }
        } else {
          pending = row;
          pendingLine = tokenizer.recordStartLine();
        }
      }
    } catch (RowSyntaxException e) {
      pendingError = e;
    }
    this.layout = AcledLayout.of(headers, hxl, dateStyle(headers, pending), actorTypeStyle(headers, pending));
  }

  private boolean nextTokens() throws IOException {
    try {
      return tokenizer.next();
    } catch (CsvSyntaxException e) {
      throw new RowSyntaxException(DataLocation.atLines(e.line(), e.lastLine()), e.fieldIndex(), e.getMessage(),
          e.text());
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
    if (pendingError != null) {
      RowSyntaxException e = pendingError;
      pendingError = null;
      throw e;
    }
    if (pending != null) {
      cells = pending;
      line = pendingLine;
      pending = null;
      return true;
    }
    try {
      if (!tokenizer.next()) {
        return false;
      }
    } catch (CsvSyntaxException e) {
      throw damaged(e.line(), e.lastLine(), e.fieldIndex(), e.getMessage(), e.text());
    }
    cells = tokenizer.fields();
    line = tokenizer.recordStartLine();
    String misfit = layout.misfit(cells);
    if (misfit != null && tokenizer.recordSpansLines()) {
      // A record of the wrong width over several lines: a stray quote may have swallowed rows.
      List<String> damagedCells = cells;
      long damagedLine = line;
      String text = tokenizer.recordText();
      long lastLine = damagedLine + text.lines().count() - 1;
      RowSyntaxException resynced = damaged(damagedLine, lastLine, -1, misfit, text);
      if (resynced.location.lastLine().getAsLong() < lastLine) {
        throw resynced;
      }
      cells = damagedCells;
      line = damagedLine;
    }
    return true;
  }

  /**
   * The error of a damaged record, after looking for a later line of it that starts a well-formed row: reading then
   * goes on there, and the error names only the lines before it; otherwise it names every line of the record.
   */
  private RowSyntaxException damaged(long firstLine, long lastLine, int field, String reason, String text)
      throws IOException {
    CsvTokenizer.Damage damage = lastLine > firstLine ? tokenizer.resync(layout::fits) : null;
    if (damage == null) {
      return new RowSyntaxException(DataLocation.atLines(firstLine, lastLine), field, reason, text);
    }
    if (damage.nextFields() != null) {
      pending = damage.nextFields();
      pendingLine = damage.nextLine();
    } else {
      CsvSyntaxException next = damage.nextError();
      pendingError = new RowSyntaxException(DataLocation.atLines(next.line(), next.lastLine()), next.fieldIndex(),
          next.getMessage(), next.text());
    }
    return new RowSyntaxException(DataLocation.atLines(damage.firstLine(), damage.lastLine()), -1, reason
        + "; line " + (damage.lastLine() + 1) + " starts a row of its own, and reading goes on there", damage.text());
  }

  @Override
  public List<String> cells() {
    return cells;
  }

  // A CSV row's cells hold all of its text; a record that cannot be split carries its text in its syntax error.
  @Override
  public Optional<String> raw() {
    return Optional.empty();
  }

  @Override
  public DataLocation location() {
    return DataLocation.atLine(line);
  }

  @Override
  public Optional<String> encodingNote() {
    if (!tokenizer.fellBackToWindows1252()) {
      return Optional.empty();
    }
    return Optional.of("not valid UTF-8 from byte " + tokenizer.fallbackOffset() + "; "
        + (tokenizer.mixedEncoding() ? "the file mixes encodings: its start was read as UTF-8 and the rest"
            : "read") + " as Windows-1252");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
