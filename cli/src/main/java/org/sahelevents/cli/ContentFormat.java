package org.sahelevents.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells an input's format from its first bytes (after a byte order mark and white space), so that a file is read as
 * what it is whatever its name: ACLED CSV, ACLED API JSON (the response envelope or a bare array of flat rows), UCDP
 * GED CSV (a header naming GED's columns) and API JSON (pages with a {@code Result} array, or flat GED rows),
 * GeoJSON (a FeatureCollection, a Feature or a geometry), GeoJSON text sequences (record separators, or one GeoJSON
 * object per line) or the model's JSON (an array of catalogs, as {@code convert} writes it). Stateless and
 * thread-safe.
 */
final class ContentFormat {
  /** How many bytes are looked at: enough for the header of any CSV and the opening of any JSON. */
  static final int PEEK_BYTES = 1 << 16;

  private static final Set<String> GEOJSON_TYPES = Set.of("FeatureCollection", "Feature", "Point", "MultiPoint",
      "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");
  private static final Set<String> CATALOG_MEMBERS = Set.of("actors", "relations", "sources", "documents",
      "incidents", "conditions", "claims", "assertions");
  private static final JsonFactory JSON = new JsonFactory();
  // Columns only GED has: ACLED names none of them.
  private static final Set<String> GED_COLUMNS = Set.of("relid", "side_a", "side_b", "where_prec", "date_prec",
      "type_of_violence", "best_est", "dyad_name");

  /** What the first bytes say. */
  enum Verdict { FORMAT, EMPTY, UNKNOWN }

  /**
   * What the first bytes of an input are.
   *
   * @param format the format, when the verdict is {@link Verdict#FORMAT}
   */
  record Guess(Verdict verdict, DataFormat format) {
    static final Guess EMPTY = new Guess(Verdict.EMPTY, null);
    static final Guess UNKNOWN = new Guess(Verdict.UNKNOWN, null);

    static Guess of(DataFormat format) {
      return new Guess(Verdict.FORMAT, format);
    }
  }

  private ContentFormat() {}

  /**
   * The format of an input that starts with {@code head[0..length)}.
   *
   * @param hint the format the file's name suggests, or null: it decides only what the bytes leave open (one GeoJSON
   *     object longer than the bytes looked at could be a document or the first of a sequence)
   */
  static Guess of(byte[] head, int length, DataFormat hint) {
    int start = 0;
    if (length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
      start = 3;
    }
    while (start < length && isSpace(head[start])) {
      start++;
    }
    if (start == length) {
      return Guess.EMPTY;
    }
    return switch (head[start]) {
      case 0x1e -> Guess.of(DataFormat.GEOJSONSEQ);
      case '{' -> object(head, start, length, hint);
      case '[' -> array(head, start, length);
      default -> isDelimitedText(head, start, length)
          ? Guess.of(namesGedColumns(head, start, length) ? DataFormat.UCDP_CSV : DataFormat.ACLED_CSV)
          : Guess.UNKNOWN;
    };
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }

  // A CSV header: text (no NUL byte, as UTF-16 or binary files have) whose first line has a delimiter.
  private static boolean isDelimitedText(byte[] head, int start, int length) {
    boolean delimited = false;
    boolean firstLine = true;
    for (int i = start; i < length; i++) {
      byte b = head[i];
      if (b == 0) {
        return false;
      }
      if (b == '\n' || b == '\r') {
        firstLine = false;
      } else if (firstLine && (b == ',' || b == ';' || b == '\t')) {
        delimited = true;
      }
    }
    return delimited;
  }

  // A GED header names relid, or two of GED's other own columns (a pandas re-save adds an unnamed first one).
  private static boolean namesGedColumns(byte[] head, int start, int length) {
    int end = start;
    while (end < length && head[end] != '\n' && head[end] != '\r') {
      end++;
    }
    String header = new String(head, start, end - start, StandardCharsets.UTF_8);
    int named = Arrays.stream(header.split("[,;\t]"))
        .map(h -> h.strip().replace("\"", "").toLowerCase(Locale.ROOT))
        .filter(GED_COLUMNS::contains).mapToInt(h -> h.equals("relid") ? 2 : 1).sum();
    return named >= 2;
  }

  /** The members of the JSON object starting at {@code start}, as far as the bytes go. */
  private record Members(Set<String> names, String type, boolean complete, int end) {}

  private static Members members(byte[] head, int start, int length, int depth) {
    Set<String> names = new HashSet<>();
    String type = null;
    boolean complete = false;
    int end = length;
    try (JsonParser p = JSON.createParser(head, start, length - start)) {
      for (int i = 0; i < depth; i++) {
        p.nextToken();
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        names.add(name);
        JsonToken value = p.nextToken();
        if (name.equals("type") && value == JsonToken.VALUE_STRING) {
          type = p.getText();
        }
        p.skipChildren();
      }
      complete = t == JsonToken.END_OBJECT;
      end = start + (int) p.currentLocation().getByteOffset();
    } catch (IOException e) {
      // The bytes looked at end inside the object, or it is not JSON: decide on what was seen.
    }
    return new Members(names, type, complete, end);
  }

  private static Guess object(byte[] head, int start, int length, DataFormat hint) {
    Members m = members(head, start, length, 1);
    if (m.type() != null && GEOJSON_TYPES.contains(m.type()) || m.names().contains("features")) {
      if (!m.complete()) {
        return Guess.of(hint == DataFormat.GEOJSONSEQ ? DataFormat.GEOJSONSEQ : DataFormat.GEOJSON);
      }
      // One object per line is a newline-delimited sequence: another object follows the first.
      Optional<Byte> next = nextByte(head, m.end(), length);
      return Guess.of(next.filter(b -> b == '{' || b == 0x1e).isPresent() ? DataFormat.GEOJSONSEQ
          : DataFormat.GEOJSON);
    }
    if (m.names().contains("Result") || m.names().contains("TotalCount")) {
      return Guess.of(DataFormat.UCDP_JSON);
    }
    if (m.names().contains("data") || m.names().contains("status") || m.names().contains("success")) {
      return Guess.of(DataFormat.ACLED_JSON);
    }
    return Guess.UNKNOWN;
  }

  private static Optional<Byte> nextByte(byte[] head, int from, int length) {
    for (int i = from; i < length; i++) {
      if (!isSpace(head[i])) {
        return Optional.of(head[i]);
      }
    }
    return Optional.empty();
  }

  // An array of catalogs is the model's JSON (an empty one too: convert writes it for no events); an array of flat
  // rows is the ACLED API's rows without their envelope.
  private static Guess array(byte[] head, int start, int length) {
    Optional<Byte> first = nextByte(head, start + 1, length);
    if (first.isEmpty()) {
      return Guess.UNKNOWN;
    }
    if (first.get() == ']') {
      return Guess.of(DataFormat.JSON);
    }
    if (first.get() != '{') {
      return Guess.UNKNOWN;
    }
    Members m = members(head, start, length, 2);
    if (m.names().stream().anyMatch(CATALOG_MEMBERS::contains)) {
      return Guess.of(DataFormat.JSON);
    }
    if (m.type() != null && GEOJSON_TYPES.contains(m.type())) {
      return Guess.UNKNOWN;
    }
    if (m.names().contains("Result") || m.names().stream().filter(GED_COLUMNS::contains).count() >= 2) {
      return Guess.of(DataFormat.UCDP_JSON);
    }
    return m.names().isEmpty() ? Guess.UNKNOWN : Guess.of(DataFormat.ACLED_JSON);
  }
}
