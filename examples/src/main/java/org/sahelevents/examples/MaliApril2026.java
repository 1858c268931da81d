package org.sahelevents.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.ActorKind;
import org.sahelevents.core.model.ActorRelation;
import org.sahelevents.core.model.ActorTypeAssignment;
import org.sahelevents.core.model.ActorValue;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.Attribution;
import org.sahelevents.core.model.AttributionKind;
import org.sahelevents.core.model.BlockadeDirection;
import org.sahelevents.core.model.BlockedTraffic;
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
import org.sahelevents.core.model.FatalityValue;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.LocalizedName;
import org.sahelevents.core.model.Location;
import org.sahelevents.core.model.NameKind;
import org.sahelevents.core.model.Participant;
import org.sahelevents.core.model.ParticipantRole;
import org.sahelevents.core.model.Quote;
import org.sahelevents.core.model.RelationId;
import org.sahelevents.core.model.RelationType;
import org.sahelevents.core.model.Reliability;
import org.sahelevents.core.model.ResponsibilityClaim;
import org.sahelevents.core.model.RouteId;
import org.sahelevents.core.model.Side;
import org.sahelevents.core.model.Source;
import org.sahelevents.core.model.SourceId;
import org.sahelevents.core.model.SourceKind;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.SubEventTypeValue;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.model.TerritorialClaim;
import org.sahelevents.core.model.TerritorialStatus;
import org.sahelevents.core.model.TextValue;
import org.sahelevents.core.model.TimePrecision;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.SourceScale;
import org.sahelevents.core.taxonomy.SubEventType;

/**
 * The late-April 2026 events in Mali as a {@link Catalog}, from an Arabic news article of 2 May 2026 and the reports
 * it cites (AP, Reuters, Le Monde, the Malian authorities). Every fact is attributed: much of it was reported once,
 * by one outlet, and could not be checked, so credibility grades are mostly "possibly true" and dates of reports are
 * approximate. Coordinates are GeoNames points, except Sévaré (approximate, about 10 km).
 *
 * <p>The catalog is immutable and thread-safe.
 */
public final class MaliApril2026 {
  public static final ActorId JNIM = ActorId.of("jnim");
  public static final ActorId FLA = ActorId.of("fla");
  public static final ActorId CSP_DPA = ActorId.of("csp-dpa");
  public static final ActorId FAMA = ActorId.of("fama");
  public static final ActorId MALI_GOVERNMENT = ActorId.of("mali-government");
  public static final ActorId SADIO_CAMARA = ActorId.of("sadio-camara");
  public static final ActorId AFRICA_CORPS = ActorId.of("africa-corps");
  public static final ActorId AES = ActorId.of("aes");
  public static final ActorId AES_UNIFIED_FORCE = ActorId.of("aes-unified-force");
  public static final ActorId NIGER_GOVERNMENT = ActorId.of("niger-government");
  public static final ActorId FRANCE_MFA = ActorId.of("france-mfa");

  public static final IncidentId OFFENSIVE = IncidentId.of("offensive-2026-04-25");
  public static final IncidentId KATI = IncidentId.of("kati-2026-04-25");
  public static final IncidentId BAMAKO = IncidentId.of("bamako-2026-04-25");
  public static final IncidentId SEVARE = IncidentId.of("sevare-2026-04-25");
  public static final IncidentId GAO = IncidentId.of("gao-2026-04-25");
  public static final IncidentId CAMARA_KILLING = IncidentId.of("camara-killing-2026-04-25");
  public static final IncidentId AES_AIR_STRIKES = IncidentId.of("aes-air-strikes-2026-04");

  public static final ConditionId BAMAKO_BLOCKADE = ConditionId.of("bamako-blockade-2026-04");
  public static final ConditionId KIDAL_CONTROL_FAMA = ConditionId.of("kidal-control-fama-2023");
  public static final ConditionId KIDAL_CONTROL_FLA = ConditionId.of("kidal-control-fla-2026");
  public static final ConditionId TESSALIT_CONTROL_FLA = ConditionId.of("tessalit-control-fla-2026");
  public static final ConditionId FRANCE_ADVISORY = ConditionId.of("france-advisory-2026-04");

  /** The field the competing death tolls of the minister's killing are asserted on. */
  public static final String FATALITIES = "fatalities";
  /** The field the competing accounts of how the minister was killed are asserted on. */
  public static final String MANNER = "subEventType";

