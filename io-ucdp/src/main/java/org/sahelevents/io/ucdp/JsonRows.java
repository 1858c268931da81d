package org.sahelevents.io.ucdp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.json.JsonErrors;

/**
 * The rows of the UCDP API's JSON, streamed: one page, {@code {"TotalCount": ..., "TotalPages": ...,
 * "PreviousPageUrl": ..., "NextPageUrl": ..., "Result": [...]}}; a file of pages, one after another (as a script
 * saving each response writes them) or in an array; or a bare array of rows. Values may be strings, numbers,
 * booleans ({@code active_year}) or null ({@code gwnob}), which is read as an empty cell. Rows are located by their
 * pointer, {@code /Result/12} (in an array of pages {@code /3/Result/12}; in the third page of a file of
 * pages, record 3 at {@code /Result/12}). Not thread-safe.
 */
final class JsonRows implements Rows {
  private static final int MAX_NESTING_DEPTH = 64;

  private final JsonParser parser;
  private final String name;
  private final int maxRecordChars;
  // Where the rows being read are: "/Result" of the one page, "/3/Result" of the fourth page of an array of pages,
  // "" of a bare array of rows; pages after the first of a file of concatenated pages are located as records.
  private String arrayPointer;
  private boolean outerArray;
  private boolean inPageOfArray;
  private long page = 1;
  private long element = -1;
  private long index = -1;
  private boolean wholePage;
  private boolean ended;
  private List<String> headers;
  private List<String> cells;
  private String error;

  JsonRows(Reader in, String name, int maxRecordChars) throws IOException {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build()).build();
    this.parser = factory.createParser(in);
    this.name = name;
    this.maxRecordChars = maxRecordChars;
    try {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        arrayPointer = "";
        outerArray = true;
        return;
      }
      if (first != JsonToken.START_OBJECT) {
        throw UcdpFormatException.at(name, DataLocation.atPointer(""),
            "not UCDP API JSON: expected an object with a Result array, an array of rows or an array of pages");
      }
      enterPage(DataLocation.atPointer(""));
      arrayPointer = "/Result";
    } catch (JsonProcessingException e) {
      throw UcdpFormatException.at(name, DataLocation.atPointer(""), "not JSON: " + JsonErrors.reason(e));
    }
  }

  // Stands at the first row of the page whose object has just started.
  private void enterPage(DataLocation at) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      // The page's other members (TotalCount, NextPageUrl, ...) are the API client's business, not the reader's.
      if ("Result".equals(field) && value == JsonToken.START_ARRAY) {
        return;
      }
      parser.skipChildren();
    }
    throw UcdpFormatException.at(name, at, "not UCDP API JSON: there is no Result array");
  }

  // After a page's Result array: skips the page's other members, and moves to the next page if there is one.
  private boolean nextPage() throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      parser.nextToken();
      parser.skipChildren();
    }
    if (outerArray) {
      inPageOfArray = false;
      arrayPointer = "";
      return true;
    }
    JsonToken root = parser.nextToken();
    if (root == null) {
      return false;
    }
    page++;
    index = -1;
    if (root != JsonToken.START_OBJECT) {
      keepValues(root);
      throw UcdpFormatException.at(name, DataLocation.inRecord(page, ""),
          "not UCDP API JSON: page " + page + " of the file is not an object with a Result array");
    }
    enterPage(DataLocation.inRecord(page, ""));
    return true;
  }

  @Override
  public boolean next() throws IOException {
    while (!ended) {
      headers = new ArrayList<>();
      cells = new ArrayList<>();
      error = null;
      JsonToken token;
      try {
        token = parser.nextToken();
      } catch (JsonProcessingException e) {
        // Broken JSON where a row should start is a row that cannot be read, and the end of reading.
        index++;
        ended = true;
        error = "the JSON is broken: " + JsonErrors.reason(e);
        return true;
      }
      if (token == JsonToken.END_ARRAY && (inPageOfArray || !outerArray)) {
        try {
          if (nextPage()) {
            continue;
          }
        } catch (JsonProcessingException e) {
          return brokenPage("the JSON is broken after page " + page + ": " + JsonErrors.reason(e));
        } catch (UcdpFormatException e) {
          return brokenPage(e.problem().reason());
        }
      }
      if (token == JsonToken.END_ARRAY || token == null) {
        ended = true;
        return false;
      }
      index++;
      if (outerArray && !inPageOfArray) {
        element++;
      }
      if (readRow(token)) {
        return true;
      }
    }
    return false;
  }

  // What follows a page cannot be read as one: it is a rejected row located at the page, and the end of reading.
  private boolean brokenPage(String reason) {
    ended = true;
    wholePage = true;
    error = reason;
    return true;
  }

  // Reads the row that starts with token; false when it was a page of an array of pages, whose rows come next.
  private boolean readRow(JsonToken token) throws IOException {
    int chars = 0;
    try {
      if (token != JsonToken.START_OBJECT) {
        error = "a row is a JSON object of columns, not " + token.asString();
        keepValues(token);
        return true;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (outerArray && !inPageOfArray && "Result".equals(field) && value == JsonToken.START_ARRAY) {
          inPageOfArray = true;
          arrayPointer = "/" + element + "/Result";
          index = -1;
          return false;
        }
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          parser.skipChildren();
          error = "column " + field + " is not a single value";
          continue;
        }
        String cell = value == JsonToken.VALUE_NULL ? "" : parser.getText();
        chars += field.length() + cell.length();
        headers.add(field);
        cells.add(cell);
      }
    } catch (JsonProcessingException e) {
      // JSON cannot be resumed after a syntax error: the row is rejected, with what was read of it, and reading ends.
      ended = true;
      error = "the JSON is broken: " + JsonErrors.reason(e);
      return true;
    }
    if (error == null && chars > maxRecordChars) {
      error = "the row is longer than the limit of " + maxRecordChars + " characters";
    }
    if (error == null && headers.stream().distinct().count() != headers.size()) {
      error = "the row names a column twice";
    }
    return true;
  }

  // The scalar values of a row that is not an object become its cells, so that a rejected row keeps what it held.
  private void keepValues(JsonToken token) throws IOException {
    int depth = 0;
    JsonToken t = token;
    do {
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      } else if (t.isScalarValue()) {
        cells.add(t == JsonToken.VALUE_NULL ? "" : parser.getText());
      }
    } while (depth > 0 && (t = parser.nextToken()) != null);
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
    String pointer = wholePage ? "" : arrayPointer + "/" + index;
    return page == 1 ? DataLocation.atPointer(pointer) : DataLocation.inRecord(page, pointer);
  }

  @Override
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
