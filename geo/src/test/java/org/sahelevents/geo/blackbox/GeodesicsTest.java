package org.sahelevents.geo.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.geo.Geodesics;

class GeodesicsTest {
  // Karney's reference geodesics on WGS84 (the "testcases" of GeographicLib's own test suites, from GeodTest.dat):
  // lat1, lon1, azi1, lat2, lon2, azi2, s12. The second case's lon2, 197.18234, is written as the same meridian in
  // [-180, 180].
  @ParameterizedTest
  @CsvSource({
    "35.60777, -139.44815, 111.098748429560326, -11.17491, -69.95921, 129.289270889708762, 8935244.5604818305",
    "55.52454, 106.05087, 22.020059880982801, 77.03196, -162.81766, 109.112041110671519, 4105086.1713924406",
    "-21.97856, 142.59065, -32.44456876433189, 41.84138, 98.56635, -41.84359951440466, 8394328.894657671"})
  void solvesKarneysReferenceGeodesicsBothWays(double lat1, double lon1, double azi1, double lat2, double lon2,
      double azi2, double s12) {
    GeoPoint from = GeoPoint.of(lat1, lon1);
    Geodesics.Inverse inverse = Geodesics.inverse(from, GeoPoint.of(lat2, lon2));
    assertThat(inverse.distanceMetres()).isCloseTo(s12, within(1e-6));
    assertThat(inverse.initialAzimuth()).isCloseTo(azi1, within(1e-9));
    assertThat(inverse.finalAzimuth()).isCloseTo(azi2, within(1e-9));
    assertThat(Geodesics.distanceMetres(from, GeoPoint.of(lat2, lon2))).isCloseTo(s12, within(1e-6));

    GeoPoint reached = Geodesics.destination(from, azi1, s12);
    assertThat(reached.getLatitude()).isCloseTo(lat2, within(1e-9));
    assertThat(reached.getLongitude()).isCloseTo(lon2, within(1e-9));
  }

  @Test
  void reproducesTheEllipsoidsTextbookLengths() {
    // On the equator a degree is a / 180 * pi; from the equator to the pole is WGS84's meridian quadrant.
    assertThat(Geodesics.distanceMetres(GeoPoint.of(0, 0), GeoPoint.of(0, 1)))
        .isCloseTo(6_378_137 * Math.PI / 180, within(1e-6));
    assertThat(Geodesics.distanceMetres(GeoPoint.of(0, 0), GeoPoint.of(90, 0)))
        .isCloseTo(10_001_965.729, within(1e-3));
    // The haversine pre-filter is a sphere of the mean radius: a quarter of its great circle from equator to pole.
    assertThat(Geodesics.haversineMetres(GeoPoint.of(0, 0), GeoPoint.of(90, 0)))
        .isCloseTo(Geodesics.MEAN_RADIUS_METRES * Math.PI / 2, within(1e-6));
  }
}
