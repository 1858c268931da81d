package org.sahelevents.io.ucdp;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sahelevents.core.DataLocation;

/** The rows of a GED CSV file: header, an optional HXL row, then data. Not thread-safe. */
final class CsvRows implements Rows {
  private final Reader in;
  private final CsvTokenizer tokenizer;
  private final List<String> headers;
  private final List<String> hxl;
  private boolean pending;
  private List<String> cells;
  private String error;

  CsvRows(Reader in, String name, int maxRecordChars, int maxColumns) throws IOException {
    this.in = in;
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
    if (!header.get(0).isEmpty() && header.get(0).charAt(0) == '\uFEFF') {
      header.set(0, header.get(0).substring(1));
    }
    this.headers = List.copyOf(header);
    UcdpRecords.checkColumns(name, headerLine, headers);
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

  // The HXL row: its id is empty and every non-empty cell of a named column is a hashtag. A real row can have a
  // hashtag in one cell (a source_headline of "#ISWAP"), and a pandas re-save writes its row index in the unnamed
  // first column, so neither rule alone will do.
  private boolean isHxl(List<String> row) {
    if (row.size() < headers.size()) {
      return false;
    }
    boolean any = false;
    for (int i = 0; i < headers.size(); i++) {
      String cell = row.get(i).strip();
      if (UcdpColumn.forHeader(headers.get(i)).filter(UcdpColumn.ID::equals).isPresent() && !cell.isEmpty()) {
        return false;
      }
      if (!cell.isEmpty() && !headers.get(i).isBlank()) {
        if (cell.charAt(0) != '#') {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** The HXL row of an HDX copy, or null. */
  List<String> hxl() {
    return hxl;
  }

  @Override
  public boolean next() throws IOException {
    if (pending) {
      pending = false;
    } else if (!tokenizer.next()) {
      return false;
    }
    cells = tokenizer.fields();
    error = tokenizer.error();
    if (error != null) {
      return true;
    }
    // Some exports end every row with a comma, so a row may have one empty field more than the header.
    if (cells.size() == headers.size() + 1 && cells.get(headers.size()).isEmpty()) {
      cells = cells.subList(0, headers.size());
    }
    if (cells.size() != headers.size()) {
      error = "the row has " + cells.size() + " fields but the header has " + headers.size();
    }
    return true;
  }

  @Override
  public List<String> headers() {
    return headers;
  }

  @Override
  public List<String> cells() {
    return cells;
  }

  @Override
  public DataLocation location() {
    return tokenizer.error() != null ? DataLocation.atLines(tokenizer.firstLine(), tokenizer.lastLine())
        : DataLocation.atLine(tokenizer.firstLine());
  }

  @Override
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
