package org.sahelevents.geo.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.Gazetteer;
import org.sahelevents.geo.Route;
import org.sahelevents.geo.RoutePosition;

class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.sahel();

  // What a user without a French keyboard types: "Segou" for Ségou, "DIOILA" for Dioïla.
  private static String plain(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  @Test
  void everyPlaceIsFoundByEveryNameWithoutItsAccentsInAnyCase() {
    List<Gazetteer.Place> places = GAZETTEER.places();
    assertThat(places).hasSizeGreaterThan(30);
    assertThat(places.stream().filter(p -> !plain(p.name()).equals(p.name()))).as("accented names")
        .hasSizeGreaterThan(5);
    for (Gazetteer.Place place : places) {
      List<String> names = new ArrayList<>(place.aliases());
      names.add(place.name());
      for (String name : names) {
        assertThat(GAZETTEER.place(plain(name))).as(plain(name)).contains(place);
        assertThat(GAZETTEER.place(plain(name).toUpperCase(Locale.ROOT))).contains(place);
        assertThat(GAZETTEER.place(" " + plain(name).toLowerCase(Locale.ROOT) + " ")).contains(place);
      }
    }
    assertThat(GAZETTEER.place("Menaka").orElseThrow().name()).isEqualTo("Ménaka");
    assertThat(GAZETTEER.place("Segou, Mali")).isEmpty();
  }

  @Test
  void everyNameAUserOfTheArticleTypesFindsItsTown() {
    String[][] typed = {
        {"كيدال", "Kidal"}, {"باماكو", "Bamako"}, {"تساليت", "Tessalit"}, {"تساليات", "Tessalit"}, {"غاو", "Gao"},
        {"تمبكتو", "Timbuktu"}, {"ميناكا", "Ménaka"}, {"كاتي", "Kati"}, {"Tesalit", "Tessalit"},
        {"Tessalit", "Tessalit"}, {"Segu", "Ségou"}, {"Ségou", "Ségou"}, {"Tombouctou", "Timbuktu"},
        {"Timbuktu", "Timbuktu"}, {"Menaka", "Ménaka"}, {"Sevare", "Sévaré"}, {"Nioro", "Nioro du Sahel"}};
    for (String[] t : typed) {
      assertThat(GAZETTEER.place(t[0]).map(Gazetteer.Place::name)).as(t[0]).contains(t[1]);
    }
    // Arabic typed with short vowels or another form of alif finds the same town.
    assertThat(GAZETTEER.place("كِيدَال").map(Gazetteer.Place::name)).contains("Kidal");
  }

  @Test
  void everyNameRecordsItsLanguageAndTheMainNameComesFirst() {
    for (Gazetteer.Place place : GAZETTEER.places()) {
      assertThat(place.names()).as(place.name()).isNotEmpty();
      assertThat(place.names().get(0).getValue()).isEqualTo(place.name());
      assertThat(place.names()).extracting(n -> n.getLanguage()).allMatch(l -> l.matches("fr|en|ar|bm"));
      assertThat(place.aliases()).containsExactlyElementsOf(place.names().stream().map(n -> n.getValue())
          .filter(v -> !v.equals(place.name())).toList());
    }
    Gazetteer.Place kidal = GAZETTEER.place("Kidal").orElseThrow();
    assertThat(kidal.names("ar")).extracting(n -> n.getValue()).containsExactly("كيدال");
    assertThat(GAZETTEER.place("Ségou").orElseThrow().names("bm")).extracting(n -> n.getValue())
        .containsExactly("Segu");
    assertThat(GAZETTEER.place("Timbuktu").orElseThrow().names("fr")).extracting(n -> n.getValue())
        .containsExactly("Tombouctou");
  }

  @Test
  void theArticlesPlacesAreAllThereWithGeoNamesPoints() {
    for (String name : List.of("Bamako", "Kati", "Kidal", "Tessalit", "Gao", "Timbuktu", "Ménaka", "Mopti")) {
      Gazetteer.Place place = GAZETTEER.place(name).orElseThrow();
      assertThat(place.approximate()).as(name).isFalse();
      assertThat(place.countryIso3()).isEqualTo("MLI");
    }
    assertThat(GAZETTEER.place("Tessalit").orElseThrow().point().getLatitude()).isEqualTo(20.20126);
  }

  @Test
  void everyRoadRunsThroughTheTownsItsNameListsInThatOrder() {
    for (Route road : GAZETTEER.roads()) {
      // "RN6: Bamako - Fana - Ségou - Bla - San - Sévaré", "RN30: Fana - Dioïla (towards Côte d'Ivoire)"
      String towns = road.name().substring(road.name().indexOf(':') + 1).replaceAll("\\(.*\\)", "");
      Corridor corridor = Corridor.of(road, 1_000);
      double previous = -1;
      for (String town : towns.split(" - ")) {
        RoutePosition at = corridor.locate(GAZETTEER.place(town.strip()).orElseThrow().point());
        assertThat(at.distanceMetres()).as("%s on %s", town, road.id()).isLessThan(1e-3);
        assertThat(at.chainageMetres()).as("%s on %s", town, road.id()).isGreaterThan(previous);
        previous = at.chainageMetres();
      }
      assertThat(previous).as("the last town of %s is its end", road.id()).isEqualTo(road.lengthMetres());
      assertThat(GAZETTEER.road(road.id().toLowerCase(Locale.ROOT))).contains(road);
    }
  }

  @Test
  void itsListsAreReadOnly() {
    assertThatThrownBy(() -> GAZETTEER.places().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> GAZETTEER.roads().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aBlockadeAxisOnARoadNobodyKnowsIsReportedWithItsPath() {
    org.sahelevents.core.model.Catalog catalog = org.sahelevents.core.model.Catalog.builder()
        .addConditions(org.sahelevents.core.model.Condition.builder()
            .id(org.sahelevents.core.model.ConditionId.of("bamako-blockade"))
            .kind(org.sahelevents.core.model.ConditionKind.BLOCKADE)
            .direction(org.sahelevents.core.model.BlockadeDirection.ENTRY_BLOCKED)
            .validity(org.sahelevents.core.model.DateInterval.builder().build())
            .addReportedIn(org.sahelevents.core.model.DocumentId.of("lemonde"))
            .addRoutes(org.sahelevents.core.model.RouteId.of("N6"))
            .addAxes(org.sahelevents.core.model.BlockadeAxis.builder()
                .route(org.sahelevents.core.model.RouteId.of("rn7")).build())
            .build())
        .build();
    assertThat(GAZETTEER.checkRoutes(catalog)).extracting(v -> v.path())
        .containsExactly("conditions[0].routes[0]");
  }
}