  // Validity whose start and end were not reported.
  private static final DateInterval UNKNOWN = DateInterval.builder().build();

  private static final DocumentId AP = DocumentId.of("ap-2026-04-25");
  private static final DocumentId REUTERS = DocumentId.of("reuters-2026-04-27");
  private static final DocumentId LE_MONDE = DocumentId.of("lemonde-2026-04-29");
  private static final DocumentId MALI_COMMUNIQUE = DocumentId.of("mali-communique-2026-04-26");
  private static final DocumentId AGGREGATOR = DocumentId.of("aggregator-2026-04-25");
  private static final DocumentId ARTICLE = DocumentId.of("arabic-article-2026-05-02");
  private static final DocumentId RFI_FLA_FOUNDED = DocumentId.of("rfi-2024-12-01");

  private MaliApril2026() {}

  /** The whole catalog. */
  public static Catalog catalog() {
    return Catalog.builder()
        .addAllActors(actors())
        .addAllRelations(relations())
        .addAllSources(sources())
        .addAllDocuments(documents())
        .addAllIncidents(incidents())
        .addAllConditions(conditions())
        .addClaims(ResponsibilityClaim.builder()
            .id(ClaimId.of("jnim-claims-offensive"))
            .claimant(JNIM)
            .channel("az-Zallaqa")
            .madeAt(day(2026, 4, 26))
            .addReportedIn(REUTERS)
            .incident(OFFENSIVE)
            .claimedPerpetrator(JNIM)
            .build())
        .addClaims(TerritorialClaim.builder()
            .id(ClaimId.of("fla-claims-kidal"))
            .claimant(FLA)
            .madeAt(day(2026, 4, 26))
            .addReportedIn(REUTERS)
            .place(town("Kidal", "Kidal", 18.44345, 1.40921))
            .controller(FLA)
            .status(TerritorialStatus.CAPTURED)
            .build())
        .addAllAssertions(assertions())
        .build();
  }

