package org.sahelevents.core.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sahelevents.core.json.ModelJson;
import org.sahelevents.core.json.ModelJsonException;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Claim;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.SourcedAssertion;

class ModelJsonTest {
  private final ModelJson json = ModelJson.create();

  @Test
  void aCatalogRoundTripsAndWritesIsoDatesEnumNamesAndNoAbsentValues() {
    Catalog catalog = Fixtures.catalog().build();
    String text = json.write(catalog);
    assertThat(json.read(text, Catalog.class)).isEqualTo(catalog);
    assertThat(text)
        .contains("\"earliest\":\"2024-09-17\"", "\"recordedAt\":\"2024-09-19T12:00:00Z\"",
            "\"eventType\":\"BATTLES\"", "\"valueType\":\"fatalities\"", "\"id\":\"jnim\"")
        .doesNotContain("null", "\"links\"", "\"title\"", "Immutable");
  }

  @Test
  void writesAnIncidentExactly() {
    assertThat(json.write(Fixtures.attack())).isEqualTo("{\"id\":\"bamako-2024-09-17\",\"eventType\":\"BATTLES\","
        + "\"subEventType\":\"ARMED_CLASH\",\"time\":{\"earliest\":\"2024-09-17\",\"latest\":\"2024-09-17\","
        + "\"precision\":\"DAY\"},\"location\":{\"name\":\"Bamako\",\"countryIso3\":\"MLI\",\"point\":{\"latitude\":"
        + "12.60915,\"longitude\":-7.97522},\"precision\":\"EXACT\"},\"participants\":[{\"actor\":\"jnim\",\"role\":"
        + "\"COMBATANT\",\"side\":\"A\",\"certainty\":\"ASSERTED\"},{\"actor\":\"fama\",\"role\":\"COMBATANT\","
        + "\"side\":\"B\",\"certainty\":\"ASSERTED\"}],\"civilianTargeting\":false}");
  }

  @Test
  void unknownPropertiesAreRejectedWithTheirPointerAndTheKnownNames() {
    assertThatThrownBy(() -> json.read("{\"latitude\":1,\"longitude\":2,\"lat\":3}", GeoPoint.class))
        .isInstanceOf(ModelJsonException.class)
        .hasMessage("/lat: unknown property \"lat\"; known properties are [latitude, longitude]");
    String catalog = "{\"incidents\":[" + json.write(Fixtures.attack()).replace("\"civilianTargeting\"", "\"x\":1,"
        + "\"civilianTargeting\"") + "]}";
    assertThatThrownBy(() -> json.read(catalog, Catalog.class))
        .isInstanceOf(ModelJsonException.class)
        .satisfies(e -> assertThat(((ModelJsonException) e).pointer()).isEqualTo("/incidents/0/x"));
  }

  @Test
  void missingMandatoryAttributesBadEnumsDuplicatesAndMalformedTextAreLocated() {
    assertThatThrownBy(() -> json.read("{\"latitude\":1}", GeoPoint.class))
        .hasMessageContaining("some of required attributes are not set [longitude]");
    assertThatThrownBy(() -> json.read("{\"incidents\":[{\"id\":\"a\",\"eventType\":\"BATTLE\"}]}", Catalog.class))
        .isInstanceOf(ModelJsonException.class)
        .hasMessageStartingWith("/incidents/0/eventType: cannot read \"BATTLE\" as EventType; expected one of [BATTLES");
    assertThatThrownBy(() -> json.read("{\"latitude\":1,\"latitude\":2,\"longitude\":3}", GeoPoint.class))
        .hasMessageContaining("Duplicate field 'latitude'");
    assertThatThrownBy(() -> json.read("{\"latitude\":1,", GeoPoint.class))
        .isInstanceOf(ModelJsonException.class)
        .hasMessageStartingWith("/: malformed JSON (line 1, column 15)");
    assertThatThrownBy(() -> json.read("{\"latitude\":1,\"longitude\":2} {}", GeoPoint.class))
        .isInstanceOf(ModelJsonException.class);
  }

  @Test
  void claimsAndValuesAreWrittenWithTheirKind() {
    Catalog catalog = Fixtures.catalog().build();
    SourcedAssertion a = catalog.getAssertions().get(0);
    assertThat(json.read(json.write(a), SourcedAssertion.class)).isEqualTo(a);
    String claim = "{\"claimType\":\"denial\",\"id\":\"d\",\"claimant\":\"fama\",\"madeAt\":{\"earliest\":"
        + "\"2026-04-27\",\"latest\":\"2026-04-27\",\"precision\":\"DAY\"},\"reportedIn\":[\"ortm-1\"],"
        + "\"deniedIncident\":\"kidal\",\"proposition\":\"that Kidal has fallen\"}";
    Claim read = json.read(claim, Claim.class);
    assertThat(json.write(read)).isEqualTo(claim.replace("\"reportedIn\"", "\"authentication\":\"UNVERIFIED\","
        + "\"reportedIn\""));
    assertThat(json.read(json.write(read), Claim.class)).isEqualTo(read);
    assertThat(json.read(json.write(Fixtures.attack()), Incident.class)).isEqualTo(Fixtures.attack());
  }
}
