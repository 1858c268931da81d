package org.sahelevents.io.acled.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.sahelevents.core.validation.Severity;
import org.sahelevents.io.acled.RowNote;
import org.sahelevents.io.acled.SourceRows;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonException;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;
import org.sahelevents.io.geojson.RecordSeparator;

/**
 * The flat properties of features as rows of text, for the ACLED reader: numbers in plain notation, {@code null} as
 * an empty cell, an object or array as its JSON text (which then fails as any cell would), and the model in
 * {@value IncidentFeatures#EVENT} left out. The geometry is the truth: {@code latitude} and {@code longitude} come
 * from a feature's point, keeping the properties' digits where they agree with it to the point's written precision,
 * and a warning says so where they do not (the point was moved, in QGIS say); a geometry other than a point is an
 * error. A rejected row's original text is its feature's JSON. Closing the rows closes the features when they can be
 * closed. Not thread-safe.
 */
final class FeatureRows implements SourceRows, Closeable {
  private static final GeoJsonWriter ONE_FEATURE = GeoJson.sequenceWriter().separator(RecordSeparator.LF)
      .precision(9).build();

  private final Iterator<GeoJsonFeature> features;
  private GeoJsonFeature current;
  private List<RowNote> notes = List.of();

  FeatureRows(Iterator<GeoJsonFeature> features) {
    this.features = features;
  }

  @Override
  public boolean hasNext() {
    return features.hasNext();
  }

  @Override
  public Map<String, String> next() {
    current = features.next();
    notes = List.of();
    Map<String, String> row = new LinkedHashMap<>();
    current.properties().ifPresent(p -> p.fields().forEachRemaining(e -> {
      if (!e.getKey().equals(IncidentFeatures.EVENT)) {
        row.put(e.getKey(), text(e.getValue()));
      }
    }));
    current.geometry().ifPresent(geometry -> placeAt(geometry, row));
    return row;
  }

  private void placeAt(Geometry geometry, Map<String, String> row) {
    if (!(geometry instanceof Point point) || point.isEmpty()) {
      notes = List.of(new RowNote("latitude", null, "the feature's geometry is a " + geometry.getGeometryType()
          + ", not a point: an ACLED row is at one point", Severity.ERROR));
      return;
    }
    List<RowNote> found = new ArrayList<>(0);
    coordinate(row, "latitude", point.getY(), found);
    coordinate(row, "longitude", point.getX(), found);
    notes = found;
  }

  // The point's coordinate, in the properties' digits when they say the same to the point's precision.
  private static void coordinate(Map<String, String> row, String column, double fromPoint, List<RowNote> notes) {
    BigDecimal point = BigDecimal.valueOf(fromPoint);
    String property = row.get(column);
    if (property != null) {
      try {
        BigDecimal stated = new BigDecimal(property.strip());
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(point.scale(), 0)).divide(BigDecimal.valueOf(2));
        if (stated.subtract(point).abs().compareTo(tolerance) <= 0) {
          return;
        }
        notes.add(new RowNote(column, property, "differs from the feature's point (" + point.toPlainString()
            + "), which is used: the point was moved, or the properties were edited", Severity.WARNING));
      } catch (NumberFormatException notANumber) {
        // The point is the truth; the property was not a number anyway.
      }
    }
    row.put(column, point.toPlainString());
  }

  @Override
  public List<RowNote> notes() {
    return notes;
  }

  /**
   * The feature returned last, as GeoJSON: its geometry as the writer writes it, and its properties as they were,
   * numbers that no plain notation can hold included.
   */
  @Override
  public String text() {
    if (current == null) {
      return null;
    }
    String properties = current.properties().map(Object::toString).orElse("null");
    GeoJsonFeature frame = GeoJsonFeature.of(current.geometry().orElse(null), null);
    Object id = current.id().orElse(null);
    frame = id instanceof BigDecimal n ? frame.withId(n) : id != null ? frame.withId(id.toString()) : frame;
    for (Map.Entry<String, JsonNode> member : current.foreignMembers().entrySet()) {
      frame = frame.withForeignMember(member.getKey(), member.getValue());
    }
    StringWriter json = new StringWriter();
    try (GeoJsonWriter.Output out = ONE_FEATURE.open(json)) {
      out.write(frame);
    } catch (GeoJsonException unwritable) {
      // A geometry the reader took but no writer can round: the properties still say everything ACLED had.
      return "{\"type\":\"Feature\",\"properties\":" + properties + "}";
    }
    String written = json.toString().strip();
    int at = written.lastIndexOf(PROPERTIES_NULL);
    return written.substring(0, at) + "\"properties\":" + properties + written.substring(at + PROPERTIES_NULL.length());
  }

  private static final String PROPERTIES_NULL = "\"properties\":null";

  @Override
  public void close() throws IOException {
    if (features instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
  }

  static String text(JsonNode value) {
    if (value.isNull()) {
      return "";
    }
    if (value.isBigDecimal()) {
      // Plain notation, except for exponents no ACLED column needs, which plain notation would spell in millions
      // of digits; such a cell then fails as a number with its text shown.
      BigDecimal number = value.decimalValue();
      return Math.abs(number.scale()) <= 1000 ? number.toPlainString() : number.toString();
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
