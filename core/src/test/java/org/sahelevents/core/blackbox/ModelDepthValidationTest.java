package org.sahelevents.core.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelevents.core.blackbox.Fixtures.FAMA;
import static org.sahelevents.core.blackbox.Fixtures.JNIM;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.ActorKind;
import org.sahelevents.core.model.ActorRelation;
import org.sahelevents.core.model.ActorTypeAssignment;
import org.sahelevents.core.model.CasualtyClaim;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.ClaimId;
import org.sahelevents.core.model.DateInterval;
import org.sahelevents.core.model.Denial;
import org.sahelevents.core.model.Document;
import org.sahelevents.core.model.DocumentId;
import org.sahelevents.core.model.FatalityEstimate;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.Location;
import org.sahelevents.core.model.Participant;
import org.sahelevents.core.model.ParticipantRole;
import org.sahelevents.core.model.RelationId;
import org.sahelevents.core.model.RelationType;
import org.sahelevents.core.model.ResponsibilityClaim;
import org.sahelevents.core.model.Side;
import org.sahelevents.core.model.SourceId;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.SubEventType;
import org.sahelevents.core.validation.ModelValidator;
import org.sahelevents.core.validation.Violation;

/** The invariants added for model depth (#15), at the edges the spec cases do not reach. */
class ModelDepthValidationTest {
  private static final ActorId WAGNER = ActorId.of("wagner");
  private static final ActorId RUSSIA = ActorId.of("russia");
  private static final LocalDate ATTACK_DAY = LocalDate.of(2024, 9, 17);

  private static List<String> violations(Object x) {
    return ModelValidator.standard().validate(x).stream().map(Violation::toString).toList();
  }

  // --- invariant 7: geofence

  @Test
  void aPointInsideTheCountryOrInAnUnlistedCountryIsNotWarnedAbout() {
    Location.Builder kati = Location.builder().name("Kati").precision(SpatialPrecision.EXACT);
    assertThat(violations(kati.point(GeoPoint.of(12.74409, -8.07257)).countryIso3("MLI").build())).isEmpty();
    assertThat(violations(kati.point(GeoPoint.of(48.85, 2.35)).countryIso3("FRA").build())).isEmpty();
    assertThat(violations(kati.point(GeoPoint.of(48.85, 2.35)).countryIso3("BFA").build())).singleElement()
        .asString().startsWith("warning: point: lies outside the bounding box of BFA (latitude 9.3 to 15.1, ");
  }

  @Test
  void theBoundingBoxIncludesItsEdges() {
    Location.Builder b = Location.builder().name("Edge").precision(SpatialPrecision.NEAR).countryIso3("MLI");
    for (GeoPoint corner : List.of(GeoPoint.of(10.1, -12.3), GeoPoint.of(25.0, 4.3))) {
      assertThat(violations(b.point(corner).build())).as(corner.toString()).isEmpty();
    }
    for (GeoPoint outside : List.of(GeoPoint.of(10.09, 0), GeoPoint.of(25.01, 0), GeoPoint.of(15, -12.31),
        GeoPoint.of(15, 4.31))) {
      assertThat(violations(b.point(outside).build())).as(outside.toString()).hasSize(1);
    }
  }

  // --- actor types over time

  @Test
  void adjacentTypePeriodsDoNotOverlap() {
    Actor wagner = Actor.builder().from(Fixtures.actor(WAGNER, "Wagner", ActorKind.PRIVATE_MILITARY_COMPANY))
        .addAcledType(ActorTypeAssignment.builder().type(ActorType.EXTERNAL_OTHER_FORCES)
            .validity(DateInterval.between(LocalDate.of(2021, 12, 1), LocalDate.of(2025, 6, 5)))
            .addReportedIn(DocumentId.of("afp-1")).build())
        .addAcledType(ActorTypeAssignment.builder().type(ActorType.STATE_FORCES)
            .validity(DateInterval.from(LocalDate.of(2025, 6, 6))).addReportedIn(DocumentId.of("afp-1")).build())
        .build();
    assertThat(violations(wagner)).isEmpty();
    assertThat(wagner.acledTypeOn(LocalDate.of(2025, 6, 5))).contains(ActorType.EXTERNAL_OTHER_FORCES);
    assertThat(wagner.acledTypeOn(LocalDate.of(2025, 6, 6))).contains(ActorType.STATE_FORCES);
    assertThat(violations(Fixtures.catalog().addActors(wagner).build())).isEmpty();
  }

  // --- invariant 12: an incident later than the reports about it

