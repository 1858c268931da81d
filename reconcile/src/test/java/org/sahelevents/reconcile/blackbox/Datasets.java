package org.sahelevents.reconcile.blackbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.ActorKind;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.AttributionKind;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Credibility;
import org.sahelevents.core.model.Document;
import org.sahelevents.core.model.DocumentId;
import org.sahelevents.core.model.FatalityEstimate;
import org.sahelevents.core.model.FatalityQualifier;
import org.sahelevents.core.model.FatalityValue;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.LocalizedName;
import org.sahelevents.core.model.Location;
import org.sahelevents.core.model.NameKind;
import org.sahelevents.core.model.ParticipantRole;
import org.sahelevents.core.model.Participant;
import org.sahelevents.core.model.ParticipationCertainty;
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
import org.sahelevents.geo.Geodesics;
import org.sahelevents.reconcile.ViolenceType;

/**
 * Builds small ACLED-like and UCDP-like catalogs on the model, as the two data sets' readers would: ACLED's figure
 * "at least N" coded by ACLED, UCDP's low/best/high with a tag for its type of violence. Not thread-safe.
 */
public final class Datasets {
  /** Diéma, Mali: the reference point of the hand-built pairs. */
  public static final GeoPoint DIEMA = GeoPoint.of(14.5413, -9.1841);
  public static final Instant ACLED_RECORDED = Instant.parse("2026-05-10T00:00:00Z");
  public static final Instant UCDP_RECORDED = Instant.parse("2026-03-01T00:00:00Z");

  private final String dataset;
  private final Map<ActorId, Actor> actors = new LinkedHashMap<>();
  private final List<Incident> incidents = new ArrayList<>();
  private final List<Document> documents = new ArrayList<>();
  private final List<SourcedAssertion> assertions = new ArrayList<>();

  private Datasets(String dataset) {
    this.dataset = dataset;
  }

  public static Datasets acled() {
    return new Datasets("acled");
  }

  public static Datasets ucdp() {
    return new Datasets("ucdp");
  }

  /** A point so many kilometres east of Diéma. */
  public static GeoPoint eastOfDiema(double km) {
    return Geodesics.destination(DIEMA, 90, km * 1000);
  }

  /** An event builder; call {@link Event#add()} to put it in the catalog. */
  public Event event(String id) {
    return new Event(id);
  }

  public Catalog catalog() {
    Source source = Source.builder().id(SourceId.of(dataset))
        .name(LocalizedName.of(dataset.equals("acled") ? "ACLED" : "UCDP", "en", NameKind.ACRONYM))
        .kind(SourceKind.RESEARCH_DATASET).build();
    return Catalog.builder().addSources(source).addAllActors(actors.values()).addAllIncidents(incidents)
        .addAllDocuments(documents).addAllAssertions(assertions).build();
  }

  /** One event being built. */
  public final class Event {
    private final String id;
    private EventType type = EventType.BATTLES;
    private ViolenceType violence;
    private TemporalExtent time = TemporalExtent.day(LocalDate.of(2025, 9, 7));
    private GeoPoint point = DIEMA;
    private SpatialPrecision precision = SpatialPrecision.EXACT;
    private String countryIso3 = "MLI";
    private final List<String[]> sides = new ArrayList<>();
    private Integer acledFatalities;
    private int[] ucdpLowBestHigh;

    private Event(String id) {
      this.id = id;
    }

    public Event type(EventType type) {
      this.type = type;
      return this;
    }

    /** For UCDP events: the type of violence, as a tag. */
    public Event violence(ViolenceType violence) {
      this.violence = violence;
      return this;
    }

    public Event on(LocalDate day) {
      this.time = TemporalExtent.day(day);
      return this;
    }

    public Event time(TemporalExtent time) {
      this.time = time;
      return this;
    }

    public Event at(GeoPoint point, SpatialPrecision precision) {
      this.point = point;
      this.precision = precision;
      return this;
    }

    /** The event's country, by ISO 3166 code; Mali by default. */
    public Event country(String iso3) {
      this.countryIso3 = iso3;
      return this;
    }

    /** Side A's actors: one name, or several alternatives ("X and/or Y"). */
    public Event sideA(String... names) {
      sides.add(new String[] {"A", String.join("|", names)});
      return this;
    }

