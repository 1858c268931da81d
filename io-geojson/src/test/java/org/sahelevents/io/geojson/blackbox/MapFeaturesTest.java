package org.sahelevents.io.geojson.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.AxisStatus;
import org.sahelevents.core.model.BlockadeAxis;
import org.sahelevents.core.model.BlockadeDirection;
import org.sahelevents.core.model.BlockedTraffic;
import org.sahelevents.core.model.Condition;
import org.sahelevents.core.model.ConditionId;
import org.sahelevents.core.model.ConditionKind;
import org.sahelevents.core.model.DateInterval;
import org.sahelevents.core.model.DocumentId;
import org.sahelevents.core.model.RouteId;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.Gazetteer;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.MapFeatures;

class MapFeaturesTest {
  private static List<GeoJsonFeature> roundTrip(List<GeoJsonFeature> features, List<DataProblem> problems) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GeoJsonWriter.Output o = GeoJson.writer().build().open(out)) {
      features.forEach(o::write);
    }
    try (var read = GeoJson.reader().build().open(new ByteArrayInputStream(out.toByteArray()), "map",
        problems::add)) {
      return read.stream().toList();
    }
  }

  @Test
  void roadsCorridorsAndTheBlockadeOfBamakoAreValidFeatures() {
    Gazetteer g = Gazetteer.sahel();
    Condition blockade = Condition.builder().id(ConditionId.of("bamako-blockade")).kind(ConditionKind.BLOCKADE)
        .imposer(ActorId.of("jnim")).direction(BlockadeDirection.ENTRY_BLOCKED)
        .addRoutes(RouteId.of("RN3"), RouteId.of("RN5"), RouteId.of("RN6"), RouteId.of("RN7"))
        .addBlockedTraffic(BlockedTraffic.FUEL).validity(DateInterval.from(LocalDate.of(2026, 4, 26)))
        .addReportedIn(DocumentId.of("lemonde")).build();
    List<GeoJsonFeature> features = List.of(MapFeatures.route(g.road("RN6").orElseThrow()),
        MapFeatures.corridor(Corridor.of(g.road("RN6").orElseThrow(), 10_000)),
        MapFeatures.condition(blockade, id -> g.road(id.getValue())));
    List<DataProblem> problems = new ArrayList<>();
    List<GeoJsonFeature> back = roundTrip(features, problems);
    assertThat(problems).isEmpty();
    assertThat(back).extracting(f -> f.geometry().orElseThrow().getGeometryType())
        .containsExactly("LineString", "Polygon", "MultiLineString");
    assertThat(back.get(0).property("length_m").asDouble()).isBetween(500_000.0, 600_000.0);
    assertThat(back.get(1).property("half_width_m").asDouble()).isEqualTo(10_000);
    assertThat(back.get(2).geometry().orElseThrow().getNumGeometries()).isEqualTo(4);
    assertThat(back.get(2).property("direction").asText()).isEqualTo("ENTRY_BLOCKED");
    assertThat(back.get(2).property("blocked_traffic").asText()).isEqualTo("fuel");
    assertThat(back.get(2).property(MapFeatures.CONDITION).path("kind").asText()).isEqualTo("BLOCKADE");
    // Ségou is on the RN6, so inside its corridor.
    assertThat(back.get(1).geometry().orElseThrow().contains(new GeometryFactory().createPoint(
        new Coordinate(-6.25947, 13.44032)))).isTrue();
  }

  @Test
  void eachAxisOfABlockadeIsAFeatureOnItsRoadWithItsOwnStatusAndUnknownRoadsAreNotDrawn() {
    Gazetteer g = Gazetteer.sahel();
    Condition blockade = Condition.builder().id(ConditionId.of("bamako-blockade")).kind(ConditionKind.BLOCKADE)
        .imposer(ActorId.of("jnim")).direction(BlockadeDirection.ENTRY_BLOCKED)
        .addAxes(BlockadeAxis.builder().route(RouteId.of("RN6"))
            .status(AxisStatus.CUT).direction(BlockadeDirection.ENTRY_BLOCKED)
            .addBlockedTraffic(BlockedTraffic.FUEL)
            .validity(DateInterval.between(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30))).build())
        .addAxes(BlockadeAxis.builder().route(RouteId.of("RN3")).build())
        .addAxes(BlockadeAxis.builder().description("several roads, not named").build())
        .validity(DateInterval.from(LocalDate.of(2026, 4, 26))).addReportedIn(DocumentId.of("lemonde")).build();
    List<GeoJsonFeature> features = new ArrayList<>(MapFeatures.axes(blockade, id -> g.road(id.getValue())));
    features.add(MapFeatures.condition(blockade, id -> g.road(id.getValue())));
    List<DataProblem> problems = new ArrayList<>();
    List<GeoJsonFeature> back = roundTrip(features, problems);
    assertThat(problems).isEmpty();
    assertThat(back).extracting(f -> f.property("axis").asText(null))
        .containsExactly("RN6", "RN3", "unidentified", null);
    assertThat(back.get(0).geometry().orElseThrow().getGeometryType()).isEqualTo("LineString");
    assertThat(back.get(0).property("status").asText()).isEqualTo("cut");
    assertThat(back.get(0).property("valid_until").asText()).isEqualTo("2026-04-30");
    assertThat(back.get(1).property("status").asText()).isEqualTo("unknown");
    assertThat(back.get(1).property("direction").isMissingNode()).isTrue();
    assertThat(back.get(2).geometry()).isEmpty();
    assertThat(back.get(2).property("description").asText()).isEqualTo("several roads, not named");
    assertThat(back.get(3).geometry().orElseThrow().getNumGeometries()).isEqualTo(2);
    assertThat(back.get(3).property("axes").asText()).isEqualTo("RN6: cut, entry blocked; RN3: unknown; "
        + "unidentified: unknown");
    // The whole condition, axes included, comes back from sahel:condition.
    assertThat(org.sahelevents.core.json.ModelJson.create().read(back.get(3).property(MapFeatures.CONDITION)
        .toString(), Condition.class)).isEqualTo(blockade);
  }
}
