package org.sahelevents.core.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahelevents.core.blackbox.Fixtures.ATTACK;
import static org.sahelevents.core.blackbox.Fixtures.ATTACK_REF;
import static org.sahelevents.core.blackbox.Fixtures.FAMA;
import static org.sahelevents.core.blackbox.Fixtures.JNIM;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.ActorKind;
import org.sahelevents.core.model.ActorRelation;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Characterisation;
import org.sahelevents.core.model.ClaimId;
import org.sahelevents.core.model.Condition;
import org.sahelevents.core.model.ConditionId;
import org.sahelevents.core.model.ConditionKind;
import org.sahelevents.core.model.Credibility;
import org.sahelevents.core.model.DateInterval;
import org.sahelevents.core.model.DocumentId;
import org.sahelevents.core.model.FatalityEstimate;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.Participant;
import org.sahelevents.core.model.ParticipantRole;
import org.sahelevents.core.model.Rank;
import org.sahelevents.core.model.RelationId;
import org.sahelevents.core.model.RelationType;
import org.sahelevents.core.model.ResponsibilityClaim;
import org.sahelevents.core.model.Side;
import org.sahelevents.core.model.SubjectKind;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.SubEventType;
import org.sahelevents.core.validation.ModelValidationException;
import org.sahelevents.core.validation.ModelValidator;
import org.sahelevents.core.validation.Severity;
import org.sahelevents.core.validation.Violation;

class CatalogValidationTest {
  private static List<String> violations(Catalog catalog) {
    return ModelValidator.standard().validate(catalog).stream().map(Violation::toString).toList();
  }

  @Test
  void theFixtureCatalogIsValid() {
    assertThat(violations(Fixtures.catalog().build())).isEmpty();
  }

  @Test
  void duplicateIdsAreReportedAtTheLaterOne() {
    Catalog c = Fixtures.catalog().addActors(Fixtures.actor(JNIM, "GSIM", ActorKind.REBEL_GROUP)).build();
    assertThat(violations(c)).containsExactly("actors[2].id: duplicate id \"jnim\" (also actors[0])");
  }

  @Test
  void everyKindOfDanglingReferenceIsReported() {
    Incident child = Incident.builder().from(Fixtures.attack()).id(IncidentId.of("child"))
        .parent(IncidentId.of("campaign"))
        .participants(List.of(Participant.of(JNIM, ParticipantRole.COMBATANT, Side.A),
            Participant.of(org.sahelevents.core.model.ActorId.of("fla"), ParticipantRole.COMBATANT, Side.B)))
        .build();
    Catalog c = Fixtures.catalog()
        .addIncidents(child)
        .addRelations(ActorRelation.builder().id(RelationId.of("r")).subject(JNIM).type(RelationType.AFFILIATE_OF)
            .object(org.sahelevents.core.model.ActorId.of("al-qaeda")).addReportedIn(DocumentId.of("nowhere"))
            .build())
        .addClaims(ResponsibilityClaim.builder().id(ClaimId.of("claim")).claimant(JNIM)
            .madeAt(TemporalExtent.day(LocalDate.of(2024, 9, 17))).addReportedIn(DocumentId.of("afp-1"))
            .incident(IncidentId.of("other")).claimedPerpetrator(JNIM).build())
        .addClaims(Characterisation.builder().id(ClaimId.of("label")).claimant(FAMA)
            .madeAt(TemporalExtent.day(LocalDate.of(2024, 9, 17))).addReportedIn(DocumentId.of("afp-1"))
            .target(SubjectRef.builder().kind(SubjectKind.ACTOR).id("fla").build()).label("terrorists").build())
        .addConditions(Condition.builder().id(ConditionId.of("c")).kind(ConditionKind.CURFEW)
            .imposer(org.sahelevents.core.model.ActorId.of("junta")).validity(DateInterval.from(LocalDate.of(2024, 9, 17)))
            .addReportedIn(DocumentId.of("afp-1")).build())
        .addAssertions(Fixtures.fatalities("x", FatalityEstimate.exact(1), "afp-1", Credibility.POSSIBLY_TRUE,
            "2024-09-20T00:00:00Z").subject(SubjectRef.of(IncidentId.of("ghost")))
            .supersedes(AssertionId.of("lost")).build())
        .build();
    assertThat(violations(c)).containsExactly(
        "assertions[2].subject: refers to incident \"ghost\", which is not in the catalog",
        "assertions[2].supersedes: refers to assertion \"lost\", which is not in the catalog",
        "claims[0].incident: refers to incident \"other\", which is not in the catalog",
        "claims[1].target: refers to actor \"fla\", which is not in the catalog",
        "conditions[0].imposer: refers to actor \"junta\", which is not in the catalog",
        "incidents[1].parent: refers to incident \"campaign\", which is not in the catalog",
        "incidents[1].participants[1].actor: refers to actor \"fla\", which is not in the catalog",
        "relations[0].object: refers to actor \"al-qaeda\", which is not in the catalog",
        "relations[0].reportedIn[0]: refers to document \"nowhere\", which is not in the catalog");
  }

