package org.sahelevents.io.geoparquet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  static final ObjectMapper JSON = new ObjectMapper();

  private GeoMetadata() {}

  /**
   * The {@value #GEO} object of a file whose WKB column {@code column} holds geometries of these types (in the
   * specification's names) within {@code bbox} (xmin, ymin, xmax, ymax; null when no row has a geometry), covered by
   * the struct column {@code covering}. The CRS is left out: it then is OGC:CRS84, longitude before latitude.
   */
  static String geo(String column, List<String> geometryTypes, double[] bbox, String covering) {
    ObjectNode geo = JSON.createObjectNode();
    geo.put("version", VERSION);
    geo.put("primary_column", column);
    ObjectNode meta = geo.putObject("columns").putObject(column);
    meta.put("encoding", "WKB");
    ArrayNode types = meta.putArray("geometry_types");
    geometryTypes.forEach(types::add);
    if (bbox != null) {
      ArrayNode box = meta.putArray("bbox");
      for (double d : bbox) {
        box.add(d);
      }
    }
    ObjectNode coveringBox = meta.putObject("covering").putObject("bbox");
    for (String field : new String[] {"xmin", "ymin", "xmax", "ymax"}) {
      coveringBox.putArray(field).add(covering).add(field);
    }
    return geo.toString();
  }

  static String layout(AcledLayout layout) {
    ObjectNode json = JSON.createObjectNode();
    ArrayNode headers = json.putArray("headers");
    layout.headers().forEach(headers::add);
    layout.hxlTags().ifPresent(tags -> {
      ArrayNode hxl = json.putArray("hxl_tags");
      tags.forEach(hxl::add);
    });
    json.put("date_style", layout.dateStyle().name());
    json.put("actor_type_style", layout.actorTypeStyle().name());
    return json.toString();
  }

  /** The layout {@link #layout(AcledLayout)} wrote. */
  static AcledLayout layout(String json) throws JsonProcessingException {
    JsonNode node = JSON.readTree(json);
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
