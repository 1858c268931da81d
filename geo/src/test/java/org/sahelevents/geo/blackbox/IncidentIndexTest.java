package org.sahelevents.geo.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.Location;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.SubEventType;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.Gazetteer;
import org.sahelevents.geo.Geodesics;
import org.sahelevents.geo.IncidentFilter;
import org.sahelevents.geo.IncidentIndex;

/**
 * Incidents placed just inside and just outside the 10 km corridor of the RN16 (Sévaré - Douentza - Gao): each is
 * put on the geodesic perpendicular to the road at a point along it, so its distance from the road is known by
 * construction, 10 m either side of the edge, where a cheap approximation would err first.
 */
class IncidentIndexTest {
  private static final double HALF_WIDTH = 10_000;
  private static final LocalDate WINDOW_START = LocalDate.of(2025, 9, 1);
  private static final LocalDate WINDOW_END = LocalDate.of(2025, 9, 30);

  private record Placed(Incident incident, boolean inside, boolean inWindow) {}

  private static final List<Placed> PLACED = place();
  private static final List<Incident> ALL = PLACED.stream().map(Placed::incident).toList();
  private static final IncidentIndex INDEX = IncidentIndex.of(ALL);
  private static final Corridor RN16 = Corridor.of(Gazetteer.sahel().road("RN16").orElseThrow(), HALF_WIDTH);

  private static List<Placed> place() {
    List<String> towns = List.of("Sévaré", "Douentza", "Gao");
    List<Placed> placed = new ArrayList<>();
    int n = 0;
    for (int s = 0; s + 1 < towns.size(); s++) {
      GeoPoint from = Gazetteer.sahel().place(towns.get(s)).orElseThrow().point();
      GeoPoint to = Gazetteer.sahel().place(towns.get(s + 1)).orElseThrow().point();
      // Away from the towns, so that the other segment is never the nearer one.
      List<GeoPoint> along = Geodesics.pointsAlong(from, to, 5_000);
      for (int i = along.size() / 5; i < along.size() * 4 / 5; i++) {
        double azimuth = Geodesics.inverse(along.get(i), to).initialAzimuth();
        for (double offset : new double[] {HALF_WIDTH - 10, HALF_WIDTH + 10}) {
          for (int side : new int[] {-90, 90}) {
            GeoPoint p = Geodesics.destination(along.get(i), azimuth + side, offset);
            int id = n++;
            // Every third incident ends the day before the window; the others start on its first day or straddle
            // its start (the day before and at least one day after).
            boolean inWindow = id % 3 != 0;
            LocalDate first = inWindow ? WINDOW_START.minusDays(id % 2) : WINDOW_START.minusDays(5);
            LocalDate last = inWindow ? first.plusDays(id % 20) : WINDOW_START.minusDays(1);
            Location where = Location.builder().name("p" + id).point(p).precision(SpatialPrecision.EXACT).build();
            placed.add(new Placed(incident(id, where, first, last), offset < HALF_WIDTH, inWindow));
          }
        }
      }
    }
    for (int k = 0; k < 10; k++) {
      placed.add(new Placed(incident(n++, Location.builder().name("Mali").precision(SpatialPrecision.COUNTRY)
          .build(), WINDOW_START, WINDOW_START), false, true));
    }
    return placed;
  }

  private static Incident incident(int n, Location where, LocalDate first, LocalDate last) {
    SubEventType type = n % 4 == 0 ? SubEventType.AIR_DRONE_STRIKE : SubEventType.ATTACK;
    return Incident.builder().id(IncidentId.of("rn16-" + n)).eventType(type.eventType()).subEventType(type)
        .time(TemporalExtent.days(first, last)).location(where).build();
  }

  @Test
  void theCorridorHoldsExactlyTheIncidentsPlacedInsideIt() {
    assertThat(INDEX.unlocated()).isEqualTo(10);
    List<Incident> inside = PLACED.stream().filter(Placed::inside).map(Placed::incident).toList();
    assertThat(inside).hasSizeGreaterThan(100);
    assertThat(INDEX.withinCorridor(RN16, IncidentFilter.all())).containsExactlyInAnyOrderElementsOf(inside);
  }

  @Test
  void withFiltersItEqualsCheckingEveryIncidentOneByOne() {
    IncidentFilter september = IncidentFilter.all().since(WINDOW_START).until(WINDOW_END);
    List<Incident> bruteForce = ALL.stream().filter(i -> i.getLocation().getPoint().isPresent())
        .filter(i -> RN16.contains(i.getLocation().getPoint().orElseThrow())).filter(september).toList();
    assertThat(bruteForce).containsExactlyInAnyOrderElementsOf(
        PLACED.stream().filter(p -> p.inside() && p.inWindow()).map(Placed::incident).toList());
    assertThat(INDEX.withinCorridor(RN16, september)).containsExactlyInAnyOrderElementsOf(bruteForce);

    IncidentFilter strikes = september.eventTypes(Set.of(EventType.EXPLOSIONS_REMOTE_VIOLENCE));
    List<Incident> strikesInside = bruteForce.stream().filter(strikes).toList();
    assertThat(strikesInside).isNotEmpty().hasSizeLessThan(bruteForce.size());
    assertThat(INDEX.withinCorridor(RN16, strikes)).containsExactlyInAnyOrderElementsOf(strikesInside);
  }
}
