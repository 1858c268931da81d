package org.sahelevents.io.acled;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rows of the ACLED API's JSON: the objects of the {@code data} array of the response envelope (or of a bare top-level
 * array). Values may be strings (as the API sends them), numbers or null. Not thread-safe.
 */
final class JsonRowSource implements RowSource {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final JsonParser parser;
  private final String name;
  private final AcledLayout layout;
  private final Map<String, Integer> positions = new HashMap<>();
  private List<String> cells;
  private long index = -1;
  private Map<String, String> pending;
  private boolean ended;

  JsonRowSource(Reader in, String name) throws IOException {
    this.parser = FACTORY.createParser(in);
    this.name = name;
    try {
      seekData();
      pending = ended ? null : readObject();
    } catch (JsonParseException e) {
      parser.close();
      throw new AcledFormatException(new AcledProblem(name, e.getLocation().getLineNr(), null, null,
          "malformed JSON: " + e.getOriginalMessage()), null);
    }
    if (pending == null) {
      throw new AcledFormatException(new AcledProblem(name, 0, null, null, "no rows: the data array is empty"), null);
    }
    List<String> headers = new ArrayList<>(pending.keySet());
    for (int i = 0; i < headers.size(); i++) {
      positions.put(headers.get(i), i);
    }
    List<String> first = List.copyOf(pending.values());
    this.layout = AcledLayout.of(headers, null, CsvRowSource.dateStyle(headers, first),
        CsvRowSource.actorTypeStyle(headers, first));
  }

  // The envelope is {"status":..., "data":[...], ...}; a bare array of rows is accepted too.
  private void seekData() throws IOException {
    JsonToken t = parser.nextToken();
    if (t == JsonToken.START_ARRAY) {
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      throw new AcledFormatException(new AcledProblem(name, 0, null, null,
          "not an ACLED API response: expected an object with a \"data\" array"), null);
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("data")) {
        if (value != JsonToken.START_ARRAY) {
          throw new AcledFormatException(new AcledProblem(name, 0, null, null, "\"data\" must be an array"), null);
        }
        return;
      }
      parser.skipChildren();
    }
    throw new AcledFormatException(new AcledProblem(name, 0, null, null,
        "not an ACLED API response: no \"data\" array"), null);
  }

  // The next row object as field -> text, or null at the end of the array.
  private Map<String, String> readObject() throws IOException {
    JsonToken t = parser.nextToken();
    if (t == JsonToken.END_ARRAY || t == null) {
      ended = true;
      return null;
    }
    index++;
    if (t != JsonToken.START_OBJECT) {
      parser.skipChildren();
      throw new RowSyntaxException(index, -1, "a row must be a JSON object, not " + t.asString());
    }
    Map<String, String> row = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value.isStructStart()) {
        parser.skipChildren();
        skipRestOfObject();
        throw new RowSyntaxException(index, -1, "field \"" + field + "\" must be a string, a number or null");
      }
      row.put(field, value == JsonToken.VALUE_NULL ? "" : parser.getText());
    }
    return row;
  }

  private void skipRestOfObject() throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      parser.nextToken();
      parser.skipChildren();
    }
  }

  @Override
  public AcledLayout layout() {
    return layout;
  }

  @Override
  public boolean next() throws IOException {
    Map<String, String> row;
    if (pending != null) {
      row = pending;
      pending = null;
    } else {
      if (ended) {
        return false;
      }
      try {
        row = readObject();
      } catch (JsonParseException e) {
        ended = true;
        throw new RowSyntaxException(index + 1, -1, "malformed JSON: " + e.getOriginalMessage());
      }
      if (row == null) {
        return false;
      }
    }
    String[] aligned = new String[positions.size()];
    Arrays.fill(aligned, "");
    for (Map.Entry<String, String> e : row.entrySet()) {
      Integer at = positions.get(e.getKey());
      if (at == null) {
        throw new RowSyntaxException(index, -1, "field \"" + e.getKey() + "\" is not in the first row's fields");
      }
      aligned[at] = e.getValue();
    }
    cells = Arrays.asList(aligned);
    return true;
  }

  @Override
  public List<String> cells() {
    return cells;
  }

  @Override
  public long line() {
    return index;
  }

  @Override
  public boolean isJson() {
    return true;
  }

  @Override
  public Optional<String> encodingNote() {
    return Optional.empty();
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