    public Event sideB(String... names) {
      sides.add(new String[] {"B", String.join("|", names)});
      return this;
    }

    public Event acledFatalities(int n) {
      this.acledFatalities = n;
      return this;
    }

    public Event ucdpFatalities(int low, int best, int high) {
      this.ucdpLowBestHigh = new int[] {low, best, high};
      return this;
    }

    public Incident add() {
      IncidentId incidentId = IncidentId.of(id);
      Incident.Builder b = Incident.builder().id(incidentId).eventType(type).time(time)
          .location(Location.builder().name("place of " + id).countryIso3(countryIso3).point(point).precision(precision)
              .build())
          .putExternalId(dataset, id);
      switch (type) {
        case BATTLES -> b.subEventType(SubEventType.ARMED_CLASH);
        case VIOLENCE_AGAINST_CIVILIANS -> b.subEventType(SubEventType.ATTACK).civilianTargeting(true);
        case EXPLOSIONS_REMOTE_VIOLENCE -> b.subEventType(SubEventType.AIR_DRONE_STRIKE);
        default -> { }
      }
      if (violence != null) {
        b.addTags(violence.tag());
      }
      // A battle needs a side B; the hand-built pairs that leave it out fight the Malian army.
      if (type == EventType.BATTLES && sides.stream().noneMatch(x -> x[0].equals("B"))) {
        sideB(dataset.equals("acled") ? "Military Forces of Mali (2021-)" : "Government of Mali");
      }
      for (String[] side : sides) {
        String[] names = side[1].split("\\|");
        for (String name : names) {
          ActorId actor = actor(name);
          Side s = Side.valueOf(side[0]);
          ParticipantRole role = type == EventType.BATTLES ? ParticipantRole.COMBATANT
              : s == Side.A ? ParticipantRole.PERPETRATOR : ParticipantRole.TARGET;
          b.addParticipants(Participant.builder().actor(actor).role(role).side(s)
              .certainty(names.length > 1 ? ParticipationCertainty.ONE_OF_ALTERNATIVES
                  : ParticipationCertainty.ASSERTED)
              .build());
        }
      }
      Incident incident = b.build();
      incidents.add(incident);
      DocumentId doc = DocumentId.of(dataset + ":" + id);
      documents.add(Document.builder().id(doc).source(SourceId.of(dataset)).externalRef(id).build());
      if (acledFatalities != null) {
        assertions.add(fatalities(incidentId, doc, FatalityEstimate.atLeast(acledFatalities),
            Credibility.CANNOT_BE_JUDGED, ACLED_RECORDED));
      }
      if (ucdpLowBestHigh != null) {
        FatalityEstimate e = FatalityEstimate.builder().low(ucdpLowBestHigh[0]).best(ucdpLowBestHigh[1])
            .high(ucdpLowBestHigh[2]).qualifier(FatalityQualifier.RANGE).build();
        assertions.add(fatalities(incidentId, doc, e, Credibility.PROBABLY_TRUE, UCDP_RECORDED));
      }
      return incident;
    }

    private SourcedAssertion fatalities(IncidentId incident, DocumentId doc, FatalityEstimate e, Credibility c,
        Instant recorded) {
      return SourcedAssertion.builder().id(AssertionId.of(dataset + ":" + id + ":fatalities"))
          .subject(SubjectRef.of(incident)).field("fatalities").value(FatalityValue.of(e)).reportedIn(doc)
          .attributionKind(AttributionKind.DATASET_CODING).credibility(c).recordedAt(recorded).build();
    }

    private ActorId actor(String name) {
      ActorId actorId = ActorId.of(dataset + ":" + name.replaceAll("[^A-Za-z0-9]+", "_"));
      ActorKind kind = name.startsWith("Civilians") ? ActorKind.CIVILIANS
          : name.startsWith("Unidentified") ? ActorKind.UNIDENTIFIED_ARMED_GROUP
          : name.contains("Mali") || name.contains("Burkina") || name.contains("Niger") ? ActorKind.STATE_FORCE
          : ActorKind.JIHADIST_ARMED_GROUP;
      actors.putIfAbsent(actorId, Actor.builder().id(actorId).name(LocalizedName.of(name, "en", NameKind.OFFICIAL))
          .kind(kind).build());
      return actorId;
    }
  }
}
