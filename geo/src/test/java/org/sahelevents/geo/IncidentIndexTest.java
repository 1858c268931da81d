package org.sahelevents.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.Location;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.SubEventType;

class IncidentIndexTest {
  static List<Incident> generate(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Incident> all = new ArrayList<>();
    SubEventType[] types = {SubEventType.ARMED_CLASH, SubEventType.ATTACK, SubEventType.AIR_DRONE_STRIKE};
    for (int i = 0; i < n; i++) {
      SubEventType sub = types[random.nextInt(types.length)];
      Location.Builder where = Location.builder().name("p" + i).precision(SpatialPrecision.EXACT);
      if (i % 50 != 0) {
        where.point(GeoPoint.of(11 + random.nextDouble() * 6, -10 + random.nextDouble() * 10));
      } else {
        where.precision(SpatialPrecision.COUNTRY);
      }
      all.add(Incident.builder().id(IncidentId.of("i" + i)).eventType(sub.eventType()).subEventType(sub)
          .time(TemporalExtent.day(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(500)))).location(where.build())
          .build());
    }
    return all;
  }

  private static final List<Incident> ALL = generate(20_000, 11);
  private static final IncidentIndex INDEX = IncidentIndex.of(ALL);

  private static List<Incident> located(IncidentFilter filter) {
    return ALL.stream().filter(i -> i.getLocation().getPoint().isPresent()).filter(filter).toList();
  }

  private static GeoPoint point(Incident i) {
    return i.getLocation().getPoint().orElseThrow();
  }

  @Test
  void countsWhatItCannotIndex() {
    assertThat(INDEX.unlocated()).isEqualTo(400);
    assertThat(INDEX.size()).isEqualTo(19_600);
  }

  @Test
  void radiusQueriesMatchCheckingEveryIncident() {
    GeoPoint bamako = GeoPoint.of(12.60915, -7.97522);
    IncidentFilter filter = IncidentFilter.all().since(LocalDate.of(2025, 6, 1)).until(LocalDate.of(2025, 12, 31))
        .eventTypes(Set.of(EventType.BATTLES, EventType.VIOLENCE_AGAINST_CIVILIANS));
    List<Incident> expected = located(filter).stream()
        .filter(i -> Geodesics.distanceMetres(bamako, point(i)) <= 100_000).toList();
    assertThat(expected).hasSizeGreaterThan(20);
    assertThat(INDEX.withinRadius(bamako, 100_000, filter)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void corridorQueriesMatchCheckingEveryIncident() {
    Corridor rn6 = Corridor.of(Gazetteer.sahel().road("RN6").orElseThrow(), 10_000);
    List<Incident> expected = located(IncidentFilter.all()).stream().filter(i -> rn6.contains(point(i))).toList();
    assertThat(expected).hasSizeGreaterThan(50);
    assertThat(INDEX.withinCorridor(rn6, IncidentFilter.all())).containsExactlyInAnyOrderElementsOf(expected);
    IncidentFilter strikes = IncidentFilter.all().eventTypes(Set.of(EventType.EXPLOSIONS_REMOTE_VIOLENCE));
    assertThat(INDEX.withinCorridor(rn6, strikes)).containsExactlyInAnyOrderElementsOf(
        expected.stream().filter(strikes).toList());
  }

  @Test
  void boxAndNearestQueries() {
    assertThat(INDEX.withinBox(-8, 12, -7, 13, IncidentFilter.all())).containsExactlyInAnyOrderElementsOf(
        located(IncidentFilter.all()).stream().filter(i -> point(i).getLongitude() >= -8
            && point(i).getLongitude() <= -7 && point(i).getLatitude() >= 12 && point(i).getLatitude() <= 13)
            .toList());
    GeoPoint kidal = GeoPoint.of(18.44345, 1.40921);
    List<Incident> expected = located(IncidentFilter.all()).stream()
        .sorted(Comparator.comparingDouble(i -> Geodesics.distanceMetres(kidal, point(i)))).limit(5).toList();
    assertThat(INDEX.nearest(kidal, 5, IncidentFilter.all())).containsExactlyElementsOf(expected);
  }

  @Test
  void analyticsCountPerBandAndWeekAndTrackTheNearestToTheEnd() {
    Route towardsBamako = Gazetteer.sahel().road("RN6").orElseThrow().reversed();
    Corridor corridor = Corridor.of(towardsBamako, 10_000);
    List<Incident> inside = INDEX.withinCorridor(corridor, IncidentFilter.all());
    var bands = CorridorAnalytics.countsByBandAndWeek(corridor, inside, 25_000);
    assertThat(bands.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum())
        .isEqualTo(inside.size());
    assertThat(bands.keySet()).allSatisfy(b -> assertThat(b * 25_000.0).isLessThan(towardsBamako.lengthMetres()));
    var trend = CorridorAnalytics.nearestToEndByWeek(corridor, inside);
    assertThat(trend.keySet()).allSatisfy(monday -> assertThat(monday.getDayOfWeek().getValue()).isEqualTo(1));
    double overallNearest = inside.stream().mapToDouble(i -> corridor.locate(point(i)).toEndMetres()).min()
        .orElseThrow();
    assertThat(trend.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow())
        .isCloseTo(overallNearest, within(1e-6));
  }
}
