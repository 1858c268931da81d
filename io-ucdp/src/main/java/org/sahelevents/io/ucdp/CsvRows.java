package org.sahelevents.io.ucdp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sahelevents.core.DataLocation;
import org.sahelevents.io.tabular.CsvRecords;
import org.sahelevents.io.tabular.CsvSyntaxException;
import org.sahelevents.io.tabular.CsvTokenizer;

/** The rows of a GED CSV file: header, an optional HXL row, then data. Not thread-safe. */
final class CsvRows implements Rows {
  private final InputStream in;
  private final List<String> headers;
  private final List<String> hxl;
  private final CsvRecords records;
  private List<String> cells;
  private DataLocation location;
  private String error;
  private String raw;

  CsvRows(InputStream in, String name, int maxRecordChars, int maxColumns) throws IOException {
    this.in = in;
    CsvTokenizer tokenizer = new CsvTokenizer(in, maxRecordChars);
    try {
      if (!tokenizer.next()) {
        throw UcdpFormatException.at(name, DataLocation.atLine(1), "empty input: no header");
      }
    } catch (CsvSyntaxException e) {
      throw UcdpFormatException.at(name, DataLocation.atLines(e.line(), e.lastLine()),
          "the header cannot be read: " + e.getMessage());
    }
    DataLocation headerLine = DataLocation.atLine(tokenizer.recordStartLine());
    List<String> header = new ArrayList<>(tokenizer.fields());
    if (header.size() > maxColumns) {
      throw UcdpFormatException.at(name, headerLine, "the header has " + header.size()
          + " columns, more than the limit of " + maxColumns);
    }
    this.headers = List.copyOf(header);
    UcdpRecords.checkColumns(name, headerLine, headers);
    this.records = new CsvRecords(tokenizer, this::misfit);
    // HDX copies put HXL hashtags (#date+year, #affected+killed, ...) in the row after the header.
    List<String> hxlRow = null;
    try {
      if (records.next()) {
        if (isHxl(records.fields())) {
          hxlRow = List.copyOf(records.fields());
        } else {
          records.pushBack();
        }
      }
    } catch (CsvSyntaxException e) {
      records.pushBack(e);
    }
    this.hxl = hxlRow;
  }

  // Why a row's fields do not fit the header, or null. Some exports end every row with a comma, so a row may have
  // one empty field more than the header.
  private String misfit(List<String> fields) {
    if (fields.size() == headers.size()
        || fields.size() == headers.size() + 1 && fields.get(headers.size()).isEmpty()) {
      return null;
    }
    return "the row has " + fields.size() + " fields but the header has " + headers.size();
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
    raw = null;
    try {
      if (!records.next()) {
        return false;
      }
    } catch (CsvSyntaxException e) {
      cells = List.of();
      location = DataLocation.atLines(e.line(), e.lastLine());
      error = e.getMessage();
      raw = e.text();
      return true;
    }
    cells = records.fields();
    location = DataLocation.atLine(records.line());
    error = misfit(cells);
    if (error == null && cells.size() > headers.size()) {
      cells = cells.subList(0, headers.size());
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
    return location;
  }

  @Override
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  @Override
  public Optional<String> raw() {
    return Optional.ofNullable(raw);
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
