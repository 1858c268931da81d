package org.sahelevents.spark.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.Gazetteer;
import org.sahelevents.geo.Geodesics;
import org.sahelevents.geo.Route;
import org.sahelevents.geo.RoutePosition;
import org.sahelevents.io.geojson.MapFeatures;
import org.sahelevents.spark.SahelFunctions;

/** The SQL functions give what the library's geodesics and corridors give, for gazetteer roads and users' routes. */
class SahelFunctionsTest {
  private static final SparkSession SPARK = SharedSpark.session();
  // A made-up straight road north from Bamako, to show that users' routes reach the executors.
  private static final Route NORTH = Route.of("TEST-NORTH", "test road", List.of(GeoPoint.of(12.65, -8.0),
      GeoPoint.of(13.65, -8.0)));
  private static final double[][] POINTS = {{-7.9994, 12.6392}, {-6.9558, 12.7789}, {-4.1828, 14.4843},
      {-8.1, 13.0}, {-7.7, 13.2}, {0.0, 10.0}};

  @BeforeAll
  static void register() {
    SahelFunctions.register(SPARK, List.of(NORTH));
  }

  private static Row one(String sql) {
    return SPARK.sql(sql).collectAsList().get(0);
  }

  @Test
  void corridorLocateIsTheLibrarysPositionForGazetteerRoadsAndUsersRoutes() {
    for (Route route : List.of(Gazetteer.sahel().road("RN6").orElseThrow(), NORTH)) {
      Corridor corridor = Corridor.of(route, 10_000);
      for (double[] p : POINTS) {
        RoutePosition expected = corridor.locate(GeoPoint.of(p[1], p[0]));
        Row got = one(String.format(Locale.ROOT, "SELECT corridor_locate('%s', 10000, %s, %s) AS c", route.id(),
            p[0], p[1])).getStruct(0);
        assertThat(got.getDouble(0)).isCloseTo(expected.distanceMetres(), within(1e-3));
        assertThat(got.getDouble(1)).isCloseTo(expected.chainageMetres(), within(1e-3));
        assertThat(got.getDouble(2)).isCloseTo(expected.toEndMetres(), within(1e-3));
        assertThat(got.getString(3)).isEqualTo(expected.side().name().toLowerCase(Locale.ROOT));
        assertThat(got.getBoolean(4)).isEqualTo(expected.distanceMetres() <= 10_000);
      }
    }
  }

  @Test
  void corridorPropertiesAreTheToolsProperties() {
    Corridor corridor = Corridor.of(Gazetteer.sahel().road("RN6").orElseThrow(), 10_000);
    RoutePosition position = corridor.locate(GeoPoint.of(12.7789, -6.9558));
    Map<String, String> got = one("SELECT corridor_properties('RN6', 10000D, -6.9558D, 12.7789D)").getJavaMap(0);
    List<String> names = new java.util.ArrayList<>();
    MapFeatures.corridorProperties(corridor, position).fields().forEachRemaining(e -> {
      names.add(e.getKey());
      assertThat(got).containsEntry(e.getKey(), e.getValue().asText());
    });
    assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(names);
  }

  @Test
  void geodesicDistanceIsTheLibrarys() {
    double expected = Geodesics.distanceMetres(GeoPoint.of(12.6392, -7.9994), GeoPoint.of(14.4843, -4.1828));
    assertThat(one("SELECT geodesic_distance_m(-7.9994D, 12.6392D, -4.1828D, 14.4843D)").getDouble(0))
        .isCloseTo(expected, within(1e-6));
  }

  @Test
  void interactionsFollowAcledsCodebook() {
    assertThat(one("SELECT acled_interaction('Rebel group', 'State forces')").getString(0))
        .isEqualTo("State forces-Rebel group");
    assertThat(one("SELECT acled_interaction('1', '2')").getString(0)).isEqualTo("State forces-Rebel group");
    assertThat(one("SELECT acled_interaction('Protesters', '')").getString(0)).isEqualTo("Protesters only");
    assertThat(one("SELECT acled_interaction('Protesters', NULL)").getString(0)).isEqualTo("Protesters only");
    assertThat(one("SELECT acled_interaction(NULL, 'Civilians')").isNullAt(0)).isTrue();
  }

  @Test
  void nullArgumentsGiveNull() {
    assertThat(one("SELECT corridor_locate('RN6', 10000D, NULL, 12.0D)").isNullAt(0)).isTrue();
    assertThat(one("SELECT geodesic_distance_m(NULL, 1D, 2D, 3D)").isNullAt(0)).isTrue();
  }

  @Test
  void anUnknownRouteIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> one("SELECT corridor_locate('RN99', 10000D, -7D, 12D)"))
        .rootCause().hasMessageContaining("unknown route RN99").hasMessageContaining("RN6")
        .hasMessageContaining("TEST-NORTH");
  }

  @Test
  void anUnknownActorTypeIsNamed() {
    assertThatThrownBy(() -> one("SELECT acled_interaction('Pirates', '1')")).rootCause()
        .hasMessageContaining("Pirates");
  }
}
