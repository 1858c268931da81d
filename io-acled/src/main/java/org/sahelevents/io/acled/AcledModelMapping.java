package org.sahelevents.io.acled;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.ActorKind;
import org.sahelevents.core.model.ActorTypeAssignment;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.Attribution;
import org.sahelevents.core.model.AttributionKind;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Credibility;
import org.sahelevents.core.model.DatasetEvent;
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
import org.sahelevents.core.model.ParticipationCertainty;
import org.sahelevents.core.model.Side;
import org.sahelevents.core.model.Source;
import org.sahelevents.core.model.SourceId;
import org.sahelevents.core.model.SourceKind;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.model.TimePrecision;
import org.sahelevents.core.resolution.StandardPolicy;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.SubEventType;

/**
 * Converts ACLED records to the core model ({@link #toEvent}) and incidents back to ACLED records ({@link #toRecord}).
 *
 * <table>
 * <caption>Mapping of an ACLED row</caption>
 * <tr><th>ACLED</th><th>model</th></tr>
 * <tr><td>{@code event_id_cnty}</td><td>incident id, and external id {@code "acled"}</td></tr>
 * <tr><td>{@code event_type}, {@code sub_event_type}, {@code disorder_type}</td><td>the incident's types</td></tr>
 * <tr><td>{@code event_date}, {@code time_precision}</td><td>a {@code TemporalExtent}: 1 the day; 2 the week
 * around the date (ACLED codes the middle of the week); 3 the calendar month</td></tr>
 * <tr><td>{@code location}, {@code admin1-3}, {@code country}, {@code iso}, {@code iso3}, coordinates,
 * {@code geo_precision}</td><td>the incident's {@code Location}</td></tr>
 * <tr><td>{@code actor1}, {@code actor2}</td><td>participants on sides A and B: combatants in battles; perpetrator
 * and target in violence against civilians, explosions/remote violence and mob violence; main actors otherwise. An
 * "X and/or Y" cell gives one participant per name, each {@code ONE_OF_ALTERNATIVES}</td></tr>
 * <tr><td>{@code assoc_actor_1}, {@code assoc_actor_2}</td><td>{@code ASSOCIATED} participants on the same
 * side</td></tr>
 * <tr><td>{@code inter1}, {@code inter2}</td><td>each actor's ACLED type, sourced to the row's document, and its
 * {@code ActorKind}</td></tr>
 * <tr><td>{@code fatalities}</td><td>a sourced assertion "at least N killed", coded by ACLED (credibility not
 * judged), attributed to the outlets of {@code source}, recorded at {@code timestamp}</td></tr>
 * <tr><td>{@code timestamp}</td><td>the publication time of the document standing for the row</td></tr>
 * <tr><td>{@code civilian_targeting}, {@code notes}, {@code tags}</td><td>the incident's fields of the same
 * names</td></tr>
 * </table>
 *
 * <p>Actor ids are the ACLED names with white space replaced by {@code _}, so the same name gives the same actor in
 * every event. {@code source_scale}, {@code region} and the row ids stay on the {@link AcledRecord}. This class is
 * stateless and thread-safe.
 */
public final class AcledModelMapping {
  /** The id of ACLED as a {@link Source}. */
  public static final SourceId ACLED = SourceId.of("acled");

  private static final Source ACLED_SOURCE = Source.builder()
      .id(ACLED)
      .name(LocalizedName.of("Armed Conflict Location & Event Data Project", "en", NameKind.OFFICIAL))
      .addAlias(LocalizedName.of("ACLED", "en", NameKind.ACRONYM))
      .kind(SourceKind.RESEARCH_DATASET)
      .build();

  private AcledModelMapping() {}

  /** Converts one dyadic row (or one monadic row alone). */
  public static DatasetEvent toEvent(AcledRecord record) {
    return toEvent(List.of(record));
  }

