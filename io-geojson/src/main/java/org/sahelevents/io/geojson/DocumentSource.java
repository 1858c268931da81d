package org.sahelevents.io.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.json.JsonErrors;

/**
 * The features of one GeoJSON document, streamed: a FeatureCollection's features are read one at a time, so a
 * collection of millions of features takes the memory of one; a bare Feature or Geometry is one feature. Members of
 * the collection itself are checked when its end is reached. Not thread-safe.
 */
final class DocumentSource implements FeatureSource {
  private enum State { ROOT, FEATURES, DONE }

  private final BoundedParser parser;
  private final Utf8Reader utf8;
  private final ObjectMapper mapper;
  private final TreeReader trees;
  private final ObjectNode root;
  private State state = State.ROOT;
  private int index;
  private GeoJsonFeature feature;
  private List<DataProblem> problems = new ArrayList<>();
  private boolean record;
  private boolean streamed;
  private boolean utf8Reported;

  DocumentSource(Reader in, Utf8Reader utf8, ObjectMapper mapper, TreeReader trees, int maxValueChars)
      throws IOException {
    this.utf8 = utf8;
    this.mapper = mapper;
    this.parser = new BoundedParser(mapper.getFactory().createParser(in), maxValueChars);
    this.trees = trees;
    this.root = mapper.createObjectNode();
  }

  @Override
  public boolean next() throws IOException {
    feature = null;
    problems = new ArrayList<>();
    record = false;
    trees.start(0, problems);
    try {
      boolean more = step();
      if (utf8 != null && !utf8Reported && utf8.firstMalformedOffset() >= 0) {
        utf8Reported = true;
        // A document with bytes that are not UTF-8 is not GeoJSON; it ends here, with the offset of the first.
        feature = null;
        trees.error(parser.getParsingContext().pathAsPointer().toString(), "not UTF-8: byte offset "
            + utf8.firstMalformedOffset() + " starts a sequence that is not UTF-8");
        state = State.DONE;
        return true;
      }
      return more;
    } catch (JsonProcessingException e) {
      // Jackson leaves the location out of some errors, such as an exceeded limit; the parser still knows it.
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      trees.error(parser.getParsingContext().pathAsPointer().toString(), (e instanceof StreamConstraintsException
          ? "over a limit" : "malformed JSON") + " at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": "
          + JsonErrors.reason(e));
      state = State.DONE;
      return true;
    } catch (NumberFormatException e) {
      // A number JSON allows but no decimal can hold, such as 0e3222...2.
      JsonLocation at = parser.currentLocation();
      trees.error(parser.getParsingContext().pathAsPointer().toString(), unreadableNumber(e) + " at line "
          + at.getLineNr() + ", column " + at.getColumnNr());
      state = State.DONE;
      return true;
    }
  }

  /** The reason for a number that cannot be read, without its digits, which may run to the number length limit. */
  static String unreadableNumber(NumberFormatException e) {
    String message = String.valueOf(e.getMessage());
    int reason = message.lastIndexOf("reason:");
    return "a number that cannot be read" + (reason < 0 ? "" : " (" + message.substring(reason + 7).strip() + ")");
  }

  private boolean step() throws IOException {
    switch (state) {
      case DONE:
        return false;
      case FEATURES:
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY) {
          state = State.ROOT;
          return step();
        }
        JsonNode node = bounded();
        record = true;
        feature = trees.feature(node == null ? mapper.nullNode() : node, "/features/" + index++);
        return true;
      default:
        if (parser.currentToken() == null) {
          JsonToken first = parser.nextToken();
          if (first == null) {
            trees.error("", "empty input: expected a GeoJSON object");
            state = State.DONE;
            return true;
          }
          if (first != JsonToken.START_OBJECT) {
            trees.error("", "the top level must be a GeoJSON object, found " + TreeReader.describe(
                mapper.readTree(parser)));
            state = State.DONE;
            return true;
          }
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          String type = root.path("type").asText(null);
          if (name.equals("features") && value == JsonToken.START_ARRAY && !streamed
              && (type == null || type.equals("FeatureCollection"))) {
            streamed = true;
            state = State.FEATURES;
            return step();
          }
          root.set(name, bounded());
        }
        finish();
        state = State.DONE;
        return true;
    }
  }

  // The value at the current token, read into memory no larger than the limit.
  private JsonNode bounded() throws IOException {
    parser.startValue();
    try {
      return mapper.readTree(parser);
    } finally {
      parser.endValue();
    }
  }

  // The end of the top-level object: check what it was, now that all its members are known.
  private void finish() throws IOException {
    if (parser.nextToken() != null) {
      trees.error("", "unexpected content after the GeoJSON object");
    }
    if (streamed) {
      String type = trees.type(root, "");
      if (type != null && !type.equals("FeatureCollection")) {
        trees.error("/features", "a " + type + " must not have a \"features\" member (RFC 7946 section 7.1)");
      }
      collectionMembers();
      return;
    }
    String type = trees.type(root, "");
    if (type == null) {
      return;
    }
    switch (type) {
      case "FeatureCollection" -> {
        JsonNode features = root.get("features");
        trees.error(features == null ? "" : "/features", "a FeatureCollection needs a \"features\" array"
            + (features == null ? "" : ", found " + TreeReader.describe(features)));
      }
      case "Feature" -> {
        record = true;
        feature = trees.feature(root, "");
      }
      default -> {
        record = true;
        feature = trees.bareGeometry(root, "");
      }
    }
  }

  private void collectionMembers() {
    trees.forbid(root, "", "a FeatureCollection", "coordinates", "geometries", "geometry", "properties");
    trees.bbox(root, "");
    trees.crs(root, "");
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
    return record;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