  private static List<Actor> actors() {
    return List.of(
        Actor.builder().id(JNIM)
            .name(name("Jama'at Nusrat al-Islam wal-Muslimin", "ar-Latn", NameKind.TRANSLITERATION))
            .addAlias(name("JNIM", "en", NameKind.ACRONYM))
            .addAlias(name("GSIM", "fr", NameKind.ACRONYM))
            .addAlias(name("Groupe de soutien à l'islam et aux musulmans", "fr", NameKind.TRANSLATION))
            .addAlias(name("Group for Support of Islam and Muslims", "en", NameKind.TRANSLATION))
            .addAlias(name("جماعة نصرة الإسلام والمسلمين", "ar", NameKind.OFFICIAL))
            .kind(ActorKind.JIHADIST_ARMED_GROUP)
            .addAcledType(ActorTypeAssignment.of(ActorType.REBEL_GROUP))
            .founded(LocalDate.of(2017, 3, 2))
            .putExternalId("acled", "JNIM: Group for Support of Islam and Muslims")
            .build(),
        Actor.builder().id(FLA)
            .name(name("Front de Libération de l'Azawad", "fr", NameKind.OFFICIAL))
            .addAlias(name("FLA", "fr", NameKind.ACRONYM))
            .addAlias(name("Azawad Liberation Front", "en", NameKind.TRANSLATION))
            .addAlias(name("جبهة تحرير أزواد", "ar", NameKind.TRANSLATION))
            .kind(ActorKind.REBEL_GROUP)
            .addAcledType(ActorTypeAssignment.of(ActorType.REBEL_GROUP))
            .founded(LocalDate.of(2024, 11, 30))
            .build(),
        Actor.builder().id(CSP_DPA)
            .name(name("Cadre stratégique permanent pour la défense du peuple de l'Azawad", "fr", NameKind.OFFICIAL))
            .addAlias(name("CSP-DPA", "fr", NameKind.ACRONYM))
            .kind(ActorKind.ALLIANCE_OR_COALITION)
            .dissolved(LocalDate.of(2024, 11, 30))
            .build(),
        Actor.builder().id(FAMA)
            .name(name("Forces Armées Maliennes", "fr", NameKind.OFFICIAL))
            .addAlias(name("FAMa", "fr", NameKind.ACRONYM))
            .addAlias(name("Malian Armed Forces", "en", NameKind.TRANSLATION))
            .kind(ActorKind.STATE_FORCE)
            .addAcledType(ActorTypeAssignment.of(ActorType.STATE_FORCES))
            .countryIso3("MLI")
            .build(),
        Actor.builder().id(MALI_GOVERNMENT)
            .name(name("Transitional government of Mali", "en", NameKind.OFFICIAL))
            .addAlias(name("Malian authorities", "en", NameKind.SHORT))
            .kind(ActorKind.STATE_GOVERNMENT)
            .countryIso3("MLI")
            .build(),
        Actor.builder().id(SADIO_CAMARA)
            .name(name("Sadio Camara", "fr", NameKind.OFFICIAL))
            .kind(ActorKind.PERSON)
            .countryIso3("MLI")
            .build(),
        Actor.builder().id(AFRICA_CORPS)
            .name(name("Africa Corps", "en", NameKind.OFFICIAL))
            .kind(ActorKind.EXTERNAL_STATE_FORCE)
            .addAcledType(ActorTypeAssignment.of(ActorType.EXTERNAL_OTHER_FORCES))
            .countryIso3("RUS")
            .build(),
        Actor.builder().id(AES)
            .name(name("Alliance des États du Sahel", "fr", NameKind.OFFICIAL))
            .addAlias(name("AES", "fr", NameKind.ACRONYM))
            .addAlias(name("Alliance of Sahel States", "en", NameKind.TRANSLATION))
            .kind(ActorKind.ALLIANCE_OR_COALITION)
            .founded(LocalDate.of(2023, 9, 16))
            .build(),
        Actor.builder().id(AES_UNIFIED_FORCE)
            .name(name("AES unified force", "en", NameKind.OFFICIAL))
            .kind(ActorKind.EXTERNAL_STATE_FORCE)
            .addAcledType(ActorTypeAssignment.of(ActorType.EXTERNAL_OTHER_FORCES))
            .build(),
        Actor.builder().id(NIGER_GOVERNMENT)
            .name(name("Government of Niger", "en", NameKind.OFFICIAL))
            .kind(ActorKind.STATE_GOVERNMENT)
            .countryIso3("NER")
            .build(),
        Actor.builder().id(FRANCE_MFA)
            .name(name("Ministère de l'Europe et des Affaires étrangères", "fr", NameKind.OFFICIAL))
            .addAlias(name("French Ministry for Europe and Foreign Affairs", "en", NameKind.TRANSLATION))
            .kind(ActorKind.STATE_AGENCY)
            .countryIso3("FRA")
            .build());
  }

  private static List<ActorRelation> relations() {
    return List.of(
        relation("csp-dpa-merged-into-fla", CSP_DPA, RelationType.MERGED_INTO, FLA,
            DateInterval.from(LocalDate.of(2024, 11, 30)), RFI_FLA_FOUNDED),
        relation("fla-cooperates-with-jnim", FLA, RelationType.COOPERATES_WITH, JNIM, UNKNOWN, REUTERS),
        relation("camara-minister-of-defence", SADIO_CAMARA, RelationType.HOLDS_OFFICE_IN, MALI_GOVERNMENT,
            DateInterval.builder().end(LocalDate.of(2026, 4, 25)).build(), AP),
        relation("africa-corps-supports-fama", AFRICA_CORPS, RelationType.SUPPORTS, FAMA, UNKNOWN, ARTICLE),
        relation("unified-force-of-aes", AES_UNIFIED_FORCE, RelationType.SUBGROUP_OF, AES, UNKNOWN, ARTICLE));
  }

  private static List<Source> sources() {
    return List.of(
        source("ap", "Associated Press", "en", SourceKind.NEWS_AGENCY, SourceScale.INTERNATIONAL, Reliability.B),
        source("reuters", "Reuters", "en", SourceKind.NEWS_AGENCY, SourceScale.INTERNATIONAL, Reliability.B),
        source("lemonde", "Le Monde", "fr", SourceKind.NEWSPAPER, SourceScale.INTERNATIONAL, Reliability.B),
        source("rfi", "Radio France Internationale", "fr", SourceKind.BROADCASTER, SourceScale.INTERNATIONAL,
            Reliability.B),
        Source.builder().from(source("mali-authorities", "Malian authorities", "fr", SourceKind.STATE_BODY,
            SourceScale.NATIONAL, Reliability.D)).affiliatedActor(MALI_GOVERNMENT).build(),
        source("aggregator", "Unverified aggregator site", "en", SourceKind.AGGREGATOR, SourceScale.OTHER,
            Reliability.F),
        source("arabic-article", "Arabic-language news outlet", "ar", SourceKind.NEWSPAPER, SourceScale.REGIONAL,
            Reliability.F));
  }

