package org.sahelevents.io.geoparquet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.sahelevents.io.acled.ActorTypeStyle;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.DateStyle;

/**
 * The file metadata of a GeoParquet file: the specification's {@value #GEO} object, and {@value #LAYOUT}, the ACLED
 * layout of the file's cells, which this library writes so that its files read back cell for cell. Stateless and
 * thread-safe.
 */
final class GeoMetadata {
  /** The key of the GeoParquet metadata. */
  static final String GEO = "geo";
  /** The key of the ACLED layout metadata. */
  static final String LAYOUT = "sahel_events:acled_layout";
  /** The version of the specification this library writes. */
  static final String VERSION = "1.1.0";

  /** Writes JSON: the streaming generator, without the set-up of a data binding, which writing does not need. */
  static final JsonFactory JSON_FACTORY = new JsonFactory();

  private GeoMetadata() {}

  /** Reads JSON into trees; in a holder, so that a file is written without setting the data binding up. */
  static final class Reading {
    static final ObjectMapper JSON = new ObjectMapper(JSON_FACTORY);

    private Reading() {}
  }

  /**
   * The {@value #GEO} object of a file whose WKB column {@code column} holds geometries of these types (in the
   * specification's names) within {@code bbox} (xmin, ymin, xmax, ymax; null when no row has a geometry), covered by
   * the struct column {@code covering}. The CRS is left out: it then is OGC:CRS84, longitude before latitude.
   */
  static String geo(String column, List<String> geometryTypes, double[] bbox, String covering) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON_FACTORY.createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("version", VERSION);
      json.writeStringField("primary_column", column);
      json.writeObjectFieldStart("columns");
      json.writeObjectFieldStart(column);
      json.writeStringField("encoding", "WKB");
      json.writeArrayFieldStart("geometry_types");
      for (String type : geometryTypes) {
        json.writeString(type);
      }
      json.writeEndArray();
      if (bbox != null) {
        json.writeArrayFieldStart("bbox");
        for (double d : bbox) {
          json.writeNumber(d);
        }
        json.writeEndArray();
      }
      json.writeObjectFieldStart("covering");
      json.writeObjectFieldStart("bbox");
      for (String field : new String[] {"xmin", "ymin", "xmax", "ymax"}) {
        json.writeArrayFieldStart(field);
        json.writeString(covering);
        json.writeString(field);
        json.writeEndArray();
      }
      // The covering's box, the covering, the column, the columns, the object.
      for (int i = 0; i < 5; i++) {
        json.writeEndObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  static String layout(AcledLayout layout) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON_FACTORY.createGenerator(text)) {
      json.writeStartObject();
      json.writeArrayFieldStart("headers");
      for (String header : layout.headers()) {
        json.writeString(header);
      }
      json.writeEndArray();
      if (layout.hxlTags().isPresent()) {
        json.writeArrayFieldStart("hxl_tags");
        for (String tag : layout.hxlTags().get()) {
          json.writeString(tag);
        }
        json.writeEndArray();
      }
      json.writeStringField("date_style", layout.dateStyle().name());
      json.writeStringField("actor_type_style", layout.actorTypeStyle().name());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** The layout {@link #layout(AcledLayout)} wrote. */
  static AcledLayout layout(String json) throws JsonProcessingException {
    JsonNode node = Reading.JSON.readTree(json);
    List<String> headers = texts(node.path("headers"));
    List<String> hxl = node.has("hxl_tags") ? texts(node.get("hxl_tags")) : null;
    return AcledLayout.of(headers, hxl, DateStyle.valueOf(node.path("date_style").asText()),
        ActorTypeStyle.valueOf(node.path("actor_type_style").asText()));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