  private static Catalog reportedOn(String publishedAt, Object... reports) {
    Catalog.Builder b = Fixtures.catalog().documents(List.of(
        Document.builder().id(DocumentId.of("afp-1")).source(SourceId.of("afp")).build(),
        Document.builder().id(DocumentId.of("zallaqa-1")).source(SourceId.of("zallaqa")).build(),
        Document.builder().id(DocumentId.of("early")).source(SourceId.of("afp"))
            .publishedAt(Instant.parse(publishedAt)).build()));
    for (Object r : reports) {
      if (r instanceof org.sahelevents.core.model.Claim c) {
        b.addClaims(c);
      } else {
        b.addAssertions((org.sahelevents.core.model.SourcedAssertion) r);
      }
    }
    return b.build();
  }

  private static org.sahelevents.core.model.SourcedAssertion reportedInEarly() {
    return Fixtures.fatalities("early-toll", FatalityEstimate.exact(3), "early",
        org.sahelevents.core.model.Credibility.POSSIBLY_TRUE, "2024-09-20T00:00:00Z").build();
  }

  @Test
  void aReportADayBeforeTheIncidentIsTolerated() {
    assertThat(violations(reportedOn("2024-09-16T23:00:00Z", reportedInEarly()))).isEmpty();
  }

  @Test
  void aReportMoreThanADayBeforeTheIncidentIsWarnedAbout() {
    assertThat(violations(reportedOn("2024-09-15T23:00:00Z", reportedInEarly()))).containsExactly(
        "warning: incidents[0].time: begins 2024-09-17, more than a day after document \"early\" that reports it "
            + "was published (2024-09-15T23:00:00Z): a report cannot come before the event, so one of the dates is "
            + "probably wrong");
  }

  @Test
  void claimsAboutTheIncidentAreReportsOfItToo() {
    ClaimId id = ClaimId.of("c");
    TemporalExtent when = TemporalExtent.day(ATTACK_DAY);
    var casualty = CasualtyClaim.builder().id(id).claimant(JNIM).madeAt(when).addReportedIn(DocumentId.of("early"))
        .incident(Fixtures.ATTACK).estimate(FatalityEstimate.vague("hundreds")).build();
    var responsibility = ResponsibilityClaim.builder().id(id).claimant(JNIM).madeAt(when)
        .addReportedIn(DocumentId.of("early")).incident(Fixtures.ATTACK).claimedPerpetrator(JNIM).build();
    var denial = Denial.builder().id(id).claimant(FAMA).madeAt(when).addReportedIn(DocumentId.of("early"))
        .deniedIncident(Fixtures.ATTACK).proposition("that the airport was attacked").build();
    var otherIncident = Denial.builder().from(denial).deniedIncident(java.util.Optional.empty())
        .deniedClaim(ClaimId.of("c")).build();
    for (var claim : List.of(casualty, responsibility, denial)) {
      assertThat(violations(reportedOn("2024-09-01T00:00:00Z", claim))).as(claim.getClass().getSimpleName())
          .singleElement().asString().startsWith("warning: incidents[0].time: begins 2024-09-17");
    }
    assertThat(violations(reportedOn("2024-09-01T00:00:00Z", otherIncident)))
        .noneMatch(v -> v.startsWith("warning: incidents[0].time"));
  }

  @Test
  void theEarliestPublishedReportIsTheOneNamed() {
    Catalog c = Catalog.builder().from(reportedOn("2024-09-10T00:00:00Z", reportedInEarly()))
        .addDocuments(Document.builder().id(DocumentId.of("earlier")).source(SourceId.of("afp"))
            .publishedAt(Instant.parse("2024-09-05T00:00:00Z")).build())
        .addAssertions(Fixtures.fatalities("earlier-toll", FatalityEstimate.exact(4), "earlier",
            org.sahelevents.core.model.Credibility.POSSIBLY_TRUE, "2024-09-20T00:00:00Z").build())
        .build();
    assertThat(violations(c)).singleElement().asString().contains("document \"earlier\"");
  }

  // --- invariant 21: who takes or regains territory

  private static Incident territory(SubEventType sub, Participant... participants) {
    return Incident.builder().from(Fixtures.attack()).subEventType(sub).participants(List.of(participants)).build();
  }

  private static Catalog withRussianForces(Incident incident, ActorRelation... relations) {
    return Fixtures.catalog().incidents(List.of(incident))
        .addActors(Actor.builder().from(Fixtures.actor(WAGNER, "Wagner", ActorKind.PRIVATE_MILITARY_COMPANY))
            .countryIso3("RUS").build())
        .addActors(Actor.builder().from(Fixtures.actor(RUSSIA, "Russian armed forces", ActorKind.STATE_FORCE))
            .countryIso3("RUS").build())
        .addRelations(relations).build();
  }