  private static List<Document> documents() {
    return List.of(
        document(RFI_FLA_FOUNDED, "rfi", "fr", "2024-12-01T09:00:00Z"),
        document(AP, "ap", "en", "2026-04-25T11:00:00Z"),
        document(AGGREGATOR, "aggregator", "en", "2026-04-25T20:00:00Z"),
        document(MALI_COMMUNIQUE, "mali-authorities", "fr", "2026-04-26T18:00:00Z"),
        document(REUTERS, "reuters", "en", "2026-04-27T08:00:00Z"),
        document(LE_MONDE, "lemonde", "fr", "2026-04-29T06:00:00Z"),
        document(ARTICLE, "arabic-article", "ar", "2026-05-02T10:00:00Z"));
  }

  private static List<Incident> incidents() {
    Location mali = Location.builder().name("Mali").country("Mali").countryIso3("MLI").countryIsoNumeric(466)
        .precision(SpatialPrecision.COUNTRY).build();
    return List.of(
        Incident.builder().id(OFFENSIVE)
            .title("Coordinated JNIM and FLA offensive on military sites")
            .eventType(EventType.BATTLES).subEventType(SubEventType.ARMED_CLASH)
            .time(TemporalExtent.days(LocalDate.of(2026, 4, 25), LocalDate.of(2026, 4, 26)))
            .location(mali)
            .addParticipant(Participant.of(JNIM, ParticipantRole.COMBATANT, Side.A))
            .addParticipant(Participant.of(FLA, ParticipantRole.COMBATANT, Side.A))
            .addParticipant(Participant.of(FAMA, ParticipantRole.COMBATANT, Side.B))
            .addParticipant(Participant.of(AFRICA_CORPS, ParticipantRole.COMBATANT, Side.B))
            .notes("Pre-dawn attacks on military sites in several regions, including near Bamako.")
            .build(),
        siteAttack(KATI, town("Kati", "Koulikoro", 12.74409, -8.07257)),
        siteAttack(BAMAKO, Location.builder().from(town("Bamako", "Bamako", 12.60915, -7.97522))
            .precision(SpatialPrecision.NEAR).description("near Bamako").build()),
        siteAttack(SEVARE, Location.builder().from(town("Sévaré", "Mopti", 14.53, -4.10))
            .precision(SpatialPrecision.NEAR).build()),
        siteAttack(GAO, town("Gao", "Gao", 16.27167, -0.04472)),
        Incident.builder().id(CAMARA_KILLING)
            .title("Killing of Defence Minister Sadio Camara")
            .eventType(EventType.BATTLES).subEventType(SubEventType.ARMED_CLASH)
            .time(day(2026, 4, 25))
            .location(town("Kati", "Koulikoro", 12.74409, -8.07257))
            .addParticipant(Participant.of(JNIM, ParticipantRole.COMBATANT, Side.A))
            .addParticipant(Participant.of(FAMA, ParticipantRole.COMBATANT, Side.B))
            .addParticipant(Participant.of(SADIO_CAMARA, ParticipantRole.TARGET, Side.B))
            .parent(OFFENSIVE)
            .notes("How he was killed is contested: see the assertions on subEventType.")
            .build(),
        Incident.builder().id(AES_AIR_STRIKES)
            .title("Air strikes by the AES unified force in northern Mali")
            .eventType(EventType.EXPLOSIONS_REMOTE_VIOLENCE).subEventType(SubEventType.AIR_DRONE_STRIKE)
            .time(TemporalExtent.builder().earliest(LocalDate.of(2026, 4, 26)).latest(LocalDate.of(2026, 5, 2))
                .precision(TimePrecision.WEEK).build())
            .location(Location.builder().from(town("Kidal", "Kidal", 18.44345, 1.40921))
                .name("Northern Mali").precision(SpatialPrecision.REGION).build())
            .addParticipant(Participant.of(AES_UNIFIED_FORCE, ParticipantRole.PERPETRATOR, Side.A))
            .build());
  }

