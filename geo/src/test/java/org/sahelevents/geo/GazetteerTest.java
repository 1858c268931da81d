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

  @Test
  void routeIdsOfConditionsAreCheckedAgainstTheGazetteersAndTheGivenRoads() {
    org.sahelevents.core.model.Condition blockade = org.sahelevents.core.model.Condition.builder()
        .id(org.sahelevents.core.model.ConditionId.of("b")).kind(org.sahelevents.core.model.ConditionKind.BLOCKADE)
        .direction(org.sahelevents.core.model.BlockadeDirection.BOTH)
        .validity(org.sahelevents.core.model.DateInterval.builder().build())
        .addReportedIn(org.sahelevents.core.model.DocumentId.of("d"))
        .addRoutes(org.sahelevents.core.model.RouteId.of("rn6"))
        .addAxes(org.sahelevents.core.model.BlockadeAxis.of(org.sahelevents.core.model.RouteId.of("RN99"),
            org.sahelevents.core.model.AxisStatus.CUT))
        .addAxes(org.sahelevents.core.model.BlockadeAxis.builder().build())
        .build();
    org.sahelevents.core.model.Catalog catalog = org.sahelevents.core.model.Catalog.builder().addConditions(blockade)
        .build();
    assertThat(g.checkRoutes(catalog)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("conditions[0].axes[0].route");
      assertThat(v.message()).startsWith("\"RN99\" is not a road this gazetteer or the given roads know (RN3, RN5");
    });
    Route rn99 = Route.of("RN99", "RN99: Gao - Kidal", java.util.List.of(g.place("Gao").orElseThrow().point(),
        g.place("Kidal").orElseThrow().point()));
    assertThat(g.checkRoutes(catalog, java.util.List.of(rn99))).isEmpty();
  }

  @Test
  void aPlaceBuiltWithoutNamesHasNoneButKeepsItsAliases() {
    Gazetteer.Place p = new Gazetteer.Place("X", java.util.List.of("Y"), g.place("Gao").orElseThrow().point(), "Gao",
        "MLI", false);
    assertThat(p.names()).isEmpty();
    assertThat(p.aliases()).containsExactly("Y");
    assertThat(p.names("ar")).isEmpty();
  }
}
