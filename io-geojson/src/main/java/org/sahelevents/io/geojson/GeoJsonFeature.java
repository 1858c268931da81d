package org.sahelevents.io.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * A GeoJSON Feature: an optional id (a string or a number, kept as it was), an optional geometry (JTS, WGS84,
 * longitude as x), optional properties, and the foreign members it carried. A bare Geometry read at the top of a
 * document comes as a feature marked {@link #isBareGeometry()}.
 *
 * <p>Instances are immutable and thread-safe: properties and geometries are copied in and out.
 */
public final class GeoJsonFeature implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Object id;
  private final Geometry geometry;
  private final ObjectNode properties;
  private final Map<String, JsonNode> foreignMembers;
  private final boolean bareGeometry;

  private GeoJsonFeature(Object id, Geometry geometry, ObjectNode properties, Map<String, JsonNode> foreign,
      boolean bareGeometry) {
    this.id = id;
    this.geometry = geometry == null ? null : geometry.copy();
    this.properties = properties == null ? null : properties.deepCopy();
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    foreign.forEach((k, v) -> copy.put(k, v.deepCopy()));
    this.foreignMembers = Collections.unmodifiableMap(copy);
    this.bareGeometry = bareGeometry;
  }

  // For copies of an instance: its parts are already private copies that nothing mutates, so they are shared.
  private GeoJsonFeature(GeoJsonFeature from, Object id, Map<String, JsonNode> foreign) {
    this.id = id;
    this.geometry = from.geometry;
    this.properties = from.properties;
    this.foreignMembers = foreign;
    this.bareGeometry = false;
  }

  /** A feature with this geometry (or null) and properties (or null), without id. */
  public static GeoJsonFeature of(Geometry geometry, ObjectNode properties) {
    return new GeoJsonFeature(null, geometry, properties, Map.of(), false);
  }

  static GeoJsonFeature read(Object id, Geometry geometry, ObjectNode properties, Map<String, JsonNode> foreign,
      boolean bare) {
    return new GeoJsonFeature(id, geometry, properties, foreign, bare);
  }

  /** A copy with a string id. */
  public GeoJsonFeature withId(String newId) {
    return new GeoJsonFeature(this, Objects.requireNonNull(newId), foreignMembers);
  }

  /** A copy with a numeric id. */
  public GeoJsonFeature withId(BigDecimal newId) {
    return new GeoJsonFeature(this, Objects.requireNonNull(newId), foreignMembers);
  }

  /** A copy with a foreign member added, such as {@code "title"}; it has no GeoJSON meaning. */
  public GeoJsonFeature withForeignMember(String name, JsonNode value) {
    Map<String, JsonNode> foreign = new LinkedHashMap<>(foreignMembers);
    foreign.put(name, value.deepCopy());
    return new GeoJsonFeature(this, id, Collections.unmodifiableMap(foreign));
  }

  /** The id: a {@link String} or a {@link BigDecimal}, as the input wrote it. */
  public Optional<Object> id() {
    return Optional.ofNullable(id);
  }

  /** A copy of the geometry; empty for {@code "geometry": null}. */
  public Optional<Geometry> geometry() {
    return Optional.ofNullable(geometry).map(Geometry::copy);
  }

  /** A copy of the properties; empty for {@code "properties": null}. */
  public Optional<ObjectNode> properties() {
    return Optional.ofNullable(properties).map(ObjectNode::deepCopy);
  }

  // The writer reads these without copying; it never modifies them.
  Geometry geometryRef() {
    return geometry;
  }

  ObjectNode propertiesRef() {
    return properties;
  }

  /** One property, or a missing node. */
  public JsonNode property(String name) {
    return properties == null ? JsonNodeFactory.instance.missingNode() : properties.path(name).deepCopy();
  }

  /** Members that GeoJSON does not define, in input order. */
  public Map<String, JsonNode> foreignMembers() {
    return foreignMembers;
  }

  /** Whether the input held a bare Geometry here rather than a Feature. */
  public boolean isBareGeometry() {
    return bareGeometry;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GeoJsonFeature that && Objects.equals(id, that.id)
        && (geometry == null ? that.geometry == null : that.geometry != null && sameGeometry(geometry, that.geometry))
        && Objects.equals(properties, that.properties) && foreignMembers.equals(that.foreignMembers)
        && bareGeometry == that.bareGeometry;
  }

  // JTS's equalsExact compares two dimensions only; altitudes count here.
  private static boolean sameGeometry(Geometry a, Geometry b) {
    if (!a.equalsExact(b)) {
      return false;
    }
    var ca = a.getCoordinates();
    var cb = b.getCoordinates();
    for (int i = 0; i < ca.length; i++) {
      if (!ca[i].equals3D(cb[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, geometry == null ? null : geometry.toText(), properties, foreignMembers);
  }

  @Override
  public String toString() {
    return "GeoJsonFeature[id=" + id + ", geometry=" + (geometry == null ? null : geometry.getGeometryType())
        + ", properties=" + properties + "]";
  }
}
