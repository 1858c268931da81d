package org.sahelevents.io.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;

/**
 * Checks one GeoJSON object (a parsed tree) against RFC 7946 and builds its JTS geometry, reporting each problem with
 * its JSON pointer. Not thread-safe: one per input.
 */
final class TreeReader {
  static final Set<String> GEOMETRY_TYPES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon",
      "MultiPolygon", "GeometryCollection");
  private static final Set<String> ALL_TYPES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString",
      "Polygon", "MultiPolygon", "GeometryCollection", "Feature", "FeatureCollection");
  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

  private final String source;
  private final CoordinatePolicy coordinates;
  private final CrsPolicy crs;
  private final int maxCoordinates;
  private long record;
  private List<DataProblem> problems;
  private int coordinateCount;

  TreeReader(String source, CoordinatePolicy coordinates, CrsPolicy crs, int maxCoordinates) {
    this.source = source;
    this.coordinates = coordinates;
    this.crs = crs;
    this.maxCoordinates = maxCoordinates;
  }

  /**
   * Starts a new object (a feature, a record); problems go to {@code sink}.
   *
   * @param recordNumber the 1-based number of a text sequence's record, or 0 in a document, whose pointers start at
   *     the top of the text
   */
  void start(long recordNumber, List<DataProblem> sink) {
    this.record = recordNumber;
    this.problems = sink;
  }

  void error(String pointer, String message) {
    problems.add(DataProblem.error(source, location(pointer), message));
  }

  void warning(String pointer, String message) {
    problems.add(DataProblem.warning(source, location(pointer), message));
  }

  private DataLocation location(String pointer) {
    return record > 0 ? DataLocation.inRecord(record, pointer) : DataLocation.atPointer(pointer);
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(DataProblem::isError);
  }

  /** The object's {@code type}, or null after reporting why there is none. */
  String type(JsonNode node, String pointer) {
    if (!node.isObject()) {
      error(pointer, "expected a GeoJSON object, found " + describe(node));
      return null;
    }
    JsonNode type = node.get("type");
    if (type == null) {
      error(pointer, "missing \"type\" member");
      return null;
    }
    if (!type.isTextual()) {
      error(pointer + "/type", "\"type\" must be a string, found " + describe(type));
      return null;
    }
    String name = type.asText();
    if (!ALL_TYPES.contains(name)) {
      String hint = ALL_TYPES.stream().filter(t -> t.equalsIgnoreCase(name)).findFirst()
          .map(t -> " (types are case-sensitive: \"" + t + "\")").orElse("");
      error(pointer + "/type", "unknown type \"" + name + "\"" + hint);
      return null;
    }
    return name;
  }

  /** Reads a Feature object; null when it has errors. */
  GeoJsonFeature feature(JsonNode node, String pointer) {
    coordinateCount = 0;
    String type = type(node, pointer);
    if (type == null) {
      return null;
    }
    if (!type.equals("Feature")) {
      error(pointer + "/type", "expected \"Feature\", found \"" + type + "\"");
      return null;
    }
    forbid(node, pointer, "a Feature", "coordinates", "geometries", "features");
    bbox(node, pointer);
    crs(node, pointer);
    Object id = null;
    JsonNode idNode = node.get("id");
    if (idNode != null) {
      if (idNode.isTextual()) {
        id = idNode.asText();
      } else if (idNode.isNumber()) {
        id = idNode.decimalValue();
      } else {
        error(pointer + "/id", "\"id\" must be a string or a number, found " + describe(idNode));
      }
    }
    Geometry geometry = null;
    JsonNode g = node.get("geometry");
    if (g == null) {
      error(pointer, "a Feature needs a \"geometry\" member (null when it has no location)");
    } else if (g.isObject()) {
      geometry = geometry(g, pointer + "/geometry");
    } else if (!g.isNull()) {
      error(pointer + "/geometry", "\"geometry\" must be an object or null, found " + describe(g));
    }
    ObjectNode properties = null;
    JsonNode p = node.get("properties");
    if (p == null) {
      error(pointer, "a Feature needs a \"properties\" member (null when it has none)");
    } else if (p.isObject()) {
      properties = (ObjectNode) p;
    } else if (!p.isNull()) {
      error(pointer + "/properties", "\"properties\" must be an object or null, found " + describe(p));
    }
    if (hasErrors()) {
      return null;
    }
    return GeoJsonFeature.read(id, geometry, properties, foreign(node, "type", "id", "geometry", "properties",
        "bbox"), false);
  }

  /** Reads a bare Geometry object as a feature; null when it has errors. */
  GeoJsonFeature bareGeometry(JsonNode node, String pointer) {
    coordinateCount = 0;
    Geometry g = geometry(node, pointer);
    return hasErrors() ? null : GeoJsonFeature.read(null, g, null, foreign(node, "type", "coordinates",
        "geometries", "bbox"), true);
  }

  Map<String, JsonNode> foreign(JsonNode node, String... known) {
    Map<String, JsonNode> foreign = new LinkedHashMap<>();
    Set<String> skip = Set.of(known);
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (!skip.contains(f.getKey())) {
        foreign.put(f.getKey(), f.getValue());
      }
    }
    return foreign;
  }

  /** Reports members that would change the meaning of an object (RFC 7946 section 7.1). */
  void forbid(JsonNode node, String pointer, String what, String... members) {
    for (String member : members) {
      if (node.has(member)) {
        error(pointer + "/" + member, what + " must not have a \"" + member + "\" member (RFC 7946 section 7.1)");
      }
    }
  }

  /** Checks a {@code bbox} member: 4 or 6 numbers, latitudes within [-90, 90]. */
  void bbox(JsonNode node, String pointer) {
    JsonNode bbox = node.get("bbox");
    if (bbox == null) {
      return;
    }
    if (!bbox.isArray() || (bbox.size() != 4 && bbox.size() != 6)) {
      error(pointer + "/bbox", "\"bbox\" must be an array of 4 or 6 numbers, found " + describe(bbox));
      return;
    }
    for (int i = 0; i < bbox.size(); i++) {
      if (!bbox.get(i).isNumber()) {
        error(pointer + "/bbox/" + i, "\"bbox\" values must be numbers, found " + describe(bbox.get(i)));
        return;
      }
    }
    int n = bbox.size() / 2;
    if (Math.abs(bbox.get(1).asDouble()) > 90 || Math.abs(bbox.get(1 + n).asDouble()) > 90) {
      error(pointer + "/bbox", "\"bbox\" latitudes must be within [-90, 90]");
    }
  }

  /** Applies the {@link CrsPolicy} to a {@code crs} member. */
  void crs(JsonNode node, String pointer) {
    JsonNode c = node.get("crs");
    if (c == null) {
      return;
    }
    String name = c.path("properties").path("name").asText("");
    boolean wgs84 = name.endsWith("CRS84") || name.endsWith("4326");
    if (crs == CrsPolicy.REJECT_NON_WGS84 && !wgs84) {
      error(pointer + "/crs", "\"crs\" names " + (name.isEmpty() ? "no known system" : name) + "; RFC 7946 "
          + "coordinates are WGS84 longitude and latitude, and this file's would be misread");
    } else {
      warning(pointer + "/crs", "\"crs\" is not part of RFC 7946 and is ignored; coordinates are read as WGS84");
    }
  }

  /** Reads a Geometry object; null when it has errors. */
  Geometry geometry(JsonNode node, String pointer) {
    String type = type(node, pointer);
    if (type == null) {
      return null;
    }
    if (!GEOMETRY_TYPES.contains(type)) {
      error(pointer + "/type", "expected a geometry type, found \"" + type + "\"");
      return null;
    }
    forbid(node, pointer, "a geometry", "geometry", "properties", "features");
    bbox(node, pointer);
    crs(node, pointer);
    if (type.equals("GeometryCollection")) {
      JsonNode parts = node.get("geometries");
      if (parts == null || !parts.isArray()) {
        error(pointer + (parts == null ? "" : "/geometries"), "a GeometryCollection needs a \"geometries\" array");
        return null;
      }
      Geometry[] geometries = new Geometry[parts.size()];
      for (int i = 0; i < parts.size(); i++) {
        geometries[i] = geometry(parts.get(i), pointer + "/geometries/" + i);
      }
      return hasErrors() ? null : WGS84.createGeometryCollection(geometries);
    }
    forbid(node, pointer, "a " + type, "geometries");
    JsonNode c = node.get("coordinates");
    if (c == null) {
      error(pointer, "a " + type + " needs a \"coordinates\" member");
      return null;
    }
    String at = pointer + "/coordinates";
    if (!c.isArray()) {
      error(at, "\"coordinates\" must be an array, found " + describe(c));
      return null;
    }
    try {
      return switch (type) {
        case "Point" -> c.isEmpty() ? WGS84.createPoint() : WGS84.createPoint(position(c, at));
        case "MultiPoint" -> WGS84.createMultiPoint(points(c, at));
        case "LineString" -> line(c, at);
        case "MultiLineString" -> WGS84.createMultiLineString(array(c, at, "line").stream()
            .map(e -> line(e.node, e.pointer)).toArray(LineString[]::new));
        case "Polygon" -> polygon(c, at);
        default -> WGS84.createMultiPolygon(array(c, at, "polygon").stream()
            .map(e -> polygon(e.node, e.pointer)).toArray(Polygon[]::new));
      };
    } catch (Invalid e) {
      return null;
    }
  }

  private record Element(JsonNode node, String pointer) {}

  // Thrown after reporting an error, to abandon the geometry being built.
  private static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Invalid() {
      super(null, null, false, false);
    }
  }

  private Invalid invalid(String pointer, String message) {
    error(pointer, message);
    return new Invalid();
  }

  private List<Element> array(JsonNode node, String pointer, String of) {
    if (!node.isArray()) {
      throw invalid(pointer, "expected an array of " + of + " coordinates, found " + describe(node));
    }
    List<Element> elements = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      elements.add(new Element(node.get(i), pointer + "/" + i));
    }
    return elements;
  }

  private Point[] points(JsonNode node, String pointer) {
    return array(node, pointer, "point").stream().map(e -> WGS84.createPoint(position(e.node, e.pointer)))
        .toArray(Point[]::new);
  }

  private Coordinate[] positions(JsonNode node, String pointer, String of) {
    return array(node, pointer, of).stream().map(e -> position(e.node, e.pointer)).toArray(Coordinate[]::new);
  }

  private LineString line(JsonNode node, String pointer) {
    Coordinate[] coordinates = positions(node, pointer, "position");
    if (coordinates.length == 1) {
      throw invalid(pointer, "a LineString needs at least 2 positions, found 1");
    }
    return WGS84.createLineString(coordinates);
  }

  private Polygon polygon(JsonNode node, String pointer) {
    List<Element> rings = array(node, pointer, "ring");
    if (rings.isEmpty()) {
      return WGS84.createPolygon();
    }
    LinearRing[] built = new LinearRing[rings.size()];
    for (int i = 0; i < rings.size(); i++) {
      Element ring = rings.get(i);
      Coordinate[] c = positions(ring.node, ring.pointer, "position");
      if (c.length < 4) {
        throw invalid(ring.pointer, "a linear ring needs at least 4 positions, found " + c.length);
      }
      JsonNode first = ring.node.get(0);
      JsonNode last = ring.node.get(ring.node.size() - 1);
      if (!samePosition(first, last)) {
        throw invalid(ring.pointer, "a linear ring must be closed: its last position " + last
            + " differs from its first " + first);
      }
      built[i] = WGS84.createLinearRing(c);
      boolean ccw = Orientation.isCCW(c);
      if (i == 0 && !ccw) {
        warning(ring.pointer, "the exterior ring is clockwise; RFC 7946 asks for counter-clockwise (accepted, and "
            + "written counter-clockwise)");
      } else if (i > 0 && ccw) {
        warning(ring.pointer, "a hole is counter-clockwise; RFC 7946 asks for clockwise (accepted, and written "
            + "clockwise)");
      }
    }
    LinearRing[] holes = new LinearRing[built.length - 1];
    System.arraycopy(built, 1, holes, 0, holes.length);
    return WGS84.createPolygon(built[0], holes);
  }

  // RFC 7946 wants identical first and last positions: every axis counts, so [100,0] and [100,0,4.9] differ.
  private static boolean samePosition(JsonNode a, JsonNode b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).decimalValue().compareTo(b.get(i).decimalValue()) != 0) {
        return false;
      }
    }
    return true;
  }

  private Coordinate position(JsonNode node, String pointer) {
    if (!node.isArray()) {
      throw invalid(pointer, "expected a position (an array of numbers), found " + describe(node));
    }
    if (node.size() < 2) {
      throw invalid(pointer, "a position needs at least 2 numbers (longitude, latitude), found " + node.size());
    }
    for (int i = 0; i < node.size(); i++) {
      if (!node.get(i).isNumber()) {
        throw invalid(pointer + "/" + i, "a position holds numbers, found " + describe(node.get(i)));
      }
    }
    if (++coordinateCount > maxCoordinates) {
      throw invalid(pointer, "more than " + maxCoordinates + " positions in one feature");
    }
    if (node.size() > 3) {
      warning(pointer, "a position has " + node.size() + " numbers; the ones after altitude are ignored");
    }
    double lon = node.get(0).asDouble();
    double lat = node.get(1).asDouble();
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      String message = (lon < -180 || lon > 180 ? "longitude " + node.get(0) : "latitude " + node.get(1))
          + " is out of range (longitude [-180, 180], latitude [-90, 90])";
      if (coordinates == CoordinatePolicy.REJECT) {
        throw invalid(pointer, message);
      }
      warning(pointer, message);
    }
    return node.size() >= 3 ? new Coordinate(lon, lat, node.get(2).asDouble()) : new Coordinate(lon, lat);
  }

  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array of " + node.size();
    }
    if (node.isTextual()) {
      return "the string \"" + node.asText() + "\"";
    }
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + node;
  }
}