  /**
   * Converts the rows of one event: one dyadic row, or the monadic rows of one {@code event_id_cnty} (the first row's
   * actor is side A, the second's side B). Fatalities are taken once, never added up: monadic rows repeat them.
   *
   * @throws IllegalArgumentException if the rows are empty or belong to different events
   */
  public static DatasetEvent toEvent(List<AcledRecord> rows) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one row");
    }
    AcledRecord first = rows.get(0);
    for (AcledRecord r : rows) {
      if (!r.eventIdCnty().equals(first.eventIdCnty())) {
        throw new IllegalArgumentException("rows of different events: " + first.eventIdCnty() + " and "
            + r.eventIdCnty());
      }
    }
    // The row is the document that gives its actors' types, as it gives the fatality figure.
    DocumentId documentId = DocumentId.of("acled:" + first.eventIdCnty());
    Map<ActorId, Actor> actors = new LinkedHashMap<>();
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      AcledRecord r = rows.get(i);
      Side side = i == 0 ? Side.A : Side.B;
      participate(actors, participants, r.actor1Alternatives(), r.inter1(), mainRole(first, side), side, documentId);
      associate(actors, participants, r.assocActor1(), side);
      if (rows.size() == 1) {
        participate(actors, participants, r.actor2Alternatives(), r.inter2(), mainRole(first, Side.B), Side.B,
            documentId);
        associate(actors, participants, r.assocActor2(), Side.B);
      }
    }
    IncidentId incidentId = IncidentId.of(first.eventIdCnty());
    Incident.Builder incident = Incident.builder()
        .id(incidentId)
        .eventType(first.eventType())
        .disorderTypes(first.disorderTypes())
        .time(time(first))
        .location(location(first))
        .participants(participants)
        .civilianTargeting(first.civilianTargeting())
        .tags(first.tags())
        .putExternalId("acled", first.eventIdCnty());
    first.subEventType().ifPresent(incident::subEventType);
    first.notes().ifPresent(incident::notes);

    Instant recorded = first.timestamp().isPresent() ? Instant.ofEpochSecond(first.timestamp().getAsLong())
        : first.eventDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    Document.Builder document = Document.builder().id(documentId).source(ACLED).externalRef(first.eventIdCnty());
    first.timestamp().ifPresent(t -> document.publishedAt(Instant.ofEpochSecond(t)));
    SourcedAssertion.Builder fatalities = SourcedAssertion.builder()
        .id(AssertionId.of("acled:" + first.eventIdCnty() + ":fatalities"))
        .subject(SubjectRef.of(incidentId))
        .field("fatalities")
        .value(FatalityValue.of(FatalityEstimate.atLeast(first.fatalities())))
        .reportedIn(documentId)
        .attributionKind(AttributionKind.DATASET_CODING)
        .credibility(Credibility.CANNOT_BE_JUDGED)
        .recordedAt(recorded);
    if (!first.sources().isEmpty()) {
      fatalities.attributedTo(Attribution.described(String.join("; ", first.sources())));
    }
    return new DatasetEvent(incident.build(), List.copyOf(actors.values()), ACLED_SOURCE, document.build(),
        List.of(fatalities.build()));
  }

  /**
   * The ACLED row of an incident, the reverse of {@link #toEvent(AcledRecord)}: the incident's ACLED id (or its own
   * id), representative date and precision codes, types, location and point, main participants of sides A and B as
   * {@code actor1} and {@code actor2} ("X and/or Y" for alternatives, with the actors' ACLED types on the incident's
   * first day), associated ones as {@code assoc_actor_*}, notes and tags; {@code fatalities} is the figure
   * {@link StandardPolicy#ACLED_CONSERVATIVE} resolves from the catalog's assertions (0 when there is none), and
   * {@code source} and {@code timestamp} come from ACLED's own coding of the figure when the catalog holds it. A
   * record read from a file, mapped to the model and back, has the same cells.
   *
   * @param context the catalog holding the incident's actors, assertions and documents
   * @throws IllegalArgumentException if the incident cannot be an ACLED row: it has no point, no country or no main
   *     participant on side A (ACLED requires all three)
   */
  public static AcledRecord toRecord(Incident incident, Catalog context) {
    Location location = incident.getLocation();
    GeoPoint point = location.getPoint().orElseThrow(() -> notAnAcledRow(incident, "no point"));
    String country = location.getCountry().orElseThrow(() -> notAnAcledRow(incident, "no country"));
    List<Participant> sideA = mainParticipants(incident, Side.A);
    if (sideA.isEmpty()) {
      throw notAnAcledRow(incident, "no main participant on side A");
    }
    LocalDate date = incident.getTime().representativeDate();
    AcledRecord.Builder b = AcledRecord.builder()
        .eventIdCnty(incident.getExternalIds().getOrDefault("acled", incident.getId().getValue()))
        .eventDate(date)
        .year(date.getYear())
        .timePrecision(incident.getTime().getPrecision().acledCode())
        .disorderTypes(incident.disorderTypes())
        .eventType(incident.getEventType())
        .subEventType(incident.getSubEventType())
        .actor1(actorCell(context, sideA))
        .assocActor1(associatedNames(incident, context, Side.A))
        .inter1(acledType(incident, context, sideA))
        .assocActor2(associatedNames(incident, context, Side.B))
        .civilianTargeting(incident.isCivilianTargeting())
        .iso(location.getCountryIsoNumeric().map(OptionalInt::of).orElse(OptionalInt.empty()))
        .iso3(location.getCountryIso3())
        .country(country)
        .admin1(location.getAdmin1())
        .admin2(location.getAdmin2())
        .admin3(location.getAdmin3())
        .location(location.getName())
        .latitude(BigDecimal.valueOf(point.getLatitude()))
        .longitude(BigDecimal.valueOf(point.getLongitude()))
        .geoPrecision(location.getPrecision().acledCode())
        .notes(incident.getNotes())
        .tags(incident.getTags());
    List<Participant> sideB = mainParticipants(incident, Side.B);
    if (!sideB.isEmpty()) {
      b.actor2(actorCell(context, sideB)).inter2(acledType(incident, context, sideB));
    }
    SubjectRef subject = SubjectRef.of(incident.getId());
    context.resolve(subject, "fatalities", StandardPolicy.ACLED_CONSERVATIVE).value()
        .filter(FatalityValue.class::isInstance).map(v -> ((FatalityValue) v).getEstimate())
        .flatMap(e -> e.getLow().or(e::getBest).or(e::getHigh))
        .ifPresentOrElse(b::fatalities, () -> b.fatalities(0));
    context.getAssertions().stream()
        .filter(a -> a.getSubject().equals(subject) && a.getField().equals("fatalities")
            && a.getAttributionKind() == AttributionKind.DATASET_CODING)
        .flatMap(a -> a.getReportedIn().flatMap(context::document).stream()
            .filter(d -> d.getSource().equals(ACLED)).map(d -> Map.entry(a, d)))
        .findFirst().ifPresent(coded -> {
          coded.getKey().getAttributedTo().flatMap(Attribution::getDescription)
              .ifPresent(sources -> b.sources(List.of(sources.split("; "))));
          coded.getValue().getPublishedAt().ifPresent(t -> b.timestamp(t.getEpochSecond()));
        });
    return b.build();
  }

  private static IllegalArgumentException notAnAcledRow(Incident incident, String reason) {
    return new IllegalArgumentException("incident " + incident.getId().getValue() + " cannot be an ACLED row: "
        + reason);
  }

  private static List<Participant> mainParticipants(Incident incident, Side side) {
    return incident.getParticipants().stream()
        .filter(p -> p.getSide().filter(side::equals).isPresent() && p.getRole() != ParticipantRole.ASSOCIATED)
        .toList();
  }

  // One cell for a side's main actors: "X and/or Y" when they are alternatives, as ACLED writes them.
  private static String actorCell(Catalog context, List<Participant> main) {
    String separator = main.stream().anyMatch(p -> p.getCertainty() == ParticipationCertainty.ONE_OF_ALTERNATIVES)
        ? " and/or " : "; ";
    return main.stream().map(p -> actorName(context, p)).collect(Collectors.joining(separator));
  }

  private static List<String> associatedNames(Incident incident, Catalog context, Side side) {
    return incident.getParticipants().stream()
        .filter(p -> p.getSide().filter(side::equals).isPresent() && p.getRole() == ParticipantRole.ASSOCIATED)
        .map(p -> actorName(context, p)).toList();
  }

  private static Optional<ActorType> acledType(Incident incident, Catalog context, List<Participant> main) {
    return context.actor(main.get(0).getActor()).flatMap(a -> a.acledTypeOn(incident.getTime().getEarliest()));
  }

  private static String actorName(Catalog context, Participant p) {
    return context.actor(p.getActor()).map(a -> a.getName().getValue()).orElse(p.getActor().getValue());
  }

  /**
   * Groups consecutive rows with the same {@code event_id_cnty}, in constant memory: the rows of a monadic export
   * come one event at a time. Dyadic rows come out one per group.
   */
  public static Stream<List<AcledRecord>> groupByEvent(Stream<AcledRecord> rows) {
    Iterator<AcledRecord> it = rows.iterator();
    Iterator<List<AcledRecord>> groups = new Iterator<>() {
      private AcledRecord pending;

      @Override
      public boolean hasNext() {
        return pending != null || it.hasNext();
      }

      @Override
      public List<AcledRecord> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        List<AcledRecord> group = new ArrayList<>(2);
        group.add(pending != null ? pending : it.next());
        pending = null;
        while (it.hasNext()) {
          AcledRecord next = it.next();
          if (!next.eventIdCnty().equals(group.get(0).eventIdCnty())) {
            pending = next;
            break;
          }
          group.add(next);
        }
        return List.copyOf(group);
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(groups, Spliterator.ORDERED), false)
        .onClose(rows::close);
  }

  private static ParticipantRole mainRole(AcledRecord r, Side side) {
    EventType type = r.eventType();
    if (type == EventType.BATTLES) {
      return ParticipantRole.COMBATANT;
    }
    boolean oneSided = type == EventType.VIOLENCE_AGAINST_CIVILIANS || type == EventType.EXPLOSIONS_REMOTE_VIOLENCE
        || r.subEventType().filter(s -> s == SubEventType.MOB_VIOLENCE).isPresent();
    if (oneSided) {
      return side == Side.A ? ParticipantRole.PERPETRATOR : ParticipantRole.TARGET;
    }
    return ParticipantRole.MAIN_ACTOR;
  }

  private static void participate(Map<ActorId, Actor> actors, List<Participant> participants, List<String> names,
      Optional<ActorType> type, ParticipantRole role, Side side, DocumentId row) {
    ParticipationCertainty certainty = names.size() > 1
        ? ParticipationCertainty.ONE_OF_ALTERNATIVES : ParticipationCertainty.ASSERTED;
    for (String name : names) {
      ActorId id = actor(actors, name, type, row);
      participants.add(Participant.builder().actor(id).role(role).side(side).certainty(certainty).build());
    }
  }

  private static void associate(Map<ActorId, Actor> actors, List<Participant> participants, List<String> names,
      Side side) {
    for (String name : names) {
      participants.add(Participant.of(actor(actors, name, Optional.empty(), null), ParticipantRole.ASSOCIATED, side));
    }
  }

  private static ActorId actor(Map<ActorId, Actor> actors, String name, Optional<ActorType> type, DocumentId row) {
    ActorId id = ActorId.of(idOf(name));
    actors.computeIfAbsent(id, key -> {
      Actor.Builder actor = Actor.builder().id(key).name(LocalizedName.of(name, "en", NameKind.OFFICIAL))
          .kind(kind(name, type)).putExternalId("acled", name);
      type.ifPresent(t -> actor.addAcledType(ActorTypeAssignment.builder().type(t).addReportedIn(row).build()));
      return actor.build();
    });
    return id;
  }

  // The ACLED name with each run of white space replaced by "_": ids may not contain white space.
  private static String idOf(String name) {
    StringBuilder id = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c)) {
        space = id.length() > 0;
      } else {
        if (space) {
          id.append('_');
          space = false;
        }
        id.append(c);
      }
    }
    return id.toString();
  }

  private static ActorKind kind(String name, Optional<ActorType> type) {
    if (name.startsWith("Unidentified Armed Group")) {
      return ActorKind.UNIDENTIFIED_ARMED_GROUP;
    }
    if (type.isEmpty()) {
      return name.startsWith("Civilians (") ? ActorKind.CIVILIANS : ActorKind.OTHER;
    }
    return switch (type.get()) {
      case STATE_FORCES -> ActorKind.STATE_FORCE;
      case REBEL_GROUP -> ActorKind.REBEL_GROUP;
      case POLITICAL_MILITIA -> ActorKind.POLITICAL_MILITIA;
      case IDENTITY_MILITIA -> ActorKind.IDENTITY_MILITIA;
      case RIOTERS -> ActorKind.RIOTERS;
      case PROTESTERS -> ActorKind.PROTESTERS;
      case CIVILIANS -> ActorKind.CIVILIANS;
      case EXTERNAL_OTHER_FORCES -> ActorKind.EXTERNAL_STATE_FORCE;
    };
  }

  private static TemporalExtent time(AcledRecord r) {
    LocalDate date = r.eventDate();
    int precision = r.timePrecision().orElse(1);
    return switch (precision) {
      case 2 -> TemporalExtent.builder().earliest(date.minusDays(3)).latest(date.plusDays(3))
          .precision(TimePrecision.WEEK).build();
      case 3 -> TemporalExtent.month(YearMonth.from(date));
      default -> TemporalExtent.day(date);
    };
  }

  private static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static Location location(AcledRecord r) {
    Location.Builder b = Location.builder()
        .name(nfc(r.location()))
        .country(r.country())
        .point(GeoPoint.of(r.latitude().doubleValue(), r.longitude().doubleValue()))
        .precision(r.geoPrecision().isPresent() && r.geoPrecision().getAsInt() >= 1 && r.geoPrecision().getAsInt() <= 3
            ? SpatialPrecision.fromAcledCode(r.geoPrecision().getAsInt()) : SpatialPrecision.EXACT);
    r.admin1().ifPresent(b::admin1);
    r.admin2().ifPresent(b::admin2);
    r.admin3().ifPresent(b::admin3);
    r.iso().ifPresent(b::countryIsoNumeric);
    r.iso3().ifPresent(b::countryIso3);
    return b.build();
  }
}
