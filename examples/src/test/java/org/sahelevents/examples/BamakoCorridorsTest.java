package org.sahelevents.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.Gazetteer;
import org.sahelevents.geo.Geodesics;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;

class BamakoCorridorsTest {
  private static final GeoPoint BAMAKO = Gazetteer.sahel().place("Bamako").orElseThrow().point();

  @TempDir
  Path dir;

  private BamakoCorridors.Result run(ByteArrayOutputStream printed) throws Exception {
    try (AcledRecords rows = SampleData.records()) {
      return BamakoCorridors.run(rows, dir, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyEventIsInTheCityOnTheAxisOfItsNearestRoadOrOnNone() throws Exception {
    BamakoCorridors.Result result = run(new ByteArrayOutputStream());
    List<Corridor> corridors = BamakoCorridors.corridors();
    assertThat(result.events()).hasSize(62);
    assertThat(result.inCity()).isNotEmpty().allSatisfy(e -> assertThat(Geodesics.distanceMetres(BAMAKO,
        e.event().incident().getLocation().getPoint().orElseThrow())).isLessThanOrEqualTo(15_000));
    result.byAxis().forEach((axis, hits) -> assertThat(hits).isNotEmpty().allSatisfy(hit -> {
      GeoPoint point = hit.event().event().incident().getLocation().getPoint().orElseThrow();
      assertThat(hit.axis().contains(point)).isTrue();
      assertThat(corridors.stream().filter(c -> c.contains(point))
          .mapToDouble(c -> c.locate(point).distanceMetres()).min().orElseThrow())
          .isEqualTo(hit.position().distanceMetres());
    }));
    assertThat(result.byAxis().get("RN3")).extracting(BamakoCorridors.AxisHit::kmFromBamako).isSorted();
  }

  @Test
  void theAttackOnKatiIsTheNearestToBamakoOnTheRn3AtTheGeodesicDistanceOfKati() throws Exception {
    BamakoCorridors.Result result = run(new ByteArrayOutputStream());
    BamakoCorridors.AxisHit nearest = result.byAxis().get("RN3").get(0);
    assertThat(nearest.event().event().incident().getLocation().getName()).isEqualTo("Kati");
    GeoPoint kati = Gazetteer.sahel().place("Kati").orElseThrow().point();
    // The gazetteer's RN3 runs straight from Bamako to Kati, so the chainage is the geodesic distance.
    assertThat(nearest.kmFromBamako()).isCloseTo(Geodesics.distanceMetres(BAMAKO, kati) / 1000, within(0.01));
  }

  @Test
  void printsTheAxesAndWeeksAndWritesRoadsCorridorsAndTheIncidentsOnThem() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    BamakoCorridors.Result result = run(printed);
    String text = printed.toString(StandardCharsets.UTF_8);
    int rn3 = result.byAxis().get("RN3").size();
    assertThat(text).contains("62 events, " + result.inCity().size() + " in Bamako itself")
        .containsPattern("RN3 +RN3: Bamako - Kati.* +" + rn3 + " +\\d+ +18\\.3")
        .containsPattern("2026-04-20 +1 @ 18 km +\\. +1 @ 556 km +\\.\\R");

    try (GeoJsonFeatures roads = GeoJson.reader().build().open(dir.resolve(BamakoCorridors.ROADS_FILE), p -> { })) {
      assertThat(roads.stream().map(f -> f.geometry().orElseThrow().getGeometryType()))
          .containsExactly("Polygon", "Polygon", "Polygon", "Polygon",
              "LineString", "LineString", "LineString", "LineString");
    }
    try (GeoJsonFeatures incidents = GeoJson.reader().build()
        .open(dir.resolve(BamakoCorridors.INCIDENTS_FILE), p -> { })) {
      List<GeoJsonFeature> features = incidents.stream().toList();
      assertThat(features).hasSize(result.byAxis().values().stream().mapToInt(List::size).sum());
      assertThat(features.stream().filter(f -> f.property("corridor_route").asText().equals("RN3"))).hasSize(rn3);
      assertThat(features.get(0).property("corridor_chainage_m").asDouble() / 1000)
          .isCloseTo(result.byAxis().get("RN3").get(0).kmFromBamako(), within(0.01));
    }
  }
}
