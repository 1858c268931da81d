package org.sahelevents.core.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahelevents.core.blackbox.Fixtures.FAMA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.ActorKind;
import org.sahelevents.core.model.ActorValue;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.AttributionKind;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Claim;
import org.sahelevents.core.model.ClaimId;
import org.sahelevents.core.model.Condition;
import org.sahelevents.core.model.ConditionId;
import org.sahelevents.core.model.ConditionKind;
import org.sahelevents.core.model.Credibility;
import org.sahelevents.core.model.DateInterval;
import org.sahelevents.core.model.Denial;
import org.sahelevents.core.model.DocumentId;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Location;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.model.TerritorialClaim;
import org.sahelevents.core.model.TerritorialStatus;
import org.sahelevents.core.resolution.Control;
import org.sahelevents.core.resolution.ControlStatus;
import org.sahelevents.core.validation.ModelValidator;

/**
 * Kidal: held by the Malian army since November 2023, claimed by the FLA on 26 April 2026, the claim denied by the
 * army the next day, and under FLA control from 1 May according to a territorial-control condition.
 */
class ControlTest {
  private static final ActorId FLA = ActorId.of("fla");
  private static final Location KIDAL = Location.builder().name("Kidal").countryIso3("MLI")
      .precision(SpatialPrecision.NEAR).point(GeoPoint.of(18.44345, 1.40921)).build();
  private static final LocalDate CLAIMED = LocalDate.of(2026, 4, 26);

  private static Condition control(String id, ActorId who, DateInterval validity) {
    return Condition.builder().id(ConditionId.of(id)).kind(ConditionKind.TERRITORIAL_CONTROL).imposer(who)
        .area(KIDAL).validity(validity).addReportedIn(DocumentId.of("afp-1")).build();
  }

  private static TerritorialClaim claim(String id, ActorId who, TerritorialStatus status, LocalDate on) {
    return TerritorialClaim.builder().id(ClaimId.of(id)).claimant(who).madeAt(TemporalExtent.day(on))
        .addReportedIn(DocumentId.of("afp-1")).place(Location.builder().name("kidal").precision(SpatialPrecision.ADMIN2)
            .build()).controller(who).status(status).build();
  }

  private static final SourcedAssertion FLA_CONTROL_REPORTED = SourcedAssertion.builder()
      .id(AssertionId.of("afp-kidal-fla")).subject(SubjectRef.of(ConditionId.of("kidal-fla"))).field("controller")
      .value(ActorValue.of(FLA)).reportedIn(DocumentId.of("afp-1")).attributionKind(AttributionKind.JOURNALIST_OWN)
      .credibility(Credibility.PROBABLY_TRUE).recordedAt(java.time.Instant.parse("2026-05-02T10:00:00Z")).build();

  private static Catalog kidal() {
    return Fixtures.catalog()
        .addActors(Fixtures.actor(FLA, "FLA", ActorKind.REBEL_GROUP))
        .addConditions(control("kidal-fama", FAMA, DateInterval.between(LocalDate.of(2023, 11, 14),
            LocalDate.of(2026, 4, 25))))
        .addConditions(control("kidal-fla", FLA, DateInterval.from(LocalDate.of(2026, 5, 1))))
        .addClaims(claim("fla-captured", FLA, TerritorialStatus.CAPTURED, CLAIMED))
        .addClaims(Denial.builder().id(ClaimId.of("army-denies")).claimant(FAMA)
            .madeAt(TemporalExtent.day(CLAIMED.plusDays(1))).addReportedIn(DocumentId.of("afp-1"))
            .deniedClaim(ClaimId.of("fla-captured")).proposition("that Kidal has fallen").build())
        .addAssertions(FLA_CONTROL_REPORTED)
        .build();
  }

  private static List<String> ids(List<? extends Claim> claims) {
    return claims.stream().map(c -> c.getId().getValue()).toList();
  }

  @Test
  void theKidalCatalogIsValid() {
    assertThat(ModelValidator.standard().validate(kidal())).isEmpty();
  }

