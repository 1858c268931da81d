package org.sahelevents.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.Route;

/** The broadcast routes make each corridor once, travel as Java serialization, and name unknown routes. */
class RoutesTest {
  private static final Route ROAD = Route.of("R1", "a road", List.of(GeoPoint.of(12, -8), GeoPoint.of(13, -8)));

  @Test
  void aCorridorIsMadeOncePerRouteAndHalfWidth() {
    SahelFunctions.Routes routes = new SahelFunctions.Routes(Map.of("R1", ROAD));
    Corridor first = routes.corridor("R1", 5000);
    assertThat(routes.corridor("R1", 5000)).isSameAs(first);
    assertThat(routes.corridor("R1", 10_000)).isNotSameAs(first);
    assertThat(first.halfWidthMetres()).isEqualTo(5000);
  }

  @Test
  void routesSurviveSerializationAndMakeTheirCorridorsAfterwards() throws IOException, ClassNotFoundException {
    SahelFunctions.Routes routes = new SahelFunctions.Routes(Map.of("R1", ROAD));
    routes.corridor("R1", 5000);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(routes);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      SahelFunctions.Routes back = (SahelFunctions.Routes) in.readObject();
      assertThat(back.corridor("R1", 5000).locate(GeoPoint.of(12.5, -7.95)).distanceMetres())
          .isEqualTo(routes.corridor("R1", 5000).locate(GeoPoint.of(12.5, -7.95)).distanceMetres());
    }
  }

  @Test
  void anUnknownRouteOrABadWidthIsExplained() {
    SahelFunctions.Routes routes = new SahelFunctions.Routes(Map.of("R1", ROAD));
    assertThatThrownBy(() -> routes.corridor("R2", 5000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown route R2: known are R1");
    assertThatThrownBy(() -> routes.corridor("R1", -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("half-width");
  }
}