  private static Incident siteAttack(IncidentId id, Location where) {
    return Incident.builder().id(id)
        .eventType(EventType.BATTLES).subEventType(SubEventType.ARMED_CLASH)
        .time(day(2026, 4, 25))
        .location(where)
        .addParticipant(Participant.of(JNIM, ParticipantRole.COMBATANT, Side.A))
        .addParticipant(Participant.of(FAMA, ParticipantRole.COMBATANT, Side.B))
        .parent(OFFENSIVE)
        .build();
  }

  private static List<Condition> conditions() {
    Location kidal = town("Kidal", "Kidal", 18.44345, 1.40921);
    Location tessalit = town("Tessalit", "Kidal", 20.20126, 1.01186);
    return List.of(
        Condition.builder().id(BAMAKO_BLOCKADE).kind(ConditionKind.BLOCKADE).imposer(JNIM)
            .area(town("Bamako", "Bamako", 12.60915, -7.97522))
            .direction(BlockadeDirection.ENTRY_BLOCKED)
            .addRoutes(RouteId.of("RN3"), RouteId.of("RN5"), RouteId.of("RN6"), RouteId.of("RN7"))
            .addBlockedTraffic(BlockedTraffic.FUEL, BlockedTraffic.GOODS)
            .validity(DateInterval.from(LocalDate.of(2026, 4, 26)))
            .description("Entry blocked, exit allowed, on some of the roads into Bamako; which axes is uncertain")
            .addReportedIn(LE_MONDE)
            .build(),
        Condition.builder().id(KIDAL_CONTROL_FAMA).kind(ConditionKind.TERRITORIAL_CONTROL).imposer(FAMA).area(kidal)
            .validity(DateInterval.between(LocalDate.of(2023, 11, 14), LocalDate.of(2026, 4, 25)))
            .addReportedIn(AP)
            .build(),
        Condition.builder().id(KIDAL_CONTROL_FLA).kind(ConditionKind.TERRITORIAL_CONTROL).imposer(FLA).area(kidal)
            .validity(DateInterval.from(LocalDate.of(2026, 4, 26)))
            .description("Reported lost by Malian forces and Africa Corps, per international reports")
            .addReportedIn(REUTERS)
            .build(),
        Condition.builder().id(TESSALIT_CONTROL_FLA).kind(ConditionKind.TERRITORIAL_CONTROL).imposer(FLA)
            .area(tessalit)
            .validity(DateInterval.from(LocalDate.of(2026, 4, 26)))
            .addReportedIn(REUTERS)
            .build(),
        Condition.builder().id(FRANCE_ADVISORY).kind(ConditionKind.TRAVEL_ADVISORY).imposer(FRANCE_MFA)
            .area(Location.builder().name("Mali").countryIso3("MLI").precision(SpatialPrecision.COUNTRY).build())
            .validity(UNKNOWN)
            .description("French nationals told to leave Mali as soon as possible (reported on 2 May 2026)")
            .addReportedIn(ARTICLE)
            .build());
  }

