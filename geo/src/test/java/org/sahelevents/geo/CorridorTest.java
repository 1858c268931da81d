package org.sahelevents.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.GeoPoint;

class CorridorTest {
  static final Route BAMAKO_SEGOU = Route.of("test", "Bamako-Segou", List.of(GeoPoint.of(12.6392, -8.0029),
      GeoPoint.of(13.05, -7.20), GeoPoint.of(13.4317, -6.2157)));

  // Bamako to Tessalit through the towns of the RN6 and RN16 and Kidal, about 1,480 km.
  static final Route BAMAKO_KIDAL = Route.of("long", "Bamako-Kidal", List.of(GeoPoint.of(12.60915, -7.97522),
      GeoPoint.of(13.44032, -6.25947), GeoPoint.of(13.29701, -4.89627), GeoPoint.of(14.53, -4.10),
      GeoPoint.of(15.00605, -2.95170), GeoPoint.of(16.27167, -0.04472), GeoPoint.of(18.44345, 1.40921),
      GeoPoint.of(20.20126, 1.01186)));

  /** Ground truth: for each given segment, a ternary search of the distance along its geodesic. */
  static double[] bruteForce(Route route, GeoPoint p) {
    double best = Double.MAX_VALUE;
    double bestChainage = 0;
    double offset = 0;
    for (List<GeoPoint> part : route.parts()) {
      for (int i = 0; i + 1 < part.size(); i++) {
        GeodesicLine line = Geodesic.WGS84.InverseLine(part.get(i).getLatitude(), part.get(i).getLongitude(),
            part.get(i + 1).getLatitude(), part.get(i + 1).getLongitude());
        double lo = 0;
        double hi = line.Distance();
        for (int k = 0; k < 200; k++) {
          double m1 = lo + (hi - lo) / 3;
          double m2 = hi - (hi - lo) / 3;
          if (distance(line, m1, p) < distance(line, m2, p)) {
            hi = m2;
          } else {
            lo = m1;
          }
        }
        double d = distance(line, lo, p);
        if (d < best) {
          best = d;
          bestChainage = offset + lo;
        }
        offset += line.Distance();
      }
    }
    return new double[] {best, bestChainage};
  }

  private static double distance(GeodesicLine line, double s, GeoPoint p) {
    GeodesicData d = line.Position(s);
    return Geodesic.WGS84.Inverse(d.lat2, d.lon2, p.getLatitude(), p.getLongitude()).s12;
  }

  @Test
  void matchesTheMeasuredReferenceCase() {
    RoutePosition r = Corridor.of(BAMAKO_SEGOU, 10_000).locate(GeoPoint.of(12.80, -7.10));
    assertThat(r.distanceMetres()).isCloseTo(29_546.6, within(0.1));
    assertThat(r.chainageMetres()).isCloseTo(95_179.8, within(0.1));
    assertThat(BAMAKO_SEGOU.lengthMetres()).isCloseTo(213_024.6, within(0.1));
    assertThat(r.toEndMetres()).isCloseTo(213_024.6 - 95_179.8, within(0.2));
    assertThat(r.segmentIndex()).isZero();
    assertThat(r.side()).isEqualTo(RouteSide.RIGHT);
  }

  @Test
  void distanceAndChainageAreWithinOneMetreOfBruteForceOnA1500KmRoute() {
    assertThat(BAMAKO_KIDAL.lengthMetres()).isBetween(1_400_000.0, 1_600_000.0);
    Corridor corridor = Corridor.of(BAMAKO_KIDAL, 10_000);
    SplittableRandom random = new SplittableRandom(7);
    for (int k = 0; k < 40; k++) {
      double s = random.nextDouble() * BAMAKO_KIDAL.lengthMetres();
      GeoPoint on = pointAt(BAMAKO_KIDAL, s);
      GeoPoint p = Geodesics.destination(on, random.nextDouble() * 360, random.nextDouble() * 30_000);
      RoutePosition r = corridor.locate(p);
      double[] truth = bruteForce(BAMAKO_KIDAL, p);
      assertThat(r.distanceMetres()).as("distance of %s", p).isCloseTo(truth[0], within(1.0));
      assertThat(r.chainageMetres()).as("chainage of %s", p).isCloseTo(truth[1], within(1.0));
      assertThat(Geodesics.distanceMetres(r.nearest(), p)).isCloseTo(r.distanceMetres(), within(0.01));
    }
  }