  @Test
  void aConditionInForceDecides() {
    Control c = kidal().controllerOf(KIDAL, LocalDate.of(2024, 1, 1));
    assertThat(c.status()).isEqualTo(ControlStatus.CONTROLLED);
    assertThat(c.controller()).contains(FAMA);
    assertThat(c.conditions()).extracting(x -> x.getId().getValue()).containsExactly("kidal-fama");
    assertThat(c.claims()).isEmpty();
    assertThat(c.explanation()).isEqualTo("Kidal on 2024-01-01: controlled by fama, because territorial control "
        + "condition \"kidal-fama\" (2023-11-14 to 2026-04-25) names \"fama\"");
  }

  @Test
  void aClaimAloneIsAClaim() {
    Control c = kidal().controllerOf(KIDAL, CLAIMED);
    assertThat(c.status()).isEqualTo(ControlStatus.CLAIMED);
    assertThat(c.controllers()).containsExactly(FLA);
    assertThat(ids(c.claims())).containsExactly("fla-captured");
    assertThat(c.explanation()).isEqualTo("Kidal on 2026-04-26: claimed by fla, because \"fla\" said on 2026-04-26 "
        + "that \"fla\" captured it (claim \"fla-captured\")");
  }

  @Test
  void aDeniedClaimIsContested() {
    Control c = kidal().controllerOf(KIDAL, CLAIMED.plusDays(2));
    assertThat(c.status()).isEqualTo(ControlStatus.CONTESTED);
    assertThat(c.controller()).contains(FLA);
    assertThat(ids(c.claims())).containsExactly("fla-captured", "army-denies");
    assertThat(c.reason()).isEqualTo("\"fla\" said on 2026-04-26 that \"fla\" captured it (claim \"fla-captured\"); "
        + "\"fama\" denied that Kidal has fallen (claim \"army-denies\", 2026-04-27)");
  }

  @Test
  void theAnswerCarriesTheAssertionsItRestsOn() {
    Control c = kidal().controllerOf(KIDAL, LocalDate.of(2026, 5, 2));
    assertThat(c.status()).isEqualTo(ControlStatus.CONTROLLED);
    assertThat(c.controller()).contains(FLA);
    assertThat(c.assertions()).containsExactly(FLA_CONTROL_REPORTED);
  }

  @Test
  void nothingSaysMeansUnknown() {
    Control c = kidal().controllerOf(KIDAL, LocalDate.of(2023, 1, 1));
    assertThat(c.status()).isEqualTo(ControlStatus.UNKNOWN);
    assertThat(c.controller()).isEmpty();
    assertThat(c.conditions()).isEmpty();
    assertThat(c.explanation()).isEqualTo("Kidal on 2023-01-01: unknown, because no territorial control condition is "
        + "in force and no territorial claim about Kidal had been made");
  }

  @Test
  void anotherPlaceOrCountryIsNotKidal() {
    Catalog c = kidal();
    Location tessalit = Location.builder().from(KIDAL).name("Tessalit").build();
    Location kidalElsewhere = Location.builder().from(KIDAL).countryIso3("NER").build();
    Location kidalAnywhere = Location.builder().name("KIDAL").precision(SpatialPrecision.ADMIN1).build();
    LocalDate day = LocalDate.of(2024, 1, 1);
    assertThat(c.controllerOf(tessalit, day).status()).isEqualTo(ControlStatus.UNKNOWN);
    assertThat(c.controllerOf(kidalElsewhere, day).status()).isEqualTo(ControlStatus.UNKNOWN);
    assertThat(c.controllerOf(kidalAnywhere, day).controller()).contains(FAMA);
  }

