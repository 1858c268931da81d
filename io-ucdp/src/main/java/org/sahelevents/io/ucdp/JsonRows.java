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

/**
 * The rows of one page of the UCDP API's JSON, {@code {"TotalCount": ..., "TotalPages": ..., "PreviousPageUrl": ...,
 * "NextPageUrl": ..., "Result": [...]}}, or of a bare array of rows, streamed. Values may be strings, numbers,
 * booleans ({@code active_year}) or null ({@code gwnob}), which is read as an empty cell. Rows are located by their
 * pointer, {@code /Result/12}. Not thread-safe.
 */
final class JsonRows implements Rows {
  private static final int MAX_NESTING_DEPTH = 64;

  private final JsonParser parser;
  private final int maxRecordChars;
  private final String arrayPointer;
  private long index = -1;
  private boolean ended;
  private List<String> headers;
  private List<String> cells;
  private String error;

  JsonRows(Reader in, String name, int maxRecordChars) throws IOException {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build()).build();
    this.parser = factory.createParser(in);
    this.maxRecordChars = maxRecordChars;
    try {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        arrayPointer = "";
        return;
      }
      if (first != JsonToken.START_OBJECT) {
        throw UcdpFormatException.at(name, DataLocation.atPointer(""),
            "not UCDP API JSON: expected an object with a Result array, or an array of rows");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        // The page's other members (TotalCount, NextPageUrl, ...) are the API client's business, not the reader's.
        if ("Result".equals(field) && value == JsonToken.START_ARRAY) {
          arrayPointer = "/Result";
          return;
        }
        parser.skipChildren();
      }
      throw UcdpFormatException.at(name, DataLocation.atPointer(""), "not UCDP API JSON: there is no Result array");
    } catch (JsonProcessingException e) {
      throw UcdpFormatException.at(name, DataLocation.atPointer(""), "not JSON: " + e.getOriginalMessage());
    }
  }

  @Override
  public boolean next() throws IOException {
    if (ended) {
      return false;
    }
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
      error = "the JSON is broken: " + e.getOriginalMessage();
      return true;
    }
    if (token == JsonToken.END_ARRAY || token == null) {
      ended = true;
      return false;
    }
    index++;
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
      error = "the JSON is broken: " + e.getOriginalMessage();
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
    return DataLocation.atPointer(arrayPointer + "/" + index);
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