  static GeoPoint pointAt(Route route, double chainage) {
    for (int i = 1; i < route.vertexCount(); i++) {
      if (route.chainage[i] >= chainage) {
        Geodesics.Inverse seg = Geodesics.inverse(route.vertex(i - 1), route.vertex(i));
        return Geodesics.destination(route.vertex(i - 1), seg.initialAzimuth(), chainage - route.chainage[i - 1]);
      }
    }
    return route.vertex(route.vertexCount() - 1);
  }

  @Test
  void reversingTheRouteSwapsChainageAndSide() {
    Corridor forward = Corridor.of(BAMAKO_KIDAL, 10_000);
    Corridor backward = Corridor.of(BAMAKO_KIDAL.reversed(), 10_000);
    for (GeoPoint p : List.of(GeoPoint.of(12.80, -7.10), GeoPoint.of(14.9, -3.5), GeoPoint.of(17.0, 0.2))) {
      RoutePosition f = forward.locate(p);
      RoutePosition b = backward.locate(p);
      assertThat(b.distanceMetres()).isCloseTo(f.distanceMetres(), within(0.01));
      assertThat(b.chainageMetres()).isCloseTo(BAMAKO_KIDAL.lengthMetres() - f.chainageMetres(), within(0.01));
      assertThat(b.side()).isEqualTo(f.side() == RouteSide.LEFT ? RouteSide.RIGHT : RouteSide.LEFT);
    }
  }

  @Test
  void densifyingTheRouteMovesNoAnswerByMoreThanACentimetre() {
    Corridor coarse = Corridor.of(BAMAKO_SEGOU, 10_000);
    Corridor fine = Corridor.of(BAMAKO_SEGOU.densified(250), 10_000);
    SplittableRandom random = new SplittableRandom(3);
    for (int k = 0; k < 30; k++) {
      GeoPoint p = GeoPoint.of(12.5 + random.nextDouble(), -8.1 + 2 * random.nextDouble());
      assertThat(fine.locate(p).distanceMetres()).isCloseTo(coarse.locate(p).distanceMetres(), within(0.01));
      assertThat(fine.locate(p).chainageMetres()).isCloseTo(coarse.locate(p).chainageMetres(), within(0.01));
    }
  }

  @Test
  void pointsOnTheRouteAndBeyondItsEnds() {
    Corridor corridor = Corridor.of(BAMAKO_SEGOU, 5_000);
    RoutePosition on = corridor.locate(GeoPoint.of(13.05, -7.20));
    assertThat(on.distanceMetres()).isLessThan(1e-3);
    assertThat(on.side()).isEqualTo(RouteSide.ON);
    assertThat(on.segmentIndex()).as("a shared vertex belongs to the segment with the lower chainage").isZero();
    GeoPoint start = BAMAKO_SEGOU.parts().get(0).get(0);
    Geodesics.Inverse first = Geodesics.inverse(start, GeoPoint.of(13.05, -7.20));
    RoutePosition before = corridor.locate(Geodesics.destination(start, first.initialAzimuth() + 180, 3_000));
    assertThat(before.beforeStart()).isTrue();
    assertThat(before.afterEnd()).isFalse();
    assertThat(before.chainageMetres()).isZero();
    assertThat(before.distanceMetres()).isCloseTo(3_000, within(0.01));
    assertThat(corridor.contains(Geodesics.destination(start, first.initialAzimuth() + 180, 3_000))).isTrue();
    RoutePosition after = corridor.locate(GeoPoint.of(13.6, -6.0));
    assertThat(after.afterEnd()).isTrue();
    assertThat(after.toEndMetres()).isZero();
  }

