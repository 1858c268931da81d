package org.sahelevents.io.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes JTS geometries as RFC 7946 geometry objects: longitude first, coordinates rounded to a fixed number of
 * decimals and written without exponent, consecutive positions that rounding made equal written once, exterior rings
 * counter-clockwise and holes clockwise (decided on the rounded coordinates), bounds tracked as written. Not
 * thread-safe.
 */
final class GeometryWriter {
  private static final long[] POW = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
      1_000_000_000};

  /** A geometry that has no valid GeoJSON form at the writer's precision. */
  static final class Unwritable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unwritable(String message) {
      super(message);
    }
  }

  private final int precision;
  private final double scale;
  final double[] bounds = new double[6];
  boolean hasBounds;
  boolean hasZ;

  GeometryWriter(int precision) {
    this.precision = precision;
    this.scale = POW[precision];
  }

  void resetBounds() {
    hasBounds = false;
    hasZ = false;
  }

  void write(JsonGenerator g, Geometry geometry) throws IOException {
    if (geometry != prepared) {
      prepare(geometry);
    }
    if (prepared != null) {
      g.writeRawValue(point, 0, pointLength);
      takePoint();
      return;
    }
    g.writeStartObject();
    g.writeStringField("type", geometry.getGeometryType());
    if (geometry instanceof GeometryCollection && !(geometry instanceof MultiPoint)
        && !(geometry instanceof MultiLineString) && !(geometry instanceof MultiPolygon)) {
      g.writeArrayFieldStart("geometries");
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        write(g, geometry.getGeometryN(i));
      }
      g.writeEndArray();
    } else {
      g.writeFieldName("coordinates");
      coordinates(g, geometry);
    }
    g.writeEndObject();
  }

  private void coordinates(JsonGenerator g, Geometry geometry) throws IOException {
    if (geometry instanceof Point p) {
      if (p.isEmpty()) {
        g.writeStartArray();
        g.writeEndArray();
      } else {
        position(g, round(p.getCoordinate()));
      }
    } else if (geometry instanceof LineString line) {
      positions(g, line(line.getCoordinates()));
    } else if (geometry instanceof Polygon polygon) {
      polygon(g, polygon);
    } else {
      g.writeStartArray();
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        coordinates(g, geometry.getGeometryN(i));
      }
      g.writeEndArray();
    }
  }

  private void polygon(JsonGenerator g, Polygon polygon) throws IOException {
    g.writeStartArray();
    if (!polygon.isEmpty()) {
      positions(g, ring(polygon.getExteriorRing().getCoordinates(), true));
      for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
        positions(g, ring(polygon.getInteriorRingN(i).getCoordinates(), false));
      }
    }
    g.writeEndArray();
  }

  private List<Coordinate> line(Coordinate[] raw) {
    List<Coordinate> out = dedupe(raw);
    if (out.size() == 1 && raw.length > 1) {
      out.add(out.get(0));
    }
    return out;
  }

  private List<Coordinate> ring(Coordinate[] raw, boolean exterior) {
    List<Coordinate> out = dedupe(raw);
    if (out.size() < 4) {
      throw new Unwritable("a ring collapses to " + out.size() + " positions when rounded to "
          + precision + " decimals");
    }
    Coordinate[] array = out.toArray(Coordinate[]::new);
    if (Orientation.isCCW(array) != exterior) {
      java.util.Collections.reverse(out);
    }
    return out;
  }

  private List<Coordinate> dedupe(Coordinate[] raw) {
    List<Coordinate> out = new ArrayList<>(raw.length);
    for (Coordinate c : raw) {
      Coordinate r = round(c);
      if (out.isEmpty() || !out.get(out.size() - 1).equals3D(r)) {
        out.add(r);
      }
    }
    return out;
  }

  private Coordinate round(Coordinate c) {
    double x = Math.round(c.getX() * scale) / scale;
    double y = Math.round(c.getY() * scale) / scale;
    return Double.isNaN(c.getZ()) ? new Coordinate(x, y) : new Coordinate(x, y, Math.round(c.getZ() * scale) / scale);
  }

  private void positions(JsonGenerator g, List<Coordinate> coordinates) throws IOException {
    g.writeStartArray();
    for (Coordinate c : coordinates) {
      position(g, c);
    }
    g.writeEndArray();
  }

  private void position(JsonGenerator g, Coordinate c) throws IOException {
    if (!Double.isFinite(c.getX()) || !Double.isFinite(c.getY())) {
      throw new Unwritable("a coordinate is not a finite number: " + c);
    }
    g.writeStartArray();
    g.writeNumber(format(c.getX()));
    g.writeNumber(format(c.getY()));
    boolean z = !Double.isNaN(c.getZ());
    if (z) {
      g.writeNumber(format(c.getZ()));
    }
    g.writeEndArray();
    extend(c, z);
  }

  private void extend(Coordinate c, boolean z) {
    if (!hasBounds) {
      bounds[0] = bounds[3] = c.getX();
      bounds[1] = bounds[4] = c.getY();
      bounds[2] = bounds[5] = z ? c.getZ() : 0;
      hasBounds = true;
      hasZ = z;
      return;
    }
    bounds[0] = Math.min(bounds[0], c.getX());
    bounds[1] = Math.min(bounds[1], c.getY());
    bounds[3] = Math.max(bounds[3], c.getX());
    bounds[4] = Math.max(bounds[4], c.getY());
    if (z) {
      bounds[2] = hasZ ? Math.min(bounds[2], c.getZ()) : c.getZ();
      bounds[5] = hasZ ? Math.max(bounds[5], c.getZ()) : c.getZ();
      hasZ = true;
    }
  }

  // Points are most features (one per incident): their JSON is assembled in a reused buffer and written as one raw
  // value, which is cheaper per point and less code to compile than a call per token.
  private static final char[] POINT_START = "{\"type\":\"Point\",\"coordinates\":[".toCharArray();
  private final char[] point = new char[POINT_START.length + 2 * 32 + 3];
  private final char[] number = new char[32];

  private Geometry prepared;
  private int pointLength;
  private double pointX;
  private double pointY;

  /**
   * Formats a two-dimensional point ahead of writing it, so that a coordinate that cannot be written is reported
   * before anything of its feature is written. Other geometries are checked as they are written.
   *
   * @throws Unwritable if a coordinate is not finite or too large for the precision
   */
  void prepare(Geometry geometry) {
    prepared = null;
    if (!(geometry instanceof Point p) || p.isEmpty() || !Double.isNaN(p.getCoordinate().getZ())) {
      return;
    }
    double x = p.getX();
    double y = p.getY();
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new Unwritable("a coordinate is not a finite number: (" + x + ", " + y + ")");
    }
    pointX = Math.round(x * scale) / scale;
    pointY = Math.round(y * scale) / scale;
    System.arraycopy(POINT_START, 0, point, 0, POINT_START.length);
    int end = append(pointX, point, POINT_START.length);
    point[end++] = ',';
    end = append(pointY, point, end);
    point[end++] = ']';
    point[end++] = '}';
    pointLength = end;
    prepared = geometry;
  }

  /** Whether the last geometry prepared is a point whose JSON {@link #pointJson} holds. */
  boolean hasPreparedPoint() {
    return prepared != null;
  }

  /** The JSON of the prepared point, up to {@link #pointJsonLength}. */
  char[] pointJson() {
    return point;
  }

  int pointJsonLength() {
    return pointLength;
  }

  /** Counts the prepared point as written, in the bounds. */
  void takePoint() {
    prepared = null;
    extend(new Coordinate(pointX, pointY), false);
  }

  /** A rounded value in plain decimal notation, without trailing zeros: 12.60915, -8, 0.000001. */
  String format(double value) {
    return new String(number, 0, append(value, number, 0));
  }

  // Writes format(value) into out from offset at, returning where it ends.
  private int append(double value, char[] out, int offset) {
    if (Math.abs(value * scale) >= 0x1p63) {
      // Math.round would saturate and write another number.
      throw new Unwritable("a coordinate is too large to write at " + precision + " decimals: " + value);
    }
    long scaled = Math.round(value * scale);
    long abs = Math.abs(scaled);
    long whole = abs / POW[precision];
    long fraction = abs % POW[precision];
    char[] digits = this.digits;
    int at = digits.length;
    if (fraction != 0) {
      int places = precision;
      // Trailing zeros of the fraction are left out.
      while (fraction % 10 == 0) {
        fraction /= 10;
        places--;
      }
      for (int i = 0; i < places; i++) {
        digits[--at] = (char) ('0' + fraction % 10);
        fraction /= 10;
      }
      digits[--at] = '.';
    }
    do {
      digits[--at] = (char) ('0' + whole % 10);
      whole /= 10;
    } while (whole != 0);
    if (scaled < 0) {
      digits[--at] = '-';
    }
    int length = digits.length - at;
    System.arraycopy(digits, at, out, offset, length);
    return offset + length;
  }

  // Numbers are formatted from their last digit backwards here, then copied into place.
  private final char[] digits = new char[32];

  /** Writes the tracked bounds as a {@code bbox} member: west, south, (min altitude,) east, north (, max altitude). */
  void writeBbox(JsonGenerator g, double[] box, boolean z) throws IOException {
    g.writeArrayFieldStart("bbox");
    g.writeNumber(format(box[0]));
    g.writeNumber(format(box[1]));
    if (z) {
      g.writeNumber(format(box[2]));
    }
    g.writeNumber(format(box[3]));
    g.writeNumber(format(box[4]));
    if (z) {
      g.writeNumber(format(box[5]));
    }
    g.writeEndArray();
  }
}
