package org.sahelevents.geo.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.geo.Containment;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.Gazetteer;
import org.sahelevents.geo.Route;
import org.sahelevents.geo.RoutePosition;
import org.sahelevents.geo.RouteSide;

/**
 * The RN6 (Bamako - Fana - Ségou - Bla - San - Sévaré) as a user sees it. The expected figures come from
 * GeographicLib run apart from sahel-events on the gazetteer's coordinates: geodesic lengths town to town, and a
 * ternary search along each geodesic for the point nearest the town asked about.
 */
class CorridorTest {
  private static final Gazetteer GAZETTEER = Gazetteer.sahel();
  private static final Route RN6 = GAZETTEER.road("RN6").orElseThrow();
  private static final double RN6_METRES = 556_392.966;

  private static RoutePosition locate(Corridor corridor, String town) {
    return corridor.locate(GAZETTEER.place(town).orElseThrow().point());
  }

  @Test
  void townsOffTheRoadGetTheirDistanceChainageAndSide() {
    Corridor corridor = Corridor.of(RN6, 10_000);
    assertThat(RN6.lengthMetres()).isCloseTo(RN6_METRES, within(0.01));

    RoutePosition koutiala = locate(corridor, "Koutiala");
    assertThat(koutiala.distanceMetres()).isCloseTo(69_671.168, within(0.01));
    assertThat(koutiala.chainageMetres()).isCloseTo(299_767.510, within(0.01));
    assertThat(koutiala.toEndMetres()).isCloseTo(256_625.457, within(0.01));
    assertThat(koutiala.segmentIndex()).as("between Bla and San").isEqualTo(3);
    assertThat(koutiala.side()).isEqualTo(RouteSide.RIGHT);

    RoutePosition mopti = locate(corridor, "Mopti");
    assertThat(mopti.distanceMetres()).isCloseTo(4_851.860, within(0.01));
    assertThat(mopti.toEndMetres()).as("short of Sévaré").isCloseTo(9_055.122, within(0.01));
    assertThat(mopti.segmentIndex()).isEqualTo(4);
    assertThat(mopti.side()).isEqualTo(RouteSide.LEFT);
    assertThat(mopti.beforeStart() || mopti.afterEnd()).isFalse();
  }

  @Test
  void townsBeyondTheEndsAreMeasuredFromTheEnds() {
    Corridor corridor = Corridor.of(RN6, 10_000);
    RoutePosition kangaba = locate(corridor, "Kangaba");
    assertThat(kangaba.beforeStart()).isTrue();
    assertThat(kangaba.chainageMetres()).isZero();
    assertThat(kangaba.distanceMetres()).isCloseTo(88_858.886, within(0.01));

    RoutePosition bandiagara = locate(corridor, "Bandiagara");
    assertThat(bandiagara.afterEnd()).isTrue();
    assertThat(bandiagara.toEndMetres()).isZero();
    assertThat(bandiagara.chainageMetres()).isCloseTo(RN6_METRES, within(0.01));
    assertThat(bandiagara.distanceMetres()).isCloseTo(56_423.035, within(0.01));
  }

  @Test
  void aTownOffABendIsNearestTheBendsTown() {
    // Dioïla lies south of Fana, where the road turns north-east for Ségou.
    RoutePosition dioila = locate(Corridor.of(RN6, 10_000), "Dioïla");
    assertThat(dioila.distanceMetres()).isCloseTo(36_278.504, within(0.01));
    assertThat(dioila.chainageMetres()).isCloseTo(112_238.600, within(0.01));
    assertThat(dioila.nearest()).isEqualTo(GAZETTEER.place("Fana").orElseThrow().point());
  }

  @Test
  void theHalfWidthDecidesMembershipAtTheEdge() {
    GeoPoint mopti = GAZETTEER.place("Mopti").orElseThrow().point();
    assertThat(Corridor.of(RN6, 4_860).contains(mopti)).isTrue();
    assertThat(Corridor.of(RN6, 4_840).contains(mopti)).isFalse();
    assertThat(Corridor.of(RN6, 4_000).contains(mopti, 1_000)).isEqualTo(Containment.POSSIBLY_INSIDE);
    assertThat(Corridor.of(RN6, 4_000).contains(mopti, 800)).isEqualTo(Containment.OUTSIDE);
  }

  @Test
  void aRouteReadFromAJtsLineAnswersAsTheGazetteersRoad() {
    List<Coordinate> towns = new ArrayList<>();
    for (String town : List.of("Bamako", "Fana", "Ségou", "Bla", "San", "Sévaré")) {
      GeoPoint p = GAZETTEER.place(town).orElseThrow().point();
      towns.add(new Coordinate(p.getLongitude(), p.getLatitude()));
    }
    Route fromJts = Route.fromGeometry("rn6", "RN6 from JTS",
        new GeometryFactory().createLineString(towns.toArray(Coordinate[]::new)));
    assertThat(fromJts.lengthMetres()).isCloseTo(RN6_METRES, within(0.01));
    RoutePosition koutiala = locate(Corridor.of(fromJts, 10_000), "Koutiala");
    assertThat(koutiala.distanceMetres()).isCloseTo(69_671.168, within(0.01));
    assertThat(koutiala.chainageMetres()).isCloseTo(299_767.510, within(0.01));
  }
}