  @Test
  void aPointEquidistantFromTwoSegmentsTakesTheLowerChainage() {
    // A V-shaped route symmetric about the meridian 0: the point on that meridian is as far from both arms.
    Route v = Route.of("v", "V", List.of(GeoPoint.of(13.0, -0.5), GeoPoint.of(12.5, 0.0), GeoPoint.of(13.0, 0.5)));
    RoutePosition r = Corridor.of(v, 100_000).locate(GeoPoint.of(13.2, 0.0));
    assertThat(r.segmentIndex()).isZero();
    assertThat(r.chainageMetres()).isLessThan(v.lengthMetres() / 2);
  }

  @Test
  void aLoopingRouteAnswersWithItsNearestPassage() {
    Route loop = Route.of("loop", "Loop", List.of(GeoPoint.of(13.0, -8.0), GeoPoint.of(13.0, -7.5),
        GeoPoint.of(13.5, -7.5), GeoPoint.of(13.5, -8.0), GeoPoint.of(13.0, -8.0)));
    GeoPoint onFirstSide = pointAt(loop, 20_000);
    RoutePosition r = Corridor.of(loop, 1_000).locate(onFirstSide);
    assertThat(r.distanceMetres()).isLessThan(1e-3);
    assertThat(r.chainageMetres()).isCloseTo(20_000, within(0.01));
    // The start and the end are the same place: the lower chainage wins.
    assertThat(Corridor.of(loop, 1_000).locate(GeoPoint.of(13.0, -8.0)).chainageMetres()).isZero();
  }

  @Test
  void uncertainLocationsAreCertainlyPossiblyOrNotInside() {
    Corridor corridor = Corridor.of(BAMAKO_SEGOU, 10_000);
    GeoPoint p = GeoPoint.of(12.80, -7.10);
    assertThat(corridor.contains(p, 1_000)).isEqualTo(Containment.OUTSIDE);
    assertThat(corridor.contains(p, 25_000)).isEqualTo(Containment.POSSIBLY_INSIDE);
    assertThat(Corridor.of(BAMAKO_SEGOU, 40_000).contains(p, 5_000)).isEqualTo(Containment.CERTAINLY_INSIDE);
  }

  @Test
  void badHalfWidthsAndRoutesAreRejectedWithClearMessages() {
    for (double bad : new double[] {0, -5, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> Corridor.of(BAMAKO_SEGOU, bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("half-width must be a positive number of metres");
    }
    assertThatThrownBy(() -> Route.of("r", "R", List.of(GeoPoint.of(1, 1), GeoPoint.of(1, 1))))
        .hasMessage("route r part 0 needs at least 2 distinct points, has 1");
    assertThatThrownBy(() -> Route.of("r", "R", List.of(GeoPoint.of(1, 179), GeoPoint.of(1, -179))))
        .hasMessageContaining("crosses the antimeridian");
  }

  @Test
  void thePolygonForDisplayHoldsTheRouteAndMatchesTheHalfWidth() {
    Corridor corridor = Corridor.of(BAMAKO_SEGOU, 10_000);
    var polygon = corridor.toPolygon();
    assertThat(polygon.getGeometryType()).isEqualTo("Polygon");
    assertThat(polygon.contains(Route.WGS84.createPoint(new org.locationtech.jts.geom.Coordinate(-7.2, 13.05))))
        .isTrue();
    List<Double> edgeDistances = new ArrayList<>();
    for (var c : polygon.getCoordinates()) {
      edgeDistances.add(corridor.locate(GeoPoint.of(c.y, c.x)).distanceMetres());
    }
    assertThat(edgeDistances).allSatisfy(d -> assertThat(d).isCloseTo(10_000, within(25.0)));
  }
}