  @Test
  void twoConditionsNamingDifferentActorsAreContested() {
    Catalog c = Catalog.builder().from(kidal())
        .addConditions(control("kidal-jnim", Fixtures.JNIM, DateInterval.between(LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 1, 31))))
        .build();
    Control control = c.controllerOf(KIDAL, LocalDate.of(2024, 1, 15));
    assertThat(control.status()).isEqualTo(ControlStatus.CONTESTED);
    assertThat(control.controllers()).containsExactly(FAMA, Fixtures.JNIM);
    assertThat(control.controller()).isEmpty();
    assertThat(control.explanation()).startsWith("Kidal on 2024-01-15: contested (fama, jnim), because ");
  }

  @Test
  void aWithdrawalLeavesControlUnknown() {
    Catalog c = Fixtures.catalog().addClaims(claim("left", FAMA, TerritorialStatus.WITHDREW, CLAIMED)).build();
    Control control = c.controllerOf(KIDAL, CLAIMED);
    assertThat(control.status()).isEqualTo(ControlStatus.UNKNOWN);
    assertThat(ids(control.claims())).containsExactly("left");
    assertThat(control.reason()).isEqualTo("\"fama\" said on 2026-04-26 that \"fama\" withdrew from it (claim "
        + "\"left\"); nothing says who held it after that");
  }

  @Test
  void theLatestClaimsDecideAndRivalClaimsAreContested() {
    Catalog c = Fixtures.catalog()
        .addActors(Fixtures.actor(FLA, "FLA", ActorKind.REBEL_GROUP))
        .addClaims(claim("army-holds", FAMA, TerritorialStatus.HOLDS, CLAIMED.minusDays(10)))
        .addClaims(claim("fla-captured", FLA, TerritorialStatus.CAPTURED, CLAIMED))
        .addClaims(claim("jnim-captured", Fixtures.JNIM, TerritorialStatus.CAPTURED, CLAIMED))
        .build();
    assertThat(c.controllerOf(KIDAL, CLAIMED.minusDays(1)).controller()).contains(FAMA);
    Control rival = c.controllerOf(KIDAL, CLAIMED);
    assertThat(rival.status()).isEqualTo(ControlStatus.CONTESTED);
    assertThat(rival.controllers()).containsExactly(FLA, Fixtures.JNIM);
    assertThat(c.controllerOf(KIDAL, CLAIMED.minusDays(11)).status()).isEqualTo(ControlStatus.UNKNOWN);
  }

  @Test
  void overAPeriodTheAnswerChangesWhenTheEvidenceDoes() {
    List<Control> periods = kidal().controllerOf(KIDAL, DateInterval.between(LocalDate.of(2026, 4, 20),
        LocalDate.of(2026, 5, 5)));
    assertThat(periods).extracting(p -> p.period().describe() + " " + p.status() + " " + p.controllers())
        .containsExactly(
            "2026-04-20 to 2026-04-25 CONTROLLED [fama]",
            "2026-04-26 to 2026-04-26 CLAIMED [fla]",
            "2026-04-27 to 2026-04-30 CONTESTED [fla]",
            "2026-05-01 to 2026-05-05 CONTROLLED [fla]");
    assertThat(periods.get(0).explanation()).startsWith("Kidal 2026-04-20 to 2026-04-25: controlled by fama");
    assertThat(periods.get(1).explanation()).startsWith("Kidal on 2026-04-26: claimed by fla");
  }

  @Test
  void aPeriodWithoutChangesIsOneAnswer() {
    List<Control> periods = kidal().controllerOf(KIDAL, DateInterval.between(LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 12, 31)));
    assertThat(periods).singleElement().satisfies(p -> {
      assertThat(p.period()).isEqualTo(DateInterval.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
      assertThat(p.controller()).contains(FAMA);
    });
  }

  @Test
  void aPeriodNeedsBothEnds() {
    assertThatThrownBy(() -> kidal().controllerOf(KIDAL, DateInterval.from(LocalDate.of(2026, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the period needs a start and an end, but is from 2026-01-01");
  }

  @Test
  void onlyTerritorialControlOfThisPlaceCounts() {
    Location gao = Location.builder().name("Gao").countryIso3("MLI").precision(SpatialPrecision.ADMIN2).build();
    Catalog c = Fixtures.catalog()
        .addActors(Fixtures.actor(FLA, "FLA", ActorKind.REBEL_GROUP))
        .addConditions(Condition.builder().from(control("curfew", FAMA, DateInterval.from(CLAIMED)))
            .kind(ConditionKind.CURFEW).build())
        .addConditions(Condition.builder().from(control("gao-fla", FLA, DateInterval.from(CLAIMED))).area(gao).build())
        .addClaims(TerritorialClaim.builder().from(claim("gao-claim", FLA, TerritorialStatus.CAPTURED, CLAIMED))
            .place(gao).build())
        .addClaims(Denial.builder().id(ClaimId.of("gao-denied")).claimant(FAMA).madeAt(TemporalExtent.day(CLAIMED))
            .addReportedIn(DocumentId.of("afp-1")).deniedClaim(ClaimId.of("gao-claim")).proposition("that Gao fell")
            .build())
        .build();
    assertThat(c.controllerOf(KIDAL, CLAIMED).status()).isEqualTo(ControlStatus.UNKNOWN);
    assertThat(c.controllerOf(KIDAL, DateInterval.between(CLAIMED.minusDays(1), CLAIMED.plusDays(1))))
        .singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(ControlStatus.UNKNOWN));
    assertThat(c.controllerOf(gao, CLAIMED).controller()).contains(FLA);
  }

  @Test
  void aDenialOfAnOlderClaimDoesNotContestANewerOne() {
    Catalog c = Catalog.builder().from(kidal())
        .addClaims(claim("jnim-captured", Fixtures.JNIM, TerritorialStatus.CAPTURED, CLAIMED.plusDays(3)))
        .build();
    Control control = c.controllerOf(KIDAL, CLAIMED.plusDays(3));
    assertThat(control.status()).isEqualTo(ControlStatus.CLAIMED);
    assertThat(control.controller()).contains(Fixtures.JNIM);
    assertThat(ids(control.claims())).containsExactly("jnim-captured");
  }

  @Test
  void assertionsAboutTheClaimsComeWithTheAnswer() {
    SourcedAssertion aboutClaim = SourcedAssertion.builder().from(FLA_CONTROL_REPORTED).id(AssertionId.of("auth"))
        .subject(SubjectRef.of(ClaimId.of("fla-captured"))).field("authentic").build();
    Catalog c = Catalog.builder().from(kidal()).addAssertions(aboutClaim).build();
    assertThat(c.controllerOf(KIDAL, CLAIMED).assertions()).containsExactly(aboutClaim);
  }

  @Test
  void theEndOfAConditionIsAChangeEvenWhenNothingFollows() {
    Catalog c = Catalog.builder().from(kidal()).claims(List.of()).build();
    assertThat(c.controllerOf(KIDAL, DateInterval.between(LocalDate.of(2026, 4, 24), LocalDate.of(2026, 4, 28))))
        .extracting(p -> p.period().describe() + " " + p.status())
        .containsExactly("2026-04-24 to 2026-04-25 CONTROLLED", "2026-04-26 to 2026-04-28 UNKNOWN");
  }

  @Test
  void evidenceThatChangesNothingDoesNotSplitThePeriod() {
    Catalog c = Catalog.builder().from(kidal())
        .addClaims(claim("army-holds", FAMA, TerritorialStatus.HOLDS, LocalDate.of(2024, 6, 1)))
        .build();
    assertThat(c.controllerOf(KIDAL, DateInterval.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))))
        .singleElement().satisfies(p -> {
          assertThat(p.period()).isEqualTo(DateInterval.between(LocalDate.of(2024, 1, 1),
              LocalDate.of(2024, 12, 31)));
          assertThat(p.conditions()).extracting(x -> x.getId().getValue()).containsExactly("kidal-fama");
        });
  }

  @Test
  void newEvidenceForTheSameControllerStartsANewPeriod() {
    Catalog c = Fixtures.catalog()
        .addActors(Fixtures.actor(FLA, "FLA", ActorKind.REBEL_GROUP))
        .addConditions(control("first", FAMA, DateInterval.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 10))))
        .addConditions(control("second", FAMA, DateInterval.from(LocalDate.of(2024, 1, 11))))
        .addClaims(claim("captured", FLA, TerritorialStatus.CAPTURED, CLAIMED))
        .addClaims(claim("holds", FLA, TerritorialStatus.HOLDS, CLAIMED.plusDays(1)))
        .build();
    assertThat(c.controllerOf(KIDAL, DateInterval.between(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 15))))
        .extracting(p -> p.period().describe() + " " + p.status() + " " + p.controllers())
        .containsExactly("2024-01-05 to 2024-01-10 CONTROLLED [fama]", "2024-01-11 to 2024-01-15 CONTROLLED [fama]");
    Catalog claimsOnly = Catalog.builder().from(c).conditions(List.of()).build();
    assertThat(claimsOnly.controllerOf(KIDAL, DateInterval.between(CLAIMED, CLAIMED.plusDays(2))))
        .extracting(p -> p.period().describe() + " " + p.status() + " " + ids(p.claims()))
        .containsExactly("2026-04-26 to 2026-04-26 CLAIMED [captured]", "2026-04-27 to 2026-04-28 CLAIMED [holds]");
  }
}
