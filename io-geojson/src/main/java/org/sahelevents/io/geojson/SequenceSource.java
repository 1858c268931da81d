package org.sahelevents.io.geojson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.json.JsonErrors;

/**
 * The records of a GeoJSON text sequence: RFC 8142 (each record starts with the record separator 0x1E) or
 * newline-delimited GeoJSON ({@code .geojsonl}, one record per line), told apart by the first character. A record may
 * be a Feature, a bare Geometry, or a FeatureCollection (whose features then count as records). A broken record is
 * reported with its number and reading goes on. Not thread-safe.
 */
final class SequenceSource implements FeatureSource {
  static final char RS = '\u001E';

  private final Reader in;
  private final Utf8Reader utf8;
  private final ObjectMapper mapper;
  private final TreeReader trees;
  private final int maxRecordChars;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int limit;
  private Boolean rsMode;
  private long recordNumber;
  private boolean recordTooLong;
  private final Deque<GeoJsonFeature> pending = new ArrayDeque<>();
  private GeoJsonFeature feature;
  private List<DataProblem> problems = new ArrayList<>();

  SequenceSource(Reader in, Utf8Reader utf8, ObjectMapper mapper, TreeReader trees, int maxRecordChars) {
    this.in = in;
    this.utf8 = utf8;
    this.mapper = mapper;
    this.trees = trees;
    this.maxRecordChars = maxRecordChars;
  }

  @Override
  public boolean next() throws IOException {
    problems = new ArrayList<>();
    if (!pending.isEmpty()) {
      feature = pending.poll();
      return true;
    }
    feature = null;
    String text = nextRecord();
    if (text == null) {
      return false;
    }
    trees.start(recordNumber, problems);
    if (recordTooLong) {
      trees.error("", "record longer than " + maxRecordChars + " characters");
      return true;
    }
    if (utf8 != null && utf8.firstMalformedOffset() >= 0 && text.indexOf(Utf8Reader.MALFORMED) >= 0) {
      trees.error("", "not UTF-8: the input has bytes that are not UTF-8, first at byte offset "
          + utf8.firstMalformedOffset() + ", and this record holds some");
      return true;
    }
    JsonNode node;
    try {
      node = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      trees.error("", "malformed JSON: " + JsonErrors.reason(e));
      return true;
    } catch (NumberFormatException e) {
      trees.error("", DocumentSource.unreadableNumber(e));
      return true;
    }
    String type = node == null ? null : trees.type(node, "");
    if (type == null) {
      if (node == null) {
        trees.error("", "empty record");
      }
      return true;
    }
    switch (type) {
      case "Feature" -> feature = trees.feature(node, "");
      case "FeatureCollection" -> expand(node);
      default -> feature = trees.bareGeometry(node, "");
    }
    return true;
  }

  private void expand(JsonNode collection) {
    JsonNode features = collection.get("features");
    if (features == null || !features.isArray()) {
      trees.error("", "a FeatureCollection needs a \"features\" array");
      return;
    }
    trees.forbid(collection, "", "a FeatureCollection", "coordinates", "geometries", "geometry", "properties");
    for (int i = 0; i < features.size() && !trees.hasErrors(); i++) {
      GeoJsonFeature f = trees.feature(features.get(i), "/features/" + i);
      if (f != null) {
        pending.add(f);
      }
    }
    if (trees.hasErrors()) {
      pending.clear();
    } else {
      feature = pending.poll();
    }
  }

  // The next record's text without its separator and line end; null at the end. Blank records are skipped.
  private String nextRecord() throws IOException {
    StringBuilder record = new StringBuilder();
    recordTooLong = false;
    while (true) {
      if (pos >= limit) {
        limit = in.read(buf, 0, buf.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          if (record.toString().isBlank()) {
            return null;
          }
          recordNumber++;
          return record.toString();
        }
      }
      char c = buf[pos++];
      // Java counts the record separator as white space, so test for it first.
      if (rsMode == null && (c == RS || !Character.isWhitespace(c))) {
        rsMode = c == RS;
      }
      boolean end = Boolean.TRUE.equals(rsMode) ? c == RS : c == '\n';
      if (end) {
        if (!record.toString().isBlank()) {
          recordNumber++;
          return record.toString();
        }
        record.setLength(0);
        recordTooLong = false;
      } else if (record.length() < maxRecordChars) {
        record.append(c);
      } else {
        // Past the limit the record is only counted, never buffered, so memory stays bounded.
        recordTooLong = true;
      }
    }
  }

  @Override
  public GeoJsonFeature feature() {
    return feature;
  }

  @Override
  public List<DataProblem> problems() {
    return problems;
  }

  @Override
  public boolean isRecord() {
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
