package org.sahelevents.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The light base layer both maps draw instead of web tiles: the country borders of West Africa, its main rivers (the
 * Niger, the Senegal) and lakes, from Natural Earth's 1:50m data (public domain), derived once by
 * {@code cli/tools/derive-base-layer.mjs} into the resource {@value #RESOURCE}. Immutable and thread-safe.
 */
final class BaseLayer {
  static final String RESOURCE = "west-africa-base.geojson";
  /** What the maps say the layer comes from. */
  static final String ATTRIBUTION = "Borders, rivers and lakes: Natural Earth (public domain)";

  /** What a shape of the layer is. */
  enum Kind { COUNTRY, RIVER, LAKE }

  /**
   * One shape: a country or lake as rings, a river as lines, each a list of {@code [longitude, latitude]} points.
   */
  record Shape(Kind kind, String name, List<double[][]> parts) {
    Shape {
      parts = List.copyOf(parts);
    }
  }

  private static final BaseLayer INSTANCE = load();

  private final JsonNode geoJson;
  private final List<Shape> shapes;

  private BaseLayer(JsonNode geoJson, List<Shape> shapes) {
    this.geoJson = geoJson;
    this.shapes = List.copyOf(shapes);
  }

  /** The layer, read once from the tool's resources. */
  static BaseLayer westAfrica() {
    return INSTANCE;
  }

  /** The layer as GeoJSON, with {@code kind} and {@code name} properties; the caller must not change it. */
  JsonNode geoJson() {
    return geoJson;
  }

  /** Its shapes, countries first, then rivers and lakes. */
  List<Shape> shapes() {
    return shapes;
  }

  private static BaseLayer load() {
    try (InputStream in = BaseLayer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the tool's resource " + RESOURCE + " is missing from its jar");
      }
      JsonNode root = JsonMapper.builder().build().readTree(in);
      List<Shape> shapes = new ArrayList<>();
      for (JsonNode feature : root.get("features")) {
        Kind kind = Kind.valueOf(feature.get("properties").get("kind").asText().toUpperCase(java.util.Locale.ROOT));
        List<double[][]> parts = new ArrayList<>();
        JsonNode coordinates = feature.get("geometry").get("coordinates");
        if (kind == Kind.RIVER) {
          coordinates.forEach(line -> parts.add(points(line)));
        } else {
          coordinates.forEach(polygon -> polygon.forEach(ring -> parts.add(points(ring))));
        }
        shapes.add(new Shape(kind, feature.get("properties").get("name").asText(), parts));
      }
      return new BaseLayer(root, shapes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double[][] points(JsonNode line) {
    double[][] points = new double[line.size()][];
    for (int i = 0; i < line.size(); i++) {
      points[i] = new double[] {line.get(i).get(0).asDouble(), line.get(i).get(1).asDouble()};
    }
    return points;
  }
}