  // JNIM, the Malian army and Wagner as given, for one incident.
  private static Catalog withWagnerAs(Incident incident, Actor wagner) {
    return Catalog.builder().from(withRussianForces(incident)).actors(List.of(
        Fixtures.actor(JNIM, "JNIM", ActorKind.JIHADIST_ARMED_GROUP),
        Fixtures.actor(FAMA, "Malian Armed Forces", ActorKind.STATE_FORCE), wagner)).build();
  }

  @Test
  void aForeignStateMayOvertakeTerritory() {
    Incident byRussia = territory(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        Participant.of(RUSSIA, ParticipantRole.COMBATANT, Side.A), Participant.of(FAMA, ParticipantRole.COMBATANT,
            Side.B));
    assertThat(violations(withRussianForces(byRussia))).isEmpty();
    Incident byExternalForce = territory(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        Participant.of(FAMA, ParticipantRole.COMBATANT, Side.B), Participant.of(WAGNER, ParticipantRole.COMBATANT,
            Side.A));
    assertThat(violations(withWagnerAs(byExternalForce, Fixtures.actor(WAGNER, "Wagner",
        ActorKind.EXTERNAL_STATE_FORCE)))).isEmpty();
    Incident malianOnly = territory(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        Participant.of(FAMA, ParticipantRole.COMBATANT, Side.A), Participant.of(FAMA, ParticipantRole.COMBATANT,
            Side.B));
    assertThat(violations(withRussianForces(malianOnly))).singleElement().asString()
        .startsWith("incidents[0].participants: \"Non-state actor overtakes territory\" needs a non-state or foreign "
            + "actor");
  }

  @Test
  void anActorCodedAsStateForcesOnTheDayIsAStateActor() {
    Actor coded = Actor.builder().from(Fixtures.actor(JNIM, "JNIM", ActorKind.JIHADIST_ARMED_GROUP))
        .addAcledType(ActorTypeAssignment.builder().type(ActorType.STATE_FORCES)
            .validity(DateInterval.between(ATTACK_DAY, ATTACK_DAY)).build()).build();
    Incident overtakes = territory(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        Participant.of(JNIM, ParticipantRole.PERPETRATOR, Side.A), Participant.of(FAMA, ParticipantRole.COMBATANT,
            Side.B));
    Catalog c = Fixtures.catalog().actors(List.of(coded, Fixtures.actor(FAMA, "Malian Armed Forces",
        ActorKind.STATE_FORCE))).incidents(List.of(overtakes)).build();
    assertThat(violations(c)).containsExactly("incidents[0].participants: \"Non-state actor overtakes territory\" "
        + "needs a non-state or foreign actor to take the territory, but every participant (\"jnim\", \"fama\") is "
        + "a state actor of the country; state forces taking territory back is \"Government regains territory\"");
    Incident regains = territory(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
        Participant.of(JNIM, ParticipantRole.PERPETRATOR, Side.A), Participant.of(JNIM, ParticipantRole.COMBATANT,
            Side.B));
    assertThat(violations(Catalog.builder().from(c).incidents(List.of(regains)).build())).isEmpty();
    Incident dayAfter = Incident.builder().from(regains).time(TemporalExtent.day(ATTACK_DAY.plusDays(1))).build();
    assertThat(violations(Catalog.builder().from(c).incidents(List.of(dayAfter)).build())).singleElement()
        .asString().endsWith("but no participant (\"jnim\") is one on 2024-09-18");
  }

  @Test
  void theTakerMayBeAnyParticipantAsInOlderAcledExports() {
    Incident regains = territory(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
        Participant.of(JNIM, ParticipantRole.COMBATANT, Side.A), Participant.of(FAMA, ParticipantRole.COMBATANT,
            Side.B));
    assertThat(violations(withRussianForces(regains))).isEmpty();
    Incident overtakes = territory(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        Participant.of(FAMA, ParticipantRole.COMBATANT, Side.A), Participant.of(FAMA, ParticipantRole.COMBATANT,
            Side.B), Participant.of(JNIM, ParticipantRole.ASSOCIATED, Side.B));
    assertThat(violations(withRussianForces(overtakes))).isEmpty();
  }

  @Test
  void aParticipantMissingFromTheCatalogLeavesTheRuleUnchecked() {
    Incident regains = territory(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
        Participant.of(JNIM, ParticipantRole.COMBATANT, Side.A), Participant.of(ActorId.of("ghost"),
            ParticipantRole.COMBATANT, Side.B));
    assertThat(violations(withRussianForces(regains))).containsExactly("incidents[0].participants[1].actor: refers "
        + "to actor \"ghost\", which is not in the catalog");
  }