  @Test
  void parentAndSupersedesCyclesAreReportedOnce() {
    Incident a = Incident.builder().from(Fixtures.attack()).id(IncidentId.of("a")).parent(IncidentId.of("b")).build();
    Incident b = Incident.builder().from(Fixtures.attack()).id(IncidentId.of("b")).parent(IncidentId.of("a")).build();
    Catalog c = Fixtures.catalog()
        .addIncidents(a, b)
        .addAssertions(Fixtures.fatalities("s1", FatalityEstimate.exact(1), "afp-1", Credibility.CONFIRMED,
            "2024-09-20T00:00:00Z").supersedes(AssertionId.of("s2")).build())
        .addAssertions(Fixtures.fatalities("s2", FatalityEstimate.exact(2), "afp-1", Credibility.CONFIRMED,
            "2024-09-21T00:00:00Z").supersedes(AssertionId.of("s1")).build())
        .build();
    assertThat(violations(c)).containsExactly(
        "assertions[2].supersedes: forms a cycle: s1 -> s2 -> s1",
        "incidents[1].parent: forms a cycle: a -> b -> a");
  }

  @Test
  void onlyOneAssertionPerSubjectFieldAndValidTimeMayBePreferred() {
    Catalog c = Fixtures.catalog()
        .addAssertions(Fixtures.fatalities("p1", FatalityEstimate.exact(70), "afp-1", Credibility.CONFIRMED,
            "2024-09-20T00:00:00Z").rank(Rank.PREFERRED).build())
        .addAssertions(Fixtures.fatalities("p2", FatalityEstimate.exact(77), "afp-1", Credibility.CONFIRMED,
            "2024-09-21T00:00:00Z").rank(Rank.PREFERRED).build())
        .build();
    assertThat(violations(c)).containsExactly("assertions[3].rank: only one assertion per subject, field and valid "
        + "time may be PREFERRED; assertions[2] already is");
  }

  @Test
  void violenceAgainstCiviliansNeedsACivilianTarget() {
    Incident vac = Incident.builder().from(Fixtures.attack()).id(IncidentId.of("vac"))
        .eventType(EventType.VIOLENCE_AGAINST_CIVILIANS).subEventType(SubEventType.ATTACK)
        .participants(List.of(Participant.of(JNIM, ParticipantRole.PERPETRATOR, Side.A),
            Participant.of(FAMA, ParticipantRole.TARGET, Side.B)))
        .build();
    assertThat(violations(Fixtures.catalog().addIncidents(vac).build())).containsExactly("incidents[1].participants: "
        + "violence against civilians needs a TARGET participant who is a civilian actor (ACLED's actor 2 of type "
        + "Civilians)");
  }

  @Test
  void aRelationBeforeAnActorWasFoundedIsAWarningNotAnError() {
    org.sahelevents.core.model.ActorId fla = org.sahelevents.core.model.ActorId.of("fla");
    Catalog c = Fixtures.catalog()
        .addActors(org.sahelevents.core.model.Actor.builder().from(Fixtures.actor(fla, "FLA", ActorKind.REBEL_GROUP))
            .founded(LocalDate.of(2024, 11, 30)).build())
        .addRelations(ActorRelation.builder().id(RelationId.of("fla-jnim")).subject(fla)
            .type(RelationType.COOPERATES_WITH).object(JNIM).validity(DateInterval.from(LocalDate.of(2024, 1, 1)))
            .addReportedIn(DocumentId.of("afp-1")).build())
        .build();
    List<Violation> found = ModelValidator.standard().validate(c);
    assertThat(found).extracting(Violation::severity).containsExactly(Severity.WARNING);
    assertThat(found.get(0)).hasToString("warning: relations[0].validity.start: starts 2024-01-01, before \"fla\" "
        + "was founded (2024-11-30)");
    assertThat(ModelValidator.standard().isValid(c)).isTrue();
    assertThat(ModelValidator.standard().requireValid(c)).isSameAs(c);
  }

  @Test
  void strictModeThrowsOneExceptionListingEveryViolation() {
    Incident bad = Incident.builder().from(Fixtures.attack())
        .subEventType(SubEventType.AIR_DRONE_STRIKE)
        .civilianTargeting(true)
        .build();
    assertThatThrownBy(() -> ModelValidator.standard().requireValid(bad))
        .isInstanceOf(ModelValidationException.class)
        .hasMessage("invalid Incident (2 error(s)):\n"
            + "  civilianTargeting: is not allowed for \"Air/drone strike\": only violence against civilians, "
            + "explosions/remote violence, riots and excessive force against protesters target civilians\n"
            + "  subEventType: \"Air/drone strike\" belongs to \"Explosions/Remote violence\", not to \"Battles\"")
        .satisfies(e -> assertThat(((ModelValidationException) e).violations()).hasSize(2));
    assertThat(ATTACK_REF.getId()).isEqualTo(ATTACK.getValue());
  }
}
