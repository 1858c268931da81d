package org.sahelevents.geo;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;
import org.sahelevents.core.model.GeoPoint;

/**
 * A route and a half-width in metres: the band a blockade watcher looks at ("within 10 km of the RN6"). For any point
 * it gives the point's {@link RoutePosition}: distance to the route, chainage from the start, distance to the end,
 * side, nearest point, and whether the point lies beyond an end. A point is inside when its distance to the route is
 * at most the half-width, ends included (round caps, as PostGIS {@code ST_DWithin}).
 *
 * <p>Distances and chainages are metre-true: candidate segments are found with a spatial index, then each is measured
 * in an azimuthal equidistant projection centred on the point itself (exact for distances from its centre) over the
 * route's densified segments (at most a kilometre long), which agrees with a brute-force geodesic search to
 * centimetres for routes up to 1,500 km. {@link #toPolygon()} is for display only.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Corridor implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Route route;
  private final double halfWidth;
  private final transient STRtree segments;
  // The cosine of each segment's mid latitude, for the cheap distance of nearSegment: within a few tens of kilometres
  // it differs from the point's own by far less than that test's margin.
  private final transient double[] segmentCos;

  private Corridor(Route route, double halfWidthMetres) {
    this.route = Objects.requireNonNull(route, "route");
    if (!(halfWidthMetres > 0) || Double.isInfinite(halfWidthMetres)) {
      throw new IllegalArgumentException("a corridor's half-width must be a positive number of metres, was "
          + halfWidthMetres);
    }
    this.halfWidth = halfWidthMetres;
    this.segments = index(route);
    this.segmentCos = new double[Math.max(0, route.vertexCount() - 1)];
    for (int i = 0; i < segmentCos.length; i++) {
      segmentCos[i] = Math.cos(Math.toRadians((route.lat[i] + route.lat[i + 1]) / 2));
    }
  }

  /**
   * The corridor of a route.
   *
   * @throws IllegalArgumentException if the half-width is zero, negative, infinite or NaN
   */
  public static Corridor of(Route route, double halfWidthMetres) {
    return new Corridor(route, halfWidthMetres);
  }

  private static STRtree index(Route route) {
    STRtree tree = new STRtree();
    for (int i = 0; i + 1 < route.vertexCount(); i++) {
      if (!route.partStart[i + 1]) {
        tree.insert(new Envelope(route.lon[i], route.lon[i + 1], route.lat[i], route.lat[i + 1]), i);
      }
    }
    tree.build();
    return tree;
  }

  private Object readResolve() {
    return new Corridor(route, halfWidth);
  }

  public Route route() {
    return route;
  }

  public double halfWidthMetres() {
    return halfWidth;
  }

  /** Where the point is relative to the route. Defined for any point, however far. */
  public RoutePosition locate(GeoPoint point) {
    Measure best = nearestCandidate(point);
    double radius = best.distance * 1.001 + 1;
    for (Object item : segments.query(Geodesics.box(point.getLatitude(), point.getLongitude(), radius))) {
      Measure m = measure(point, (Integer) item);
      if (m.distance < best.distance - 1e-6 || (m.distance <= best.distance + 1e-6 && m.segment < best.segment)) {
        best = m;
      }
    }
    return position(point, best);
  }

  /** Whether the point is within the half-width of the route. */
  public boolean contains(GeoPoint point) {
    return locate(point).distanceMetres() <= halfWidth;
  }

  /**
   * Whether a point known only to within {@code uncertaintyMetres} (an event coded to a town, or to a region) is
   * inside: certainly, possibly, or not at all.
   *
   * @throws IllegalArgumentException if the uncertainty is negative or not a number
   */
  public Containment contains(GeoPoint point, double uncertaintyMetres) {
    if (!(uncertaintyMetres >= 0)) {
      throw new IllegalArgumentException("uncertainty must be zero or more metres, was " + uncertaintyMetres);
    }
    double d = locate(point).distanceMetres();
    if (d + uncertaintyMetres <= halfWidth) {
      return Containment.CERTAINLY_INSIDE;
    }
    return d - uncertaintyMetres <= halfWidth ? Containment.POSSIBLY_INSIDE : Containment.OUTSIDE;
  }

  /**
   * Whether a point is within the half-width of segment {@code segment}, deciding cheaply when it can: a local
   * equirectangular distance, whose error within a few tens of kilometres in the Sahel stays under half a percent,
   * settles every point more than 2 % (plus 100 m) from the edge; only the others are measured on the ellipsoid.
   */
  boolean nearSegment(int segment, double lat, double lon) {
    double cos = segmentCos[segment];
    double ax = (route.lon[segment] - lon) * cos * Geodesics.METRES_PER_DEGREE_LON_AT_EQUATOR;
    double ay = (route.lat[segment] - lat) * 110_600;
    double bx = (route.lon[segment + 1] - lon) * cos * Geodesics.METRES_PER_DEGREE_LON_AT_EQUATOR;
    double by = (route.lat[segment + 1] - lat) * 110_600;
    double approximate = planarDistance(ax, ay, bx, by);
    if (approximate <= halfWidth * 0.98 - 100) {
      return true;
    }
    if (approximate > halfWidth * 1.02 + 100) {
      return false;
    }
    return measure(GeoPoint.of(lat, lon), segment).distance <= halfWidth;
  }

  /** The segments' index, for queries that walk the route. */
  int segmentCount() {
    return route.vertexCount() - 1;
  }

  boolean isSegment(int i) {
    return !route.partStart[i + 1];
  }

  /** A lon/lat box holding every point within {@code metres} of segment {@code i}. */
  Envelope segmentBox(int i, double metres) {
    Envelope e = new Envelope(route.lon[i], route.lon[i + 1], route.lat[i], route.lat[i + 1]);
    double dLat = metres / Geodesics.MIN_METRES_PER_DEGREE_LAT;
    double maxLat = Math.min(89.9, Math.max(Math.abs(e.getMinY()), Math.abs(e.getMaxY())) + dLat);
    e.expandBy(metres / (Geodesics.METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(maxLat))), dLat);
    return e;
  }

  /** A lon/lat box holding the whole corridor. */
  public Envelope envelope() {
    Envelope all = new Envelope();
    for (int i = 0; i < route.vertexCount(); i++) {
      all.expandToInclude(route.lon[i], route.lat[i]);
    }
    double dLat = halfWidth / Geodesics.MIN_METRES_PER_DEGREE_LAT;
    double maxLat = Math.min(89.9, Math.max(Math.abs(all.getMinY()), Math.abs(all.getMaxY())) + dLat);
    all.expandBy(halfWidth / (Geodesics.METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(maxLat))), dLat);
    return all;
  }

  /**
   * The corridor as a lon/lat polygon with round ends, for display and GeoJSON export: the route buffered in an
   * azimuthal equidistant projection centred on the route's middle, then projected back. Its edge is exact near the
   * centre and drifts by about (r / 6371 km)² / 6 of the half-width at r km from it; use {@link #contains} to decide.
   */
  public Geometry toPolygon() {
    GeoPoint centre = route.vertex(route.vertexCount() / 2);
    GeometryFactory plane = new GeometryFactory();
    List<Geometry> lines = new ArrayList<>();
    List<Coordinate> current = new ArrayList<>();
    for (int i = 0; i < route.vertexCount(); i++) {
      if (route.partStart[i] && !current.isEmpty()) {
        lines.add(plane.createLineString(current.toArray(Coordinate[]::new)));
        current.clear();
      }
      double[] xy = Geodesics.azimuthalEquidistant(centre, route.lat[i], route.lon[i]);
      current.add(new Coordinate(xy[0], xy[1]));
    }
    lines.add(plane.createLineString(current.toArray(Coordinate[]::new)));
    Geometry buffer = plane.buildGeometry(lines).buffer(halfWidth, 16);
    Geometry back = buffer.copy();
    back.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
      GeoPoint p = Geodesics.fromAzimuthalEquidistant(centre, c.x, c.y);
      c.x = p.getLongitude();
      c.y = p.getLatitude();
    });
    back.geometryChanged();
    return Route.WGS84.createGeometry(back);
  }

  // Segment i measured from the point: distance to its nearest point, fraction along it, and which side the point is on.
  private record Measure(int segment, double distance, double t, double rawT, double cross, double fx, double fy) {}

  private Measure measure(GeoPoint p, int i) {
    double[] a = Geodesics.azimuthalEquidistant(p, route.lat[i], route.lon[i]);
    double[] b = Geodesics.azimuthalEquidistant(p, route.lat[i + 1], route.lon[i + 1]);
    double abx = b[0] - a[0];
    double aby = b[1] - a[1];
    double len2 = abx * abx + aby * aby;
    double rawT = len2 == 0 ? 0 : -(a[0] * abx + a[1] * aby) / len2;
    double t = Math.max(0, Math.min(1, rawT));
    double fx = a[0] + t * abx;
    double fy = a[1] + t * aby;
    double cross = abx * (-a[1]) - aby * (-a[0]);
    return new Measure(i, Math.hypot(fx, fy), t, rawT, cross, fx, fy);
  }

  private Measure nearestCandidate(GeoPoint p) {
    double cos = Math.cos(Math.toRadians(p.getLatitude()));
    ItemDistance approximate = (ItemBoundable x, ItemBoundable y) -> {
      Object segment = x.getItem() instanceof Integer ? x.getItem() : y.getItem();
      int i = (Integer) segment;
      double ax = (route.lon[i] - p.getLongitude()) * cos * Geodesics.METRES_PER_DEGREE_LON_AT_EQUATOR;
      double ay = (route.lat[i] - p.getLatitude()) * 110_600;
      double bx = (route.lon[i + 1] - p.getLongitude()) * cos * Geodesics.METRES_PER_DEGREE_LON_AT_EQUATOR;
      double by = (route.lat[i + 1] - p.getLatitude()) * 110_600;
      return planarDistance(ax, ay, bx, by);
    };
    Object nearest = segments.nearestNeighbour(new Envelope(p.getLongitude(), p.getLongitude(), p.getLatitude(),
        p.getLatitude()), p, approximate);
    return measure(p, (Integer) nearest);
  }

  // The distance from the origin to the segment a-b in the plane.
  private static double planarDistance(double ax, double ay, double bx, double by) {
    double abx = bx - ax;
    double aby = by - ay;
    double len2 = abx * abx + aby * aby;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * abx + ay * aby) / len2));
    return Math.hypot(ax + t * abx, ay + t * aby);
  }

  private RoutePosition position(GeoPoint p, Measure m) {
    int i = m.segment;
    double segmentLength = route.chainage[i + 1] - route.chainage[i];
    double along;
    GeoPoint nearest;
    double distance;
    if (m.t <= 0 || m.t >= 1 || m.distance < 1e-3) {
      along = m.t <= 0 ? 0 : m.t >= 1 ? segmentLength : m.t * segmentLength;
      nearest = m.distance < 1e-3 ? p : m.t <= 0 ? route.vertex(i) : route.vertex(i + 1);
      distance = m.distance < 1e-3 ? m.distance : Geodesics.distanceMetres(p, nearest);
    } else {
      // The projected chord is within centimetres of the segment; finish on the segment's own geodesic, where the
      // nearest point is found to a tenth of a millimetre.
      GeodesicLine line = Geodesic.WGS84.InverseLine(route.lat[i], route.lon[i], route.lat[i + 1], route.lon[i + 1]);
      double lo = Math.max(0, m.t * segmentLength - 1);
      double hi = Math.min(segmentLength, m.t * segmentLength + 1);
      while (hi - lo > 1e-4) {
        double m1 = lo + (hi - lo) * 0.382;
        double m2 = hi - (hi - lo) * 0.382;
        if (distanceAlong(line, m1, p) < distanceAlong(line, m2, p)) {
          hi = m2;
        } else {
          lo = m1;
        }
      }
      along = (lo + hi) / 2;
      GeodesicData foot = line.Position(along);
      nearest = GeoPoint.of(foot.lat2, foot.lon2);
      distance = Geodesics.distanceMetres(p, nearest);
    }
    double chainage = route.chainage[i] + along;
    RouteSide side = distance < 1e-3 ? RouteSide.ON : m.cross > 0 ? RouteSide.LEFT : RouteSide.RIGHT;
    boolean first = i == 0;
    boolean last = i + 2 == route.vertexCount();
    return new RoutePosition(distance, chainage, route.lengthMetres() - chainage, route.partOf[i],
        route.originalSegment[i], side, nearest, first && m.rawT < 0, last && m.rawT > 1);
  }

  private static double distanceAlong(GeodesicLine line, double s, GeoPoint p) {
    GeodesicData d = line.Position(s);
    return Geodesic.WGS84.Inverse(d.lat2, d.lon2, p.getLatitude(), p.getLongitude(), GeodesicMask.DISTANCE).s12;
  }

  @Override
  public String toString() {
    return "Corridor[" + route + ", half-width " + halfWidth + " m]";
  }
}
