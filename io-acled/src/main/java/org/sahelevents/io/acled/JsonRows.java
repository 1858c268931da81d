package org.sahelevents.io.acled;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.io.Closeable;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.json.JsonErrors;

/**
 * The rows of the ACLED API's JSON: the objects of the {@code data} array of the response envelope (or of a bare
 * top-level array), as maps from field to text. Values may be strings (as the API sends them), numbers or null. Not
 * thread-safe.
 */
final class JsonRows implements SourceRows, Closeable {
  private final JsonParser parser;
  private final String name;
  private final int maxRecordChars;
  private final int maxColumns;
  private long index = -1;
  // Whether a row object has been started and not finished: an error then belongs to that row, not the next.
  private boolean inRow;
  private Map<String, String> next;
  private boolean ended;
  // Which values of the next row, and of the row returned last, were not strings, so that its JSON can be given back.
  private BitSet nextUnquoted = new BitSet();
  private Map<String, String> current;
  private BitSet currentUnquoted;

  JsonRows(Reader in, String name, int maxRecordChars, int maxColumns, int maxNestingDepth) throws IOException {
    // No value may be longer than a whole row, and rows are flat: Jackson enforces both as it reads.
    this.parser = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxRecordChars)
            .maxNestingDepth(maxNestingDepth).build())
        .build().createParser(in);
    this.name = name;
    this.maxRecordChars = maxRecordChars;
    this.maxColumns = maxColumns;
    try {
      seekData();
      next = ended ? null : readObject();
    } catch (JsonProcessingException e) {
      parser.close();
      throw AcledFormatException.at(name, where(e), reason(e));
    }
    if (next == null) {
      throw AcledFormatException.at(name, DataLocation.atPointer("/data"), "no rows: the data array is empty");
    }
  }

  // The envelope is {"status":..., "data":[...], ...}; a bare array of rows is accepted too.
  private void seekData() throws IOException {
    JsonToken t = parser.nextToken();
    if (t == JsonToken.START_ARRAY) {
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      throw AcledFormatException.at(name, DataLocation.atPointer(""),
          "not an ACLED API response: expected an object with a \"data\" array");
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("data")) {
        if (value != JsonToken.START_ARRAY) {
          throw AcledFormatException.at(name, DataLocation.atPointer("/data"), "\"data\" must be an array");
        }
        return;
      }
      parser.skipChildren();
    }
    throw AcledFormatException.at(name, DataLocation.atPointer(""), "not an ACLED API response: no \"data\" array");
  }

  // The next row object as field -> text, or null at the end of the array.
  private Map<String, String> readObject() throws IOException {
    inRow = false;
    JsonToken t = parser.nextToken();
    if (t == JsonToken.END_ARRAY || t == null) {
      ended = true;
      return null;
    }
    index++;
    inRow = true;
    if (t != JsonToken.START_OBJECT) {
      String raw = copyValue();
      throw new RowSource.RowSyntaxException(row(index), -1, "a row must be a JSON object, not " + t.asString(),
          raw);
    }
    Map<String, String> row = new LinkedHashMap<>();
    BitSet unquoted = new BitSet();
    long chars = 0;
    String structField = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      String text;
      if (value.isStructStart()) {
        // Kept as its JSON, so that the rejected row keeps all of its content.
        structField = structField == null ? field : structField;
        text = copyValue();
        if (text == null) {
          skipRestOfObject();
          throw new RowSource.RowSyntaxException(row(index), -1, "row longer than " + maxRecordChars
              + " characters");
        }
      } else {
        text = value == JsonToken.VALUE_NULL ? "" : parser.getText();
      }
      chars += field.length() + text.length();
      if (row.size() == maxColumns || chars > maxRecordChars) {
        skipRestOfObject();
        throw new RowSource.RowSyntaxException(row(index), -1, row.size() == maxColumns
            ? "row has more than " + maxColumns + " fields" : "row longer than " + maxRecordChars + " characters");
      }
      if (value != JsonToken.VALUE_STRING) {
        unquoted.set(row.size());
      }
      row.put(field, text);
    }
    inRow = false;
    if (structField != null) {
      throw new RowSource.RowSyntaxException(row(index), -1, "field \"" + structField
          + "\" must be a string, a number or null", json(row, unquoted));
    }
    nextUnquoted = unquoted;
    return row;
  }

  // The value the parser stands on, as JSON text; null when it is longer than a row may be.
  private String copyValue() throws IOException {
    StringWriter out = new StringWriter();
    Writer bounded = new FilterWriter(out) {
      private long written;

      @Override
      public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
      }

      @Override
      public void write(char[] chars, int off, int len) throws IOException {
        written += len;
        if (written > maxRecordChars) {
          throw new TooLong();
        }
        super.write(chars, off, len);
      }

      @Override
      public void write(String text, int off, int len) throws IOException {
        write(text.toCharArray(), off, len);
      }
    };
    try (JsonGenerator copy = COPIER.createGenerator(bounded)) {
      copy.copyCurrentStructure(parser);
    } catch (TooLong e) {
      parser.skipChildren();
      return null;
    }
    return out.toString();
  }

  private static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private static final JsonFactory COPIER = new JsonFactory();

  private void skipRestOfObject() throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      parser.nextToken();
      parser.skipChildren();
    }
  }

  // Reading ahead here lets a malformed row surface as the row's own error, located by its index.
  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      try {
        next = readObject();
      } catch (JsonProcessingException e) {
        // JSON cannot be resumed after a syntax error or an exceeded limit: the row is rejected and reading ends.
        ended = true;
        throw new RowSource.RowSyntaxException(row(inRow ? index : index + 1), -1, reason(e));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return next != null;
  }

  @Override
  public Map<String, String> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Map<String, String> row = next;
    next = null;
    current = row;
    currentUnquoted = nextUnquoted;
    return row;
  }

  /** The JSON of the row returned last, its values as they were: strings, or numbers, booleans and nulls. */
  @Override
  public String text() {
    return current == null ? null : json(current, currentUnquoted);
  }

  private static String json(Map<String, String> row, BitSet unquoted) {
    StringBuilder json = new StringBuilder("{");
    int i = 0;
    for (Map.Entry<String, String> field : row.entrySet()) {
      json.append(i > 0 ? "," : "");
      quote(json, field.getKey());
      json.append(':');
      if (unquoted.get(i)) {
        json.append(field.getValue().isEmpty() ? "null" : field.getValue());
      } else {
        quote(json, field.getValue());
      }
      i++;
    }
    return json.append('}').toString();
  }

  private static void quote(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }

  /** The JSON pointer of the row at a 0-based index. */
  static String pointer(long index) {
    return "/data/" + index;
  }

  private static DataLocation row(long index) {
    return DataLocation.atPointer(pointer(index));
  }

  // Before the rows, the line Jackson stopped at says best where the envelope is broken.
  private static DataLocation where(JsonProcessingException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? DataLocation.atPointer("")
        : DataLocation.atLine(e.getLocation().getLineNr());
  }

  private static String reason(JsonProcessingException e) {
    return (e instanceof StreamConstraintsException ? "over a limit: " : "malformed JSON: ") + JsonErrors.reason(e);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