  @Test
  void aContractorOfTheStateMayRegainTerritoryWhileTheContractHolds() {
    Incident regains = territory(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
        Participant.of(WAGNER, ParticipantRole.COMBATANT, Side.A), Participant.of(JNIM, ParticipantRole.COMBATANT,
            Side.B));
    ActorRelation.Builder contract = ActorRelation.builder().id(RelationId.of("contract")).subject(WAGNER)
        .type(RelationType.CONTRACTED_BY).object(FAMA).addReportedIn(DocumentId.of("afp-1"));
    assertThat(violations(withRussianForces(regains, contract.build()))).isEmpty();
    assertThat(violations(withRussianForces(regains, contract.validity(DateInterval.between(
        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).build()))).isEmpty();
    assertThat(violations(withRussianForces(regains, contract.validity(DateInterval.between(
        LocalDate.of(2021, 12, 1), LocalDate.of(2023, 12, 31))).build()))).containsExactly(
        "incidents[0].participants: \"Government regains territory\" needs state forces, foreign forces or their "
            + "affiliates to take the territory back, but no participant (\"wagner\", \"jnim\") is one on "
            + "2024-09-17");
    assertThat(violations(withRussianForces(regains, contract.type(RelationType.FIGHTS)
        .validity(java.util.Optional.empty()).build()))).hasSize(1);
    assertThat(violations(withRussianForces(regains, contract.type(RelationType.CONTRACTED_BY).object(JNIM).build())))
        .as("a contract with a non-state actor is no affiliation with the state").hasSize(1);
    Incident withExternal = territory(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
        Participant.of(WAGNER, ParticipantRole.COMBATANT, Side.A), Participant.of(JNIM, ParticipantRole.COMBATANT,
            Side.B));
    Catalog external = withWagnerAs(withExternal, Actor.builder()
        .from(Fixtures.actor(WAGNER, "Wagner", ActorKind.PRIVATE_MILITARY_COMPANY))
        .addAcledType(ActorTypeAssignment.of(ActorType.EXTERNAL_OTHER_FORCES)).build());
    assertThat(violations(external)).as("foreign forces such as France in 2013 regain territory for the government")
        .isEmpty();
  }

  // --- invariant 23: denials and responsibility claims

  @Test
  void anActorMayRetractItsOwnClaimLaterAndOthersMayDenyItAtOnce() {
    TemporalExtent when = TemporalExtent.day(ATTACK_DAY);
    var claim = ResponsibilityClaim.builder().id(ClaimId.of("claim")).claimant(JNIM).madeAt(when)
        .addReportedIn(DocumentId.of("zallaqa-1")).incident(Fixtures.ATTACK).claimedPerpetrator(JNIM).build();
    var retraction = Denial.builder().id(ClaimId.of("retraction")).claimant(JNIM)
        .madeAt(TemporalExtent.day(ATTACK_DAY.plusDays(1))).addReportedIn(DocumentId.of("zallaqa-1"))
        .deniedClaim(ClaimId.of("claim")).proposition("that its fighters attacked the school").build();
    var denial = Denial.builder().from(retraction).id(ClaimId.of("denial")).claimant(FAMA).madeAt(when).build();
    assertThat(violations(Fixtures.catalog().addClaims(claim, retraction, denial).build())).isEmpty();
    var tooSoon = Denial.builder().from(retraction).madeAt(TemporalExtent.days(ATTACK_DAY, ATTACK_DAY.plusDays(1)))
        .build();
    assertThat(violations(Fixtures.catalog().addClaims(claim, tooSoon).build())).singleElement().asString()
        .startsWith("claims[1].claimant: \"jnim\" made the claim it denies (\"claim\", 2024-09-17)");
  }

  @Test
  void aResponsibilityClaimByThePerpetratorIsNoAttribution() {
    var claim = ResponsibilityClaim.builder().id(ClaimId.of("claim")).claimant(JNIM)
        .madeAt(TemporalExtent.day(ATTACK_DAY)).addReportedIn(DocumentId.of("zallaqa-1")).incident(Fixtures.ATTACK)
        .claimedPerpetrator(JNIM).build();
    assertThat(violations(claim)).isEmpty();
    assertThat(violations(ResponsibilityClaim.builder().from(claim).claimant(FAMA).build())).singleElement()
        .asString().startsWith("warning: claimedPerpetrator: is \"jnim\", not the claimant \"fama\"");
  }
}
