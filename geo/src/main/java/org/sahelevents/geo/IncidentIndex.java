package org.sahelevents.geo;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.hprtree.HPRtree;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;

/**
 * A spatial index over incidents with a point, answering metre-true questions fast: within a radius of a point, within
 * a corridor, within a box, and the nearest ones, each combined with an {@link IncidentFilter}. A packed Hilbert R-tree
 * finds candidates by lon/lat box (boxes are built so that they never miss one); each candidate is then measured on
 * the ellipsoid. Incidents without a point are not indexed; {@link #unlocated()} counts them.
 *
 * <p>Instances are immutable and thread-safe once built.
 */
public final class IncidentIndex {
  private final Incident[] incidents;
  private final double[] lat;
  private final double[] lon;
  private final HPRtree tree = new HPRtree();
  private final int unlocated;

  private IncidentIndex(Iterable<Incident> all) {
    List<Incident> located = new ArrayList<>();
    int missing = 0;
    for (Incident i : all) {
      if (i.getLocation().getPoint().isPresent()) {
        located.add(i);
      } else {
        missing++;
      }
    }
    incidents = located.toArray(Incident[]::new);
    lat = new double[incidents.length];
    lon = new double[incidents.length];
    for (int k = 0; k < incidents.length; k++) {
      GeoPoint p = incidents[k].getLocation().getPoint().orElseThrow();
      lat[k] = p.getLatitude();
      lon[k] = p.getLongitude();
      tree.insert(new Envelope(lon[k], lon[k], lat[k], lat[k]), k);
    }
    tree.build();
    unlocated = missing;
  }

  /** Indexes the incidents that have a point. */
  public static IncidentIndex of(Iterable<Incident> incidents) {
    return new IncidentIndex(Objects.requireNonNull(incidents));
  }

  /** How many incidents are indexed. */
  public int size() {
    return incidents.length;
  }

  /** How many incidents had no point and were left out. */
  public int unlocated() {
    return unlocated;
  }

  /** The incidents within {@code metres} of a point (geodesic distance), in index order. */
  public List<Incident> withinRadius(GeoPoint centre, double metres, IncidentFilter filter) {
    if (!(metres >= 0)) {
      throw new IllegalArgumentException("radius must be zero or more metres, was " + metres);
    }
    List<Incident> found = new ArrayList<>();
    tree.query(Geodesics.box(centre.getLatitude(), centre.getLongitude(), metres), item -> {
      int k = (Integer) item;
      if (filter.test(incidents[k]) && Geodesics.distanceMetres(centre, GeoPoint.of(lat[k], lon[k])) <= metres) {
        found.add(incidents[k]);
      }
    });
    return found;
  }

  /** The incidents inside a corridor (within its half-width of the route, ends included), in index order. */
  public List<Incident> withinCorridor(Corridor corridor, IncidentFilter filter) {
    BitSet inside = new BitSet(incidents.length);
    double halfWidth = corridor.halfWidthMetres();
    for (int s = 0; s < corridor.segmentCount(); s++) {
      if (!corridor.isSegment(s)) {
        continue;
      }
      int segment = s;
      tree.query(corridor.segmentBox(s, halfWidth), item -> {
        int k = (Integer) item;
        // A point near several segments is measured until one of them has it inside; the filter, which reads the
        // incident itself, runs last and once.
        if (!inside.get(k) && corridor.nearSegment(segment, lat[k], lon[k])) {
          inside.set(k);
        }
      });
    }
    List<Incident> found = new ArrayList<>(inside.cardinality());
    inside.stream().filter(k -> filter.test(incidents[k])).forEach(k -> found.add(incidents[k]));
    return found;
  }

  /** The incidents in a lon/lat box, edges included. */
  public List<Incident> withinBox(double west, double south, double east, double north, IncidentFilter filter) {
    List<Incident> found = new ArrayList<>();
    tree.query(new Envelope(west, east, south, north), item -> {
      int k = (Integer) item;
      if (filter.test(incidents[k])) {
        found.add(incidents[k]);
      }
    });
    return found;
  }

  /** The {@code k} incidents nearest to a point (geodesic distance), nearest first. */
  public List<Incident> nearest(GeoPoint point, int k, IncidentFilter filter) {
    if (k <= 0) {
      throw new IllegalArgumentException("k must be positive, was " + k);
    }
    double radius = 10_000;
    List<Incident> found = List.of();
    while (radius < 40_000_000) {
      found = withinRadius(point, radius, filter);
      if (found.size() >= k) {
        break;
      }
      radius *= 4;
    }
    return found.stream()
        .sorted(Comparator.comparingDouble(i -> Geodesics.distanceMetres(point, i.getLocation().getPoint()
            .orElseThrow())))
        .limit(k)
        .toList();
  }
}