  private static List<SourcedAssertion> assertions() {
    SubjectRef killing = SubjectRef.of(CAMARA_KILLING);
    return List.of(
        SourcedAssertion.builder().id(AssertionId.of("ap-camara-killed"))
            .subject(killing).field(FATALITIES)
            .value(FatalityValue.of(FatalityEstimate.atLeast(1)))
            .reportedIn(AP).attributionKind(AttributionKind.JOURNALIST_OWN)
            .credibility(Credibility.PROBABLY_TRUE)
            .recordedAt(Instant.parse("2026-04-25T12:00:00Z"))
            .build(),
        SourcedAssertion.builder().id(AssertionId.of("aggregator-four-killed"))
            .subject(killing).field(FATALITIES)
            .value(FatalityValue.of(FatalityEstimate.exact(4)))
            .reportedIn(AGGREGATOR).attributionKind(AttributionKind.JOURNALIST_OWN)
            .quote(Quote.of("killing him, his second wife and two grandchildren", "en"))
            .credibility(Credibility.POSSIBLY_TRUE)
            .recordedAt(Instant.parse("2026-04-25T21:00:00Z"))
            .build(),
        SourcedAssertion.builder().id(AssertionId.of("aggregator-suicide-vehicle-bomb"))
            .subject(killing).field(MANNER)
            .value(SubEventTypeValue.of(SubEventType.SUICIDE_BOMB))
            .reportedIn(AGGREGATOR).attributionKind(AttributionKind.JOURNALIST_OWN)
            .quote(Quote.of("a suicide vehicle bomb at his home in Kati", "en"))
            .credibility(Credibility.DOUBTFUL)
            .recordedAt(Instant.parse("2026-04-25T21:00:00Z"))
            .build(),
        SourcedAssertion.builder().id(AssertionId.of("article-coordinated-attack"))
            .subject(killing).field(MANNER)
            .value(SubEventTypeValue.of(SubEventType.ARMED_CLASH))
            .reportedIn(ARTICLE).attributionKind(AttributionKind.JOURNALIST_OWN)
            .quote(Quote.builder().text("قُتل في هجوم منسق").language("ar")
                .translation("killed in a coordinated attack").translationLanguage("en").build())
            .credibility(Credibility.POSSIBLY_TRUE)
            .recordedAt(Instant.parse("2026-05-02T10:00:00Z"))
            .build(),
        SourcedAssertion.builder().id(AssertionId.of("reuters-fla-controls-kidal"))
            .subject(SubjectRef.of(KIDAL_CONTROL_FLA)).field("controller")
            .value(ActorValue.of(FLA))
            .reportedIn(REUTERS).attributionKind(AttributionKind.ANONYMOUS_OFFICIAL)
            .attributedTo(Attribution.described("international reports"))
            .credibility(Credibility.POSSIBLY_TRUE)
            .recordedAt(Instant.parse("2026-04-27T08:00:00Z"))
            .build(),
        SourcedAssertion.builder().id(AssertionId.of("niger-announces-strikes"))
            .subject(SubjectRef.of(AES_AIR_STRIKES)).field("perpetrator")
            .value(ActorValue.of(AES_UNIFIED_FORCE))
            .reportedIn(ARTICLE).attributionKind(AttributionKind.PARTY_CLAIM)
            .attributedTo(Attribution.actor(NIGER_GOVERNMENT))
            .credibility(Credibility.POSSIBLY_TRUE)
            .recordedAt(Instant.parse("2026-05-02T10:00:00Z"))
            .build(),
        SourcedAssertion.builder().id(AssertionId.of("mali-situation-under-control"))
            .subject(SubjectRef.of(OFFENSIVE)).field("outcome")
            .value(TextValue.of("the situation is under control"))
            .reportedIn(MALI_COMMUNIQUE).attributionKind(AttributionKind.PARTY_CLAIM)
            .attributedTo(Attribution.actor(MALI_GOVERNMENT))
            .credibility(Credibility.DOUBTFUL)
            .recordedAt(Instant.parse("2026-04-26T18:00:00Z"))
            .build());
  }

  private static TemporalExtent day(int year, int month, int day) {
    return TemporalExtent.day(LocalDate.of(year, month, day));
  }

  private static LocalizedName name(String value, String language, NameKind kind) {
    return LocalizedName.of(value, language, kind);
  }

  private static Location town(String name, String admin1, double lat, double lon) {
    return Location.builder().name(name).admin1(admin1).country("Mali").countryIso3("MLI").countryIsoNumeric(466)
        .point(GeoPoint.of(lat, lon)).precision(SpatialPrecision.EXACT).build();
  }

  private static ActorRelation relation(String id, ActorId subject, RelationType type, ActorId object,
      DateInterval validity, DocumentId reportedIn) {
    return ActorRelation.builder().id(RelationId.of(id)).subject(subject).type(type).object(object)
        .validity(validity).addReportedIn(reportedIn).build();
  }

  private static Source source(String id, String name, String language, SourceKind kind, SourceScale scale,
      Reliability reliability) {
    return Source.builder().id(SourceId.of(id)).name(name(name, language, NameKind.OFFICIAL)).kind(kind)
        .scale(scale).reliability(reliability).language(language).build();
  }

  private static Document document(DocumentId id, String source, String language, String publishedAt) {
    return Document.builder().id(id).source(SourceId.of(source)).language(language)
        .publishedAt(Instant.parse(publishedAt)).build();
  }
}
