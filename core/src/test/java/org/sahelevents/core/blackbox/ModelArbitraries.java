package org.sahelevents.core.blackbox;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.sahelevents.core.model.*;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.SourceScale;
import org.sahelevents.core.taxonomy.SubEventType;

/** Generators of valid model objects of every type, for property tests. */
final class ModelArbitraries {
  private ModelArbitraries() {}

  static Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '_', ':').ofMinLength(1)
        .ofMaxLength(12);
  }

  static Arbitrary<String> texts() {
    return Arbitraries.of("Kati", "Ségou", "Ménaka", "جماعة نصرة الإسلام والمسلمين", "Groupe de soutien à l'islam",
        "Tinzaouatène", "ⵜⵉⵏⵣⴰⵡⴰⵜⵏ", "Bamako - Commune VI", "\"quoted\" {braces} $dollar \\ back");
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 12).map(d -> LocalDate.of(2015, 1, 1).plusDays(d));
  }

  static Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(1_400_000_000L, 1_800_000_000L).map(Instant::ofEpochSecond);
  }

  static Arbitrary<GeoPoint> points() {
    return Combinators.combine(Arbitraries.doubles().between(-90, 90), Arbitraries.doubles().between(-180, 180))
        .as(GeoPoint::of);
  }

  /** Points inside Mali's bounding box, for locations that say they are in Mali. */
  static Arbitrary<GeoPoint> maliPoints() {
    return Combinators.combine(Arbitraries.doubles().between(10.1, 25.0), Arbitraries.doubles().between(-12.3, 4.3))
        .as(GeoPoint::of);
  }

  static Arbitrary<LocalizedName> names() {
    return Combinators.combine(texts(), Arbitraries.of("en", "fr", "ar", "taq", "ar-Latn"),
        Arbitraries.of(NameKind.class)).as(LocalizedName::of);
  }

  static Arbitrary<Location> locations() {
    return Combinators.combine(texts(), texts().injectNull(0.5), points().injectNull(0.3),
        Arbitraries.of(SpatialPrecision.class), Arbitraries.integers().between(1, 999).injectNull(0.5),
        maliPoints())
        .as((name, admin1, anyPoint, precision, iso, maliPoint) -> {
          GeoPoint point = anyPoint != null && admin1 != null ? maliPoint : anyPoint;
          Location.Builder b = Location.builder();
          b.name(name).precision(point == null && precision == SpatialPrecision.EXACT ? SpatialPrecision.NEAR
              : precision);
          if (admin1 != null) {
            b.admin1(admin1).countryIso3("MLI").country("Mali");
          }
          if (point != null) {
            b.point(point);
          }
          if (iso != null) {
            b.countryIsoNumeric(iso);
          }
          return b.build();
        });
  }

  static Arbitrary<TemporalExtent> times() {
    return Combinators.combine(dates(), Arbitraries.of(TimePrecision.class), Arbitraries.integers().between(1, 6))
        .as((date, precision, span) -> switch (precision) {
          case DAY -> TemporalExtent.day(date);
          case DAYS -> TemporalExtent.days(date, date.plusDays(span));
          case WEEK -> TemporalExtent.builder().earliest(date).latest(date.plusDays(6)).precision(precision).build();
          case MONTH -> TemporalExtent.month(java.time.YearMonth.from(date));
          case YEAR -> TemporalExtent.builder().earliest(date.withDayOfYear(1))
              .latest(date.withDayOfYear(date.lengthOfYear())).precision(precision).build();
          case PERIOD -> TemporalExtent.builder().earliest(date.withDayOfYear(1).minusDays(span * 20L))
              .latest(date.withDayOfYear(1).plusDays(span * 20L)).precision(precision).build();
        });
  }

  static Arbitrary<DateInterval> intervals() {
    return Combinators.combine(dates().injectNull(0.3), Arbitraries.integers().between(0, 900).injectNull(0.4))
        .as((start, length) -> {
          DateInterval.Builder b = DateInterval.builder();
          if (start != null) {
            b.start(start);
            if (length != null) {
              b.end(start.plusDays(length));
            }
          }
          return b.build();
        });
  }

  static Arbitrary<FatalityEstimate> estimates() {
    Arbitrary<Integer> n = Arbitraries.integers().between(0, 500);
    return Combinators.combine(Arbitraries.of(FatalityQualifier.class), n, n, Arbitraries.of(CasualtyKind.class),
        Arbitraries.of(CasualtyScope.class), dates().injectNull(0.7))
        .as((q, a, b, kind, scope, asOf) -> {
          FatalityEstimate.Builder e = FatalityEstimate.builder().qualifier(q).kind(kind).scope(scope);
          int lo = Math.min(a, b);
          int hi = Math.max(a, b);
          switch (q) {
            case EXACT, APPROXIMATE -> e.best(a);
            case AT_LEAST -> e.low(a);
            case AT_MOST -> e.high(a);
            case RANGE -> e.low(lo).high(hi).best(lo);
            case VAGUE_TERM -> e.vagueTerm(a % 2 == 0 ? "dozens" : "عشرات");
          }
          if (asOf != null) {
            e.asOf(asOf);
          }
          return e.build();
        });
  }

  static Arbitrary<Actor> actors() {
    return Combinators.combine(ids(), names(), Arbitraries.of(ActorKind.class), Arbitraries.of(ActorType.class),
        intervals(), dates().injectNull(0.5))
        .as((id, name, kind, type, validity, founded) -> {
          Actor.Builder b = Actor.builder().id(ActorId.of(id)).name(name).kind(kind)
              .addAcledType(ActorTypeAssignment.builder().type(type).validity(validity)
                  .addReportedIn(DocumentId.of("acled-" + id)).build())
              .putExternalId("acled", name.getValue());
          validity.getEnd().ifPresent(end -> b.addAcledType(ActorTypeAssignment.builder()
              .type(ActorType.STATE_FORCES).validity(DateInterval.from(end.plusDays(1))).build()));
          if (!name.getValue().equals("JNIM")) {
            b.addAlias(LocalizedName.of("JNIM", "en", NameKind.ACRONYM));
          }
          if (founded != null) {
            b.founded(founded).dissolved(founded.plusYears(3)).countryIso3("MLI");
          }
          return b.build();
        });
  }

  static Arbitrary<Incident> incidents() {
    return Combinators.combine(ids(), Arbitraries.of(SubEventType.class), times(), locations(),
        Arbitraries.of(ParticipationCertainty.class), Arbitraries.of("crowd size=no report", "women targeted: girls"))
        .as((id, sub, time, location, certainty, tag) -> {
          Incident.Builder b = Incident.builder().id(IncidentId.of(id)).eventType(sub.eventType()).subEventType(sub)
              .disorderTypes(sub.disorderTypes()).time(time).location(location)
              .addParticipant(Participant.builder().actor(ActorId.of("a")).role(ParticipantRole.PERPETRATOR)
                  .side(Side.A).certainty(certainty).build())
              .addParticipant(Participant.of(ActorId.of("b"), ParticipantRole.TARGET, Side.B))
              .civilianTargeting(sub.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS)
              .notes("On " + time.getEarliest() + ", \"armed men\",\nsaid residents.").addTag(tag)
              .parent(IncidentId.of(id + "-campaign"))
              .addLink(IncidentLink.of(IncidentLinkType.RETALIATION_FOR, IncidentId.of(id + "-before")))
              .putExternalId("acled", "MLI" + id.length());
          return b.build();
        });
  }

  static Arbitrary<Condition> conditions() {
    return Combinators.combine(ids(), Arbitraries.of(ConditionKind.class), Arbitraries.of(BlockadeDirection.class),
        intervals(), locations())
        .as((id, kind, direction, validity, area) -> {
          Condition.Builder b = Condition.builder().id(ConditionId.of(id)).kind(kind).validity(validity)
              .imposer(ActorId.of("jnim")).area(area).addReportedIn(DocumentId.of("lemonde-1"))
              .description("Le Monde: entry blocked, exit allowed");
          if (kind == ConditionKind.BLOCKADE || kind == ConditionKind.SIEGE) {
            b.direction(direction).addRoute(RouteId.of("RN6")).addBlockedTraffic(BlockedTraffic.FUEL)
                .addAxes(BlockadeAxis.of(RouteId.of("RN6"), AxisStatus.values()[id.length() % 4]))
                .addAxes(BlockadeAxis.builder().route(RouteId.of("RN3")).status(AxisStatus.RESTRICTED)
                    .direction(direction).addBlockedTraffic(BlockedTraffic.PEOPLE).validity(validity).build())
                .addAxes(BlockadeAxis.builder().description("some roads, not named").build());
          }
          return b.build();
        });
  }

  static Arbitrary<Claim> claims() {
    return Combinators.combine(ids(), times(), Arbitraries.integers().between(0, 5), estimates(), locations(),
        Arbitraries.of(AuthenticationStatus.class))
        .as((id, when, kind, estimate, place, auth) -> switch (kind) {
          case 0 -> ResponsibilityClaim.builder().id(ClaimId.of(id)).claimant(ActorId.of("jnim")).madeAt(when)
              .authentication(auth).addReportedIn(DocumentId.of("reuters-1")).channel("az-Zallaqa")
              .incident(IncidentId.of("kati")).claimedPerpetrator(ActorId.of("jnim")).build();
          case 1 -> Denial.builder().id(ClaimId.of(id)).claimant(ActorId.of("fama")).madeAt(when)
              .addReportedIn(DocumentId.of("ortm-1")).deniedClaim(ClaimId.of("c0"))
              .proposition("that Kidal has fallen").build();
          case 2 -> CasualtyClaim.builder().id(ClaimId.of(id)).claimant(ActorId.of("jnim")).madeAt(when)
              .addReportedIn(DocumentId.of("reuters-1")).incident(IncidentId.of("kati")).estimate(estimate).build();
          case 3 -> TerritorialClaim.builder().id(ClaimId.of(id)).claimant(ActorId.of("fla")).madeAt(when)
              .addReportedIn(DocumentId.of("afp-1")).place(place).controller(ActorId.of("fla"))
              .status(TerritorialStatus.CAPTURED).build();
          case 4 -> Announcement.builder().id(ClaimId.of(id)).claimant(ActorId.of("jnim")).madeAt(when)
              .addReportedIn(DocumentId.of("rfi-1")).statement("blockade of Kayes and Nioro")
              .effectiveFrom(when.getEarliest()).condition(ConditionId.of("blockade")).build();
          default -> Characterisation.builder().id(ClaimId.of(id)).claimant(ActorId.of("junta")).madeAt(when)
              .addReportedIn(DocumentId.of("tv5-1")).target(SubjectRef.of(ActorId.of("fla"))).label("terrorists")
              .build();
        });
  }

  static Arbitrary<Source> sources() {
    return Combinators.combine(ids(), names(), Arbitraries.of(SourceKind.class), Arbitraries.of(Reliability.class),
        Arbitraries.of(SourceScale.class))
        .as((id, name, kind, reliability, scale) -> kind == SourceKind.UNNAMED
            ? Source.builder().from(Source.unnamed(SourceId.of(id), name.getValue(), "en")).scale(scale).build()
            : Source.builder().id(SourceId.of(id)).name(name).kind(kind)
                .reliability(reliability).scale(scale).language("fr").countryIso3("FRA")
                .homepage(URI.create("https://example.org/" + id)).affiliatedActor(ActorId.of("x")).build());
  }

  static Arbitrary<Document> documents() {
    return Combinators.combine(ids(), instants(), Arbitraries.longs().between(0, 10_000_000)).as((id, at, lag) ->
        Document.builder().id(DocumentId.of(id)).source(SourceId.of("afp")).title("Mali: attaque à Kati")
            .url(URI.create("https://example.org/a?id=" + id)).language("fr").publishedAt(at)
            .retrievedAt(at.plusSeconds(lag)).externalRef("MLI1234").build());
  }

  static Arbitrary<AssertedValue> values() {
    return Arbitraries.oneOf(List.of(
        estimates().map(FatalityValue::of), times().map(TimeValue::of), locations().map(LocationValue::of),
        ids().map(id -> ActorValue.of(ActorId.of(id))), Arbitraries.of(SubEventType.class).map(SubEventTypeValue::of),
        texts().map(TextValue::of),
        Combinators.combine(Arbitraries.longs().between(0, 1000), dates()).as((n, d) -> QuantityValue.builder()
            .amount(n).unit("tanker trucks destroyed").qualifier(FatalityQualifier.AT_LEAST).asOf(d).build())));
  }

  static Arbitrary<SourcedAssertion> assertions() {
    return Combinators.combine(ids(), values(), Arbitraries.of(Polarity.class), Arbitraries.of(Credibility.class),
        Arbitraries.of(Rank.class), instants(), times().injectNull(0.5), Arbitraries.of(AttributionKind.class))
        .as((id, value, polarity, credibility, rank, at, validTime, kind) -> {
          SourcedAssertion.Builder b = SourcedAssertion.builder().id(AssertionId.of(id))
              .subject(SubjectRef.of(IncidentId.of("kati"))).field("fatalities").polarity(polarity)
              .credibility(credibility).rank(rank).recordedAt(at).attributionKind(kind)
              .attributedTo(Attribution.builder().actor(ActorId.of("fama")).description("army spokesman").build())
              .quote(Quote.builder().text("عشرات القتلى").language("ar").translation("dozens dead")
                  .translationLanguage("en").build())
              .supersedes(AssertionId.of(id + "-old"));
          if (polarity == Polarity.AFFIRMS || polarity == Polarity.DENIES) {
            b.value(value);
          }
          if (kind != AttributionKind.ANALYST_INFERENCE) {
            b.reportedIn(DocumentId.of("afp-1"));
          }
          if (rank != Rank.NORMAL) {
            b.rankReason("contradicts contemporaneous reports");
          }
          if (validTime != null) {
            b.validTime(validTime);
          }
          return b.build();
        });
  }

  static Arbitrary<ActorRelation> relations() {
    return Combinators.combine(ids(), Arbitraries.of(RelationType.class), intervals()).as((id, type, validity) ->
        ActorRelation.builder().id(RelationId.of(id)).subject(ActorId.of("fla")).type(type)
            .object(ActorId.of("jnim")).validity(validity).addReportedIn(DocumentId.of("reuters-1")).build());
  }

  /** One valid object of any model type. */
  static Arbitrary<Object> anyModelObject() {
    return Arbitraries.oneOf(List.of(points().map(Object.class::cast), names().map(Object.class::cast),
        locations().map(Object.class::cast), times().map(Object.class::cast), intervals().map(Object.class::cast),
        estimates().map(Object.class::cast), actors().map(Object.class::cast), incidents().map(Object.class::cast),
        conditions().map(Object.class::cast), claims().map(Object.class::cast), sources().map(Object.class::cast),
        documents().map(Object.class::cast), values().map(Object.class::cast), assertions().map(Object.class::cast),
        relations().map(Object.class::cast)));
  }
}
