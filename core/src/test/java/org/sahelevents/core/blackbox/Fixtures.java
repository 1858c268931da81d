package org.sahelevents.core.blackbox;

import java.time.Instant;
import java.time.LocalDate;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.ActorKind;
import org.sahelevents.core.model.AttributionKind;
import org.sahelevents.core.model.Attribution;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Credibility;
import org.sahelevents.core.model.Document;
import org.sahelevents.core.model.DocumentId;
import org.sahelevents.core.model.FatalityEstimate;
import org.sahelevents.core.model.FatalityValue;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.LocalizedName;
import org.sahelevents.core.model.Location;
import org.sahelevents.core.model.NameKind;
import org.sahelevents.core.model.Participant;
import org.sahelevents.core.model.ParticipantRole;
import org.sahelevents.core.model.Reliability;
import org.sahelevents.core.model.Side;
import org.sahelevents.core.model.Source;
import org.sahelevents.core.model.SourceId;
import org.sahelevents.core.model.SourceKind;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.SubEventType;

/**
 * A small valid catalog after the Bamako attack of 17 September 2024: AFP's "at least 77 dead", JNIM's "hundreds"
 * and a Malian army statement, as conflicting assertions about one incident.
 */
final class Fixtures {
  static final ActorId JNIM = ActorId.of("jnim");
  static final ActorId FAMA = ActorId.of("fama");
  static final IncidentId ATTACK = IncidentId.of("bamako-2024-09-17");
  static final SubjectRef ATTACK_REF = SubjectRef.of(ATTACK);

  private Fixtures() {}

  static Actor actor(ActorId id, String name, ActorKind kind) {
    return Actor.builder().id(id).name(LocalizedName.of(name, "en", NameKind.OFFICIAL)).kind(kind).build();
  }

  static Incident attack() {
    return Incident.builder()
        .id(ATTACK)
        .eventType(EventType.BATTLES)
        .subEventType(SubEventType.ARMED_CLASH)
        .time(TemporalExtent.day(LocalDate.of(2024, 9, 17)))
        .location(Location.builder().name("Bamako").precision(SpatialPrecision.EXACT)
            .point(GeoPoint.of(12.60915, -7.97522)).countryIso3("MLI").build())
        .addParticipants(Participant.of(JNIM, ParticipantRole.COMBATANT, Side.A))
        .addParticipants(Participant.of(FAMA, ParticipantRole.COMBATANT, Side.B))
        .build();
  }

  static SourcedAssertion.Builder fatalities(String id, FatalityEstimate estimate, String document,
      Credibility credibility, String recordedAt) {
    SourcedAssertion.Builder b = SourcedAssertion.builder();
    b.id(org.sahelevents.core.model.AssertionId.of(id))
        .subject(ATTACK_REF)
        .field("fatalities")
        .value(FatalityValue.of(estimate))
        .reportedIn(DocumentId.of(document))
        .attributionKind(AttributionKind.JOURNALIST_OWN)
        .credibility(credibility)
        .recordedAt(Instant.parse(recordedAt));
    return b;
  }

  static Catalog.Builder catalog() {
    Catalog.Builder b = Catalog.builder();
    b.addActors(actor(JNIM, "JNIM", ActorKind.JIHADIST_ARMED_GROUP))
        .addActors(actor(FAMA, "Malian Armed Forces", ActorKind.STATE_FORCE))
        .addSources(Source.builder().id(SourceId.of("afp")).name(LocalizedName.of("AFP", "fr", NameKind.ACRONYM))
            .kind(SourceKind.NEWS_AGENCY).reliability(Reliability.B).build())
        .addSources(Source.builder().id(SourceId.of("zallaqa"))
            .name(LocalizedName.of("az-Zallaqa", "ar-Latn", NameKind.TRANSLITERATION))
            .kind(SourceKind.ARMED_GROUP_MEDIA).reliability(Reliability.E).affiliatedActor(JNIM).build())
        .addDocuments(Document.builder().id(DocumentId.of("afp-1")).source(SourceId.of("afp")).build())
        .addDocuments(Document.builder().id(DocumentId.of("zallaqa-1")).source(SourceId.of("zallaqa")).build())
        .addIncidents(attack())
        .addAssertions(fatalities("afp-77", FatalityEstimate.atLeast(77), "afp-1", Credibility.PROBABLY_TRUE,
            "2024-09-19T12:00:00Z").attributedTo(Attribution.described("diplomatic and security sources")).build())
        .addAssertions(fatalities("jnim-hundreds", FatalityEstimate.vague("hundreds"), "zallaqa-1",
            Credibility.IMPROBABLE, "2024-09-18T08:00:00Z").attributionKind(AttributionKind.PARTY_CLAIM)
            .attributedTo(Attribution.actor(JNIM)).build());
    return b;
  }
}
