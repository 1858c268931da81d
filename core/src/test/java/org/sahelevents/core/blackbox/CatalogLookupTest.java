package org.sahelevents.core.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelevents.core.blackbox.Fixtures.ATTACK;
import static org.sahelevents.core.blackbox.Fixtures.ATTACK_REF;
import static org.sahelevents.core.blackbox.Fixtures.FAMA;
import static org.sahelevents.core.blackbox.Fixtures.JNIM;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.ActorKind;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.ClaimId;
import org.sahelevents.core.model.Condition;
import org.sahelevents.core.model.ConditionId;
import org.sahelevents.core.model.ConditionKind;
import org.sahelevents.core.model.Credibility;
import org.sahelevents.core.model.DateInterval;
import org.sahelevents.core.model.Document;
import org.sahelevents.core.model.DocumentId;
import org.sahelevents.core.model.FatalityEstimate;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.LocalizedName;
import org.sahelevents.core.model.NameKind;
import org.sahelevents.core.model.ResponsibilityClaim;
import org.sahelevents.core.model.SourceId;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.TemporalExtent;

/** Lookup by id, by name, by parent and by subject. */
class CatalogLookupTest {
  private static final ConditionId CURFEW = ConditionId.of("curfew");
  private static final ClaimId CLAIM = ClaimId.of("claim");

  private static Catalog catalog() {
    Incident child = Incident.builder().from(Fixtures.attack()).id(IncidentId.of("child")).parent(ATTACK).build();
    return Fixtures.catalog()
        .addActors(Actor.builder().from(Fixtures.actor(ActorId.of("gsim"), "Groupe de soutien", ActorKind.REBEL_GROUP))
            .addAlias(LocalizedName.of("جماعة نصرة الإسلام والمسلمين", "ar", NameKind.OFFICIAL)).build())
        .addIncidents(child)
        .addDocuments(Document.builder().id(DocumentId.of("orphan")).source(SourceId.of("nobody")).build())
        .addConditions(Condition.builder().id(CURFEW).kind(ConditionKind.CURFEW).imposer(FAMA)
            .validity(DateInterval.from(LocalDate.of(2024, 9, 17))).addReportedIn(DocumentId.of("afp-1")).build())
        .addClaims(ResponsibilityClaim.builder().id(CLAIM).claimant(JNIM)
            .madeAt(TemporalExtent.day(LocalDate.of(2024, 9, 17))).addReportedIn(DocumentId.of("zallaqa-1"))
            .incident(ATTACK).claimedPerpetrator(JNIM).build())
        .addAssertions(Fixtures.fatalities("wounded", FatalityEstimate.atLeast(255), "afp-1",
            Credibility.POSSIBLY_TRUE, "2024-09-19T00:00:00Z").field("wounded").build())
        .build();
  }

  @Test
  void findsEveryKindById() {
    Catalog c = catalog();
    assertThat(c.actor(JNIM).map(a -> a.getName().getValue())).contains("JNIM");
    assertThat(c.source(SourceId.of("afp"))).isPresent();
    assertThat(c.document(DocumentId.of("afp-1"))).isPresent();
    assertThat(c.incident(ATTACK).map(Incident::getId)).contains(ATTACK);
    assertThat(c.condition(CURFEW).map(Condition::getKind)).contains(ConditionKind.CURFEW);
    assertThat(c.claim(CLAIM).map(x -> x.getClaimant())).contains(JNIM);
    assertThat(c.assertion(AssertionId.of("afp-77")).map(a -> a.getField())).contains("fatalities");
  }

  @Test
  void findsNothingForUnknownIds() {
    Catalog c = catalog();
    assertThat(c.actor(ActorId.of("isgs"))).isEmpty();
    assertThat(c.source(SourceId.of("reuters"))).isEmpty();
    assertThat(c.document(DocumentId.of("reuters-1"))).isEmpty();
    assertThat(c.incident(IncidentId.of("gao"))).isEmpty();
    assertThat(c.condition(ConditionId.of("siege"))).isEmpty();
    assertThat(c.claim(ClaimId.of("denial"))).isEmpty();
    assertThat(c.assertion(AssertionId.of("none"))).isEmpty();
  }

  @Test
  void withDuplicateIdsTheFirstWins() {
    Catalog c = Catalog.builder().from(catalog())
        .addActors(Fixtures.actor(JNIM, "Duplicate", ActorKind.REBEL_GROUP)).build();
    assertThat(c.actor(JNIM).map(a -> a.getName().getValue())).contains("JNIM");
  }

  @Test
  void findsActorsByAnyNameIgnoringCaseAndAccents() {
    Catalog c = catalog();
    assertThat(c.actorsNamed("jnim")).extracting(Actor::getId).containsExactly(JNIM);
    assertThat(c.actorsNamed("GROUPE DE SOUTIEN")).extracting(Actor::getId).containsExactly(ActorId.of("gsim"));
    assertThat(c.actorsNamed("جماعة نصرة الإسلام والمسلمين")).hasSize(1);
    assertThat(c.actorsNamed("Wagner")).isEmpty();
  }

  @Test
  void findsTheChildrenOfACampaign() {
    Catalog c = catalog();
    assertThat(c.childrenOf(ATTACK)).extracting(Incident::getId).containsExactly(IncidentId.of("child"));
    assertThat(c.childrenOf(IncidentId.of("child"))).isEmpty();
  }

  @Test
  void assertionsAboutOneFieldOfOneSubject() {
    Catalog c = catalog();
    assertThat(c.assertionsAbout(ATTACK_REF, "fatalities")).extracting(a -> a.getId().getValue())
        .containsExactly("afp-77", "jnim-hundreds");
    assertThat(c.assertionsAbout(ATTACK_REF, "wounded")).extracting(a -> a.getId().getValue())
        .containsExactly("wounded");
    assertThat(c.assertionsAbout(org.sahelevents.core.model.SubjectRef.of(IncidentId.of("child")), "fatalities"))
        .isEmpty();
  }

  @Test
  void theReportingSourceNeedsTheDocumentAndItsSource() {
    Catalog c = catalog();
    SourcedAssertion afp = c.assertion(AssertionId.of("afp-77")).orElseThrow();
    assertThat(c.reportingSource(afp).map(s -> s.getId().getValue())).contains("afp");
    assertThat(c.reportingSource(SourcedAssertion.builder().from(afp).reportedIn(DocumentId.of("orphan")).build()))
        .isEmpty();
    assertThat(c.reportingSource(SourcedAssertion.builder().from(afp).reportedIn(DocumentId.of("missing")).build()))
        .isEmpty();
    assertThat(c.reportingSource(SourcedAssertion.builder().from(afp).reportedIn(java.util.Optional.empty())
        .build())).isEmpty();
  }
}
