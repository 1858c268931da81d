package org.sahelevents.geo;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.PrecisionModel;
import org.sahelevents.core.model.GeoPoint;

/**
 * A named path along a road, in one or more parts, through WGS84 points. Each segment between two given points is
 * taken as the geodesic between them and densified so that consecutive points are at most
 * {@value #DEFAULT_MAX_SPACING_METRES} m apart; then the straight lon/lat segments that GeoJSON draws stay within
 * millimetres of the geodesic, and corridor answers do not depend on how sparsely the path was given. Chainage runs
 * from the start of the first part to the end of the last; gaps between parts add nothing.
 *
 * <p>A route through towns (as in the {@link Gazetteer}) is an approximation of the road, not its real course.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Route implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The largest spacing of densified points by default, in metres. */
  public static final double DEFAULT_MAX_SPACING_METRES = 1000;

  static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

  private final String id;
  private final String name;
  private final List<List<GeoPoint>> parts;
  // The densified path, all parts one after the other: vertex i has lat[i], lon[i] and chainage[i];
  // a segment i -> i + 1 exists unless a new part starts at i + 1; originalSegment[i] is its index in the given path.
  final double[] lat;
  final double[] lon;
  final double[] chainage;
  final boolean[] partStart;
  final int[] originalSegment;
  final int[] partOf;

  private Route(String id, String name, List<List<GeoPoint>> parts, double maxSpacing) {
    this.id = requireText(id, "id");
    this.name = requireText(name, "name");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("route " + id + " has no parts");
    }
    if (!(maxSpacing > 0)) {
      throw new IllegalArgumentException("maxSpacingMetres must be positive, was " + maxSpacing);
    }
    List<List<GeoPoint>> copy = new ArrayList<>();
    List<GeoPoint> dense = new ArrayList<>();
    List<Boolean> starts = new ArrayList<>();
    List<Integer> originals = new ArrayList<>();
    List<Integer> partIndex = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      List<GeoPoint> part = List.copyOf(parts.get(p));
      validate(id, p, part);
      copy.add(part);
      boolean firstOfPart = true;
      for (int i = 0; i + 1 < part.size(); i++) {
        if (part.get(i).equals(part.get(i + 1))) {
          continue;
        }
        List<GeoPoint> along = Geodesics.pointsAlong(part.get(i), part.get(i + 1), maxSpacing);
        for (int k = firstOfPart ? 0 : 1; k < along.size(); k++) {
          dense.add(along.get(k));
          starts.add(firstOfPart && k == 0);
          // The segment that starts at this vertex: the given segment i, or the next one from its last point.
          originals.add(k == along.size() - 1 ? i + 1 : i);
          partIndex.add(p);
        }
        firstOfPart = false;
      }
    }
    this.parts = Collections.unmodifiableList(copy);
    int n = dense.size();
    lat = new double[n];
    lon = new double[n];
    chainage = new double[n];
    partStart = new boolean[n];
    originalSegment = new int[n];
    partOf = new int[n];
    for (int i = 0; i < n; i++) {
      lat[i] = dense.get(i).getLatitude();
      lon[i] = dense.get(i).getLongitude();
      partStart[i] = starts.get(i);
      originalSegment[i] = originals.get(i);
      partOf[i] = partIndex.get(i);
      chainage[i] = i == 0 ? 0 : partStart[i] ? chainage[i - 1]
          : chainage[i - 1] + Geodesics.distanceMetres(dense.get(i - 1), dense.get(i));
    }
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a route needs a non-blank " + what);
    }
    return value;
  }

  private static void validate(String id, int p, List<GeoPoint> part) {
    if (part.stream().distinct().count() < 2) {
      throw new IllegalArgumentException("route " + id + " part " + p + " needs at least 2 distinct points, has "
          + part.stream().distinct().count());
    }
    for (int i = 0; i < part.size(); i++) {
      GeoPoint g = part.get(i);
      if (!Double.isFinite(g.getLatitude()) || !Double.isFinite(g.getLongitude()) || Math.abs(g.getLatitude()) > 90
          || Math.abs(g.getLongitude()) > 180) {
        throw new IllegalArgumentException("route " + id + " part " + p + " point " + i + " is not a WGS84 position: "
            + g);
      }
      if (i > 0 && Math.abs(g.getLongitude() - part.get(i - 1).getLongitude()) > 180) {
        throw new IllegalArgumentException("route " + id + " part " + p + " crosses the antimeridian at point " + i
            + "; split it there");
      }
    }
  }

  /** A route through these points, densified to at most {@value #DEFAULT_MAX_SPACING_METRES} m. */
  public static Route of(String id, String name, List<GeoPoint> path) {
    return new Route(id, name, List.of(path), DEFAULT_MAX_SPACING_METRES);
  }

  /** A route in several parts, densified to at most {@code maxSpacingMetres}. */
  public static Route ofParts(String id, String name, List<List<GeoPoint>> parts, double maxSpacingMetres) {
    return new Route(id, name, parts, maxSpacingMetres);
  }

  /**
   * A route from a JTS LineString or MultiLineString in lon/lat (GeoJSON order), such as one read from a GeoJSON file.
   *
   * @throws IllegalArgumentException for any other geometry
   */
  public static Route fromGeometry(String id, String name, Geometry geometry) {
    List<List<GeoPoint>> parts = new ArrayList<>();
    if (geometry instanceof LineString line) {
      parts.add(points(line));
    } else if (geometry instanceof MultiLineString multi) {
      for (int i = 0; i < multi.getNumGeometries(); i++) {
        parts.add(points((LineString) multi.getGeometryN(i)));
      }
    } else {
      throw new IllegalArgumentException("a route is a LineString or a MultiLineString, not a "
          + (geometry == null ? "missing geometry" : geometry.getGeometryType()));
    }
    return new Route(id, name, parts, DEFAULT_MAX_SPACING_METRES);
  }

  private static List<GeoPoint> points(LineString line) {
    List<GeoPoint> points = new ArrayList<>();
    for (Coordinate c : line.getCoordinates()) {
      points.add(GeoPoint.of(c.getY(), c.getX()));
    }
    return points;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** The points as given, per part. */
  public List<List<GeoPoint>> parts() {
    return parts;
  }

  /** The geodesic length, in metres, of all parts together. */
  public double lengthMetres() {
    return chainage[chainage.length - 1];
  }

  /** The same route in the opposite direction: chainage from the other end, sides swapped. */
  public Route reversed() {
    List<List<GeoPoint>> reversed = new ArrayList<>();
    for (int p = parts.size() - 1; p >= 0; p--) {
      List<GeoPoint> part = new ArrayList<>(parts.get(p));
      Collections.reverse(part);
      reversed.add(part);
    }
    return new Route(id, name, reversed, spacing());
  }

  /** The same route densified to at most {@code maxSpacingMetres}. */
  public Route densified(double maxSpacingMetres) {
    return new Route(id, name, parts, maxSpacingMetres);
  }

  private double spacing() {
    double max = 0;
    for (int i = 1; i < lat.length; i++) {
      if (!partStart[i]) {
        max = Math.max(max, chainage[i] - chainage[i - 1]);
      }
    }
    return Math.max(max * 1.000001, 1e-3);
  }

  /** The densified path as lon/lat lines (GeoJSON order), one per part. */
  public Geometry toGeometry() {
    List<LineString> lines = new ArrayList<>();
    List<Coordinate> current = new ArrayList<>();
    for (int i = 0; i < lat.length; i++) {
      if (partStart[i] && !current.isEmpty()) {
        lines.add(WGS84.createLineString(current.toArray(Coordinate[]::new)));
        current.clear();
      }
      current.add(new Coordinate(lon[i], lat[i]));
    }
    lines.add(WGS84.createLineString(current.toArray(Coordinate[]::new)));
    return lines.size() == 1 ? lines.get(0) : WGS84.createMultiLineString(lines.toArray(LineString[]::new));
  }

  int vertexCount() {
    return lat.length;
  }

  GeoPoint vertex(int i) {
    return GeoPoint.of(lat[i], lon[i]);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Route that && id.equals(that.id) && name.equals(that.name) && parts.equals(that.parts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, parts);
  }

  @Override
  public String toString() {
    return "Route[" + id + ", " + name + ", " + Math.round(lengthMetres()) + " m]";
  }
}
