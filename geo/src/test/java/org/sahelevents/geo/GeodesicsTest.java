package org.sahelevents.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahelevents.core.model.GeoPoint;

class GeodesicsTest {
  static final GeoPoint BAMAKO = GeoPoint.of(12.6392, -8.0029);
  static final GeoPoint SEGOU = GeoPoint.of(13.4317, -6.2157);

  @Test
  void matchesGeographicLibsPublishedExample() {
    Geodesics.Inverse r = Geodesics.inverse(GeoPoint.of(37.87622, -122.23558), GeoPoint.of(-9.4047, 147.1597));
    assertThat(r.distanceMetres()).isCloseTo(10700471.955233702, within(1e-6));
    assertThat(r.initialAzimuth()).isCloseTo(-96.91639942294974, within(1e-9));
    assertThat(r.finalAzimuth()).isCloseTo(-127.32548874543627, within(1e-9));
  }

  @ParameterizedTest
  @CsvSource({
    "12.6392, -8.0029, 13.4317, -6.2157, 212758.9",
    "12.6392, -8.0029, 14.4843, -4.1830, 461074.7",
    "12.6392, -8.0029, 16.7666, -3.0026, 705973.9",
    "12.6392, -8.0029, 13.5116, 2.1254, 1102580.1",
    "14.4843, -4.1830, 16.7666, -3.0026, 282487.7",
    "16.7666, -3.0026, 12.3714, -1.5197, 511875.0"})
  void sahelCityPairsAreMetreTrueAndHaversineIsOnlyClose(double lat1, double lon1, double lat2, double lon2,
      double metres) {
    GeoPoint a = GeoPoint.of(lat1, lon1);
    GeoPoint b = GeoPoint.of(lat2, lon2);
    assertThat(Geodesics.distanceMetres(a, b)).isCloseTo(metres, within(0.1));
    assertThat(Geodesics.distanceMetres(b, a)).isCloseTo(metres, within(0.1));
    assertThat(Geodesics.haversineMetres(a, b)).isCloseTo(metres, within(metres * 0.005));
  }

  @Test
  void destinationAndPointsAlongStayOnTheGeodesic() {
    Geodesics.Inverse r = Geodesics.inverse(BAMAKO, SEGOU);
    GeoPoint end = Geodesics.destination(BAMAKO, r.initialAzimuth(), r.distanceMetres());
    assertThat(Geodesics.distanceMetres(end, SEGOU)).isLessThan(1e-6);
    List<GeoPoint> along = Geodesics.pointsAlong(BAMAKO, SEGOU, 1000);
    assertThat(along).hasSize(214).startsWith(BAMAKO).endsWith(SEGOU);
    double sum = 0;
    for (int i = 1; i < along.size(); i++) {
      double step = Geodesics.distanceMetres(along.get(i - 1), along.get(i));
      assertThat(step).isLessThanOrEqualTo(1000).isCloseTo(r.distanceMetres() / 213, within(1e-6));
      sum += step;
    }
    assertThat(sum).isCloseTo(r.distanceMetres(), within(1e-6));
  }

  @Test
  void azimuthalEquidistantIsExactFromItsCentre() {
    double[] xy = Geodesics.azimuthalEquidistant(BAMAKO, SEGOU.getLatitude(), SEGOU.getLongitude());
    assertThat(Math.hypot(xy[0], xy[1])).isCloseTo(Geodesics.distanceMetres(BAMAKO, SEGOU), within(1e-6));
    GeoPoint back = Geodesics.fromAzimuthalEquidistant(BAMAKO, xy[0], xy[1]);
    assertThat(Geodesics.distanceMetres(back, SEGOU)).isLessThan(1e-6);
  }
}
