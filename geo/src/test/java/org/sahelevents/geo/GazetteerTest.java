package org.sahelevents.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer g = Gazetteer.sahel();

  @Test
  void findsPlacesByAnyNameIgnoringCaseAccentsAndNormalForm() {
    assertThat(g.place("SEGOU")).isEqualTo(g.place("Ségou")).isPresent();
    assertThat(g.place(Normalizer.normalize("Ségou", Normalizer.Form.NFD))).isEqualTo(g.place("Ségou"));
    assertThat(g.place("Dioema").orElseThrow().name()).isEqualTo("Diéma");
    assertThat(g.place("Tombouctou").orElseThrow().name()).isEqualTo("Timbuktu");
    assertThat(g.place("Sévaré").orElseThrow().approximate()).isTrue();
    assertThat(g.place("Bamako").orElseThrow().point().getLatitude()).isEqualTo(12.60915);
    assertThat(g.place("Atlantis")).isEmpty();
  }

  @Test
  void roadsOutOfBamakoRunThroughTheirTownsFromBamako() {
    assertThat(g.roads()).extracting(Route::id)
        .containsExactly("RN3", "RN5", "RN6", "RN7", "RN16", "RN30", "DIEMA-NIORO");
    Route rn6 = g.road("rn6").orElseThrow();
    assertThat(rn6.parts().get(0).get(0)).isEqualTo(g.place("Bamako").orElseThrow().point());
    Corridor corridor = Corridor.of(rn6, 5_000);
    assertThat(corridor.locate(g.place("Ségou").orElseThrow().point()).distanceMetres()).isLessThan(1e-3);
    // Bamako to Ségou: 208 km as the crow flies (domain notes), a little more town to town through Fana.
    assertThat(corridor.locate(g.place("Ségou").orElseThrow().point()).chainageMetres() / 1000)
        .isCloseTo(218, within(10.0));
    assertThat(g.road("RN7").orElseThrow().lengthMetres() / 1000).isBetween(300.0, 450.0);
  }
}
