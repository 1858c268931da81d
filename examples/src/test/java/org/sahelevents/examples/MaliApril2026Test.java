package org.sahelevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.json.ModelJson;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.BlockadeDirection;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Condition;
import org.sahelevents.core.model.ConditionKind;
import org.sahelevents.core.model.FatalityValue;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.LocalizedName;
import org.sahelevents.core.model.SubEventTypeValue;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.resolution.Resolution;
import org.sahelevents.core.resolution.StandardPolicy;
import org.sahelevents.core.taxonomy.SubEventType;
import org.sahelevents.core.validation.ModelValidator;

class MaliApril2026Test {
  private final Catalog mali = MaliApril2026.catalog();
  private final SubjectRef killing = SubjectRef.of(MaliApril2026.CAMARA_KILLING);

  @Test
  void theCatalogValidatesWithoutErrorsOrWarnings() {
    assertThat(ModelValidator.standard().validate(mali)).isEmpty();
  }

  @Test
  void theConservativeRuleKeepsAPsFigureWhileTheMostRecentReportSaysFour() {
    Resolution conservative = mali.resolve(killing, MaliApril2026.FATALITIES, StandardPolicy.ACLED_CONSERVATIVE);
    assertThat(((FatalityValue) conservative.value().orElseThrow()).getEstimate().getLow()).contains(1);
    assertThat(conservative.chosen().orElseThrow().getId().getValue()).isEqualTo("ap-camara-killed");
    assertThat(conservative.reason()).isEqualTo("it is the lowest credible figure (1) among 2 credible figure(s)");

    Resolution recent = mali.resolve(killing, MaliApril2026.FATALITIES, StandardPolicy.MOST_RECENT);
    assertThat(((FatalityValue) recent.value().orElseThrow()).getEstimate().getBest()).contains(4);
    assertThat(recent.explanation()).startsWith("MOST_RECENT: chose aggregator-four-killed (4 killed) because it was "
        + "recorded last of 2 eligible assertion(s)");
  }

  @Test
  void theDoubtfulSuicideBombAccountLosesToTheArticleOnCredibility() {
    Resolution manner = mali.resolve(killing, MaliApril2026.MANNER, StandardPolicy.HIGHEST_CREDIBILITY);
    assertThat(manner.value()).contains(SubEventTypeValue.of(SubEventType.ARMED_CLASH));
    assertThat(manner.verdicts()).hasSize(2).allMatch(v -> v.isEligible());
  }

  @Test
  void theOffensiveIsACampaignOfPerSiteIncidents() {
    assertThat(mali.childrenOf(MaliApril2026.OFFENSIVE)).extracting(i -> i.getLocation().getName())
        .containsExactly("Kati", "Bamako", "Sévaré", "Gao", "Kati");
    Incident kati = mali.incident(MaliApril2026.KATI).orElseThrow();
    assertThat(kati.getLocation().getPoint().orElseThrow().getLatitude()).isEqualTo(12.74409);
  }

  @Test
  void theBlockadeOfBamakoBlocksEntryOnTheNationalRoads() {
    Condition blockade = mali.condition(MaliApril2026.BAMAKO_BLOCKADE).orElseThrow();
    assertThat(blockade.getDirection()).contains(BlockadeDirection.ENTRY_BLOCKED);
    assertThat(blockade.getImposer()).contains(MaliApril2026.JNIM);
    assertThat(blockade.getRoutes()).extracting(r -> r.getValue()).containsExactly("RN3", "RN5", "RN6", "RN7");
  }

  @Test
  void kidalChangesHandsInApril2026() {
    assertThat(controllerOfKidalOn(LocalDate.of(2024, 6, 1))).isEqualTo(MaliApril2026.FAMA);
    assertThat(controllerOfKidalOn(LocalDate.of(2026, 4, 27))).isEqualTo(MaliApril2026.FLA);
  }

  private ActorId controllerOfKidalOn(LocalDate date) {
    return mali.getConditions().stream()
        .filter(c -> c.getKind() == ConditionKind.TERRITORIAL_CONTROL && c.getValidity().contains(date))
        .filter(c -> c.getArea().filter(a -> a.getName().equals("Kidal")).isPresent())
        .map(c -> c.getImposer().orElseThrow())
        .findFirst().orElseThrow();
  }

  @Test
  void everyNameOfJnimFindsIt() {
    for (String name : new String[] {"JNIM", "gsim", "جماعة نصرة الإسلام والمسلمين",
        "Groupe de soutien a l'islam et aux musulmans", "Jama'at Nusrat al-Islam wal-Muslimin"}) {
      assertThat(mali.actorsNamed(name)).as(name).extracting(a -> a.getId()).containsExactly(MaliApril2026.JNIM);
    }
    String nfd = Normalizer.normalize("Ségou", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Ségou");
    assertThat(LocalizedName.matchKey(nfd)).isEqualTo(LocalizedName.matchKey("Ségou"));
  }

  @Test
  void theCatalogRoundTripsThroughJson() {
    ModelJson json = ModelJson.create();
    assertThat(json.read(json.write(mali), Catalog.class)).isEqualTo(mali);
  }

  @Test
  void theExamplePrintsEachContestedFactWithItsSourcesAndEachPolicysChoice() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ModelTheArticle.print(mali, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("11 actors, 7 incidents, 5 conditions, 2 claims, 7 assertions from 7 documents; valid")
        .contains("ap-camara-killed             at least 1 killed                credibility 2, per Associated Press")
        .contains("-> ACLED_CONSERVATIVE   at least 1 killed, because it is the lowest credible figure (1)")
        .contains("-> MOST_RECENT          4 killed, because it was recorded last")
        .contains("BLOCKADE            jnim over Bamako           entry blocked, on [RN3, RN5, RN6, RN7], valid "
            + "2026-04-26 to now")
        .contains("jnim-claims-offensive    ResponsibilityClaim by jnim via az-Zallaqa, unverified");
  }
}
