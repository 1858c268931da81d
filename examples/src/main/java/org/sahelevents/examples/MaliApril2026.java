package org.sahelevents.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.ActorKind;
import org.sahelevents.core.model.ActorRelation;
import org.sahelevents.core.model.ActorTypeAssignment;
import org.sahelevents.core.model.ActorValue;
import org.sahelevents.core.model.Announcement;
import org.sahelevents.core.model.AssertedValue;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.Attribution;
import org.sahelevents.core.model.AttributionKind;
import org.sahelevents.core.model.BlockadeAxis;
import org.sahelevents.core.model.BlockadeDirection;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Characterisation;
import org.sahelevents.core.model.Claim;
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
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.model.TextValue;
import org.sahelevents.core.model.TimePrecision;
import org.sahelevents.core.model.TimeValue;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.SourceScale;
import org.sahelevents.core.taxonomy.SubEventType;

/**
 * The late-April 2026 events in Mali as a {@link Catalog}, modelled from one Arabic news article of 2 May 2026 whose
 * outlet is not named. Each of the article's statements (F1 to F19 in {@link #facts()}) is the kind of object it is
 * (an incident, a condition, a claim, an actor relation, an announcement) and is attributed as the article attributes
 * it: to the party it names as speaker (France, JNIM, the Malian authorities, Assimi Goïta, Niger), to the outlet it
 * cites (AP, Reuters, Le Monde), to "international reports" (an unnamed source, never a named outlet), or to the article
 * itself; the article is always the document that reported it. Nothing carries an outlet, date, place or number the
 * article does not give: where it is vague (which roads, which day, who took Kidal) the model says unknown.
 *
 * <p>A few facts come from elsewhere (the founding of the FLA, the retaking of Kidal in 2023, an unverified account of
 * the minister's death); each has its own source and a credibility grade, and {@link #fromElsewhere()} lists them.
 * Coordinates are GeoNames points.
 *
 * <p>The catalog, the facts and this class are immutable and thread-safe.
 */
public final class MaliApril2026 {
  public static final ActorId JNIM = ActorId.of("jnim");
  public static final ActorId AL_QAEDA = ActorId.of("al-qaeda");
  public static final ActorId FLA = ActorId.of("fla");
  public static final ActorId CSP_DPA = ActorId.of("csp-dpa");
  public static final ActorId FAMA = ActorId.of("fama");
  public static final ActorId MALI_AUTHORITIES = ActorId.of("mali-authorities");
  public static final ActorId ASSIMI_GOITA = ActorId.of("assimi-goita");
  public static final ActorId SADIO_CAMARA = ActorId.of("sadio-camara");
  public static final ActorId RUSSIAN_FORCES = ActorId.of("russian-forces");
  public static final ActorId RUSSIA = ActorId.of("russia");
  public static final ActorId FRANCE = ActorId.of("france");
  public static final ActorId AES = ActorId.of("aes");
  public static final ActorId AES_UNIFIED_FORCE = ActorId.of("aes-unified-force");
  public static final ActorId NIGER = ActorId.of("niger");
  public static final ActorId BURKINA_FASO = ActorId.of("burkina-faso");
  /** Whoever killed the minister: the article does not say. */
  public static final ActorId UNNAMED_ATTACKERS = ActorId.of("unnamed-attackers");

  public static final SourceId ARTICLE_SOURCE = SourceId.of("arabic-article");
  public static final SourceId AP = SourceId.of("ap");
  public static final SourceId REUTERS = SourceId.of("reuters");
  public static final SourceId LE_MONDE = SourceId.of("lemonde");
  public static final SourceId INTERNATIONAL_REPORTS = SourceId.of("international-reports");

  /** The article: the document every statement of F1-F19 was reported in. */
  public static final DocumentId ARTICLE = DocumentId.of("arabic-article-2026-05-02");

  public static final IncidentId OFFENSIVE = IncidentId.of("offensive-2026-04");
  public static final IncidentId NEAR_BAMAKO = IncidentId.of("attacks-near-bamako-2026-04");
  public static final IncidentId NORTH = IncidentId.of("attacks-in-the-north-2026-04");
  public static final IncidentId CAMARA_KILLING = IncidentId.of("camara-killing-2026-04");
  public static final IncidentId AES_AIR_STRIKES = IncidentId.of("aes-air-strikes-2026");

  public static final ConditionId FRANCE_ADVISORY = ConditionId.of("france-advisory-2026-04");
  public static final ConditionId BAMAKO_BLOCKADE = ConditionId.of("bamako-blockade-2026");
  public static final ConditionId FUEL_SHORTAGE = ConditionId.of("fuel-shortage-2026");
  public static final ConditionId POWER_CUTS = ConditionId.of("power-cuts-2026");
  public static final ConditionId KIDAL_CONTROL_FAMA = ConditionId.of("kidal-control-fama");
  public static final ConditionId TESSALIT_CONTROL_FAMA = ConditionId.of("tessalit-control-fama");

  /** The field the competing death tolls of the minister's killing are asserted on. */
  public static final String FATALITIES = "fatalities";
  /** The field the competing accounts of how the minister was killed are asserted on. */
  public static final String MANNER = "manner";
  /** The field the competing accounts of when the minister was killed are asserted on. */
  public static final String TIME = "time";

  /** The key of the blockade's axis for the roads Le Monde describes without naming them. */
  public static final String UNNAMED_ROADS = "unnamed-roads";

  private static final DocumentId AP_KIDAL_2023 = DocumentId.of("ap-2023-11-14-kidal");
  private static final DocumentId RFI_FLA_FOUNDED = DocumentId.of("rfi-2024-12-01-fla");
  private static final DocumentId AGGREGATOR = DocumentId.of("aggregator-2026-04-25");
  private static final SourceId RFI = SourceId.of("rfi");
  private static final SourceId AGGREGATOR_SOURCE = SourceId.of("aggregator");

  // Known by analysts and recorded when the article was read; the article gives 7:30 pm without a time zone, and
  // Mali keeps UTC all year.
  private static final Instant READ = Instant.parse("2026-05-02T19:30:00Z");
  private static final Instant AGGREGATOR_READ = Instant.parse("2026-04-25T21:00:00Z");
  // "Late April 2026", "at the end of April": the article gives no day.
  private static final TemporalExtent APRIL_2026 = TemporalExtent.month(YearMonth.of(2026, 4));
  // Said or done on a day the article does not give, between the attacks of April and the article.
  private static final TemporalExtent BEFORE_ARTICLE = TemporalExtent.builder().earliest(LocalDate.of(2026, 4, 1))
      .latest(LocalDate.of(2026, 5, 2)).precision(TimePrecision.YEAR).build();
  // Validity whose start and end are not reported.
  private static final DateInterval UNKNOWN = DateInterval.builder().build();

  /** A model object by kind and id: {@code assertion:ap-largest-in-a-decade}, {@code claim:jnim-broad-front}. */
  public record Ref(String kind, String id) {
    public static Ref parse(String text) {
      int colon = text.indexOf(':');
      return new Ref(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
      return kind + ":" + id;
    }
  }

  /**
   * One statement of the article: its number (F1-F19), the statement in the project's words, the claims and
   * assertions that carry who said it and who reported it ({@code statements}), and the incidents, conditions,
   * relations and claims it describes ({@code objects}).
   */
  public record Fact(String number, String statement, List<Ref> statements, List<Ref> objects) {
    public Fact {
      statements = List.copyOf(statements);
      objects = List.copyOf(objects);
    }
  }

  private MaliApril2026() {}

  /** The article's statements F1-F19, in its order. */
  public static List<Fact> facts() {
    return List.of(
        fact("F1", "At the end of April 2026 France warned its nationals in Mali against staying and asked them to "
            + "leave as soon as possible.", "claim:france-tells-nationals-to-leave", "condition:" + FRANCE_ADVISORY),
        fact("F2", "Coordinated attacks targeted military sites and several towns, including areas near Bamako: the "
            + "junta's biggest test since the coups of 2020 and 2021.", "assertion:article-coordinated-attacks "
            + "assertion:article-biggest-test", "incident:" + OFFENSIVE),
        fact("F3", "The attacks were among the largest the country has seen in more than a decade.",
            "assertion:ap-largest-in-a-decade", "incident:" + OFFENSIVE),
        fact("F4", "The operations hit sensitive sites, including the outskirts of Bamako and northern areas.",
            "assertion:article-outskirts-of-bamako assertion:article-northern-areas",
            "incident:" + NEAR_BAMAKO + " incident:" + NORTH),
        fact("F5", "The Malian authorities are investigating current and former soldiers suspected of collaborating "
            + "with jihadist and separatist groups in the attacks.", "claim:mali-investigates-soldiers", ""),
        fact("F6", "JNIM announced an attempt to impose a blockade on the roads leading to Bamako, to disrupt "
            + "transport and press the capital economically and militarily.", "claim:jnim-announces-blockade",
            "condition:" + BAMAKO_BLOCKADE),
        fact("F7", "JNIM cut or restricted several main roads, letting traffic leave the capital and stopping it "
            + "from entering on some axes: a tactic of ending the authority rather than occupying the city.",
            "assertion:lemonde-roads-cut-or-restricted assertion:lemonde-exit-allowed-entry-stopped "
                + "assertion:lemonde-tactic", "condition:" + BAMAKO_BLOCKADE),
        fact("F8", "JNIM called for a broad front against the junta, addressed to political, religious and social "
            + "forces in Mali.", "claim:jnim-calls-for-broad-front", ""),
        fact("F9", "Anger grows over insecurity, fuel shortages and power cuts in several areas.",
            "assertion:article-fuel-shortage assertion:article-power-cuts",
            "condition:" + FUEL_SHORTAGE + " condition:" + POWER_CUTS),
        fact("F10", "Defence Minister Sadio Camara, a pivot of the junta and architect of the rapprochement with "
            + "Russia, was killed in a coordinated attack.", "assertion:article-camara-killed "
                + "assertion:article-camara-coordinated-attack assertion:article-camara-killed-in-april "
                + "assertion:article-camara-architect-of-russia-ties",
            "incident:" + CAMARA_KILLING + " relation:camara-minister-of-defence"),
        fact("F11", "The Malian authorities announced his state funeral on 30 April 2026, attended by junta leader "
            + "Assimi Goïta and officials from Niger and Burkina Faso.", "claim:mali-announces-state-funeral", ""),
        fact("F12", "Goïta sought to contain the shock, saying the situation is under control and pledging to "
            + "continue operations against the militants.", "claim:goita-situation-under-control "
                + "claim:goita-pledges-operations", ""),
        fact("F13", "JNIM claimed responsibility for some of the attacks.", "assertion:article-jnim-claimed-some",
            "claim:jnim-claims-some-attacks"),
        fact("F14", "Recent attacks showed cooperation between al-Qaeda-linked militants and Tuareg separatists.",
            "assertion:reuters-cooperation", "relation:jnim-cooperates-with-fla"),
        fact("F15", "Strategic positions in the north were lost, including Kidal and Tessalit.",
            "assertion:reports-kidal-lost assertion:reports-tessalit-lost",
            "condition:" + KIDAL_CONTROL_FAMA + " condition:" + TESSALIT_CONTROL_FAMA),
        fact("F16", "Malian forces and their Russian allies withdrew from some positions; Russian forces pulled back "
            + "from Kidal.", "assertion:reports-withdrawal-from-some-positions "
                + "assertion:reports-russians-left-kidal", "relation:russian-forces-support-fama"),
        fact("F17", "The unified force of the Alliance of Sahel States (Mali, Niger, Burkina Faso) carried out air "
            + "strikes in northern Mali after the attacks.", "claim:niger-announces-air-strikes "
                + "assertion:niger-unified-force-struck", "incident:" + AES_AIR_STRIKES
                + " relation:unified-force-of-aes relation:mali-member-of-aes relation:niger-member-of-aes "
                + "relation:burkina-faso-member-of-aes"),
        fact("F18", "JNIM is linked to al-Qaeda; the FLA continues movements seeking autonomy or independence for "
            + "Azawad; the Tuareg are an ethnic group across five countries, not one organisation.",
            "assertion:article-jnim-linked-to-al-qaeda assertion:article-fla-aim assertion:article-tuareg",
            "relation:jnim-affiliate-of-al-qaeda"),
        fact("F19", "The junta has ruled since the 2020 coup, strengthened after 2021; France's role since 2013 ended "
            + "with its withdrawal, and Bamako turned to Russia.", "assertion:article-junta-since-2020 "
                + "assertion:article-france-since-2013 assertion:article-france-withdrew "
                + "assertion:article-turn-to-russia",
            "relation:france-supports-mali relation:mali-cooperates-with-russia"));
  }

  /** The claims and assertions added from elsewhere, each with its own source and credibility grade. */
  public static List<Ref> fromElsewhere() {
    return refs("assertion:rfi-fla-founded assertion:ap-kidal-retaken-2023 assertion:aggregator-four-killed "
        + "assertion:aggregator-suicide-vehicle-bomb assertion:aggregator-killed-on-25-april "
        + "assertion:analyst-main-roads");
  }

  private static Fact fact(String number, String statement, String statements, String objects) {
    return new Fact(number, statement, refs(statements), refs(objects));
  }

  private static List<Ref> refs(String text) {
    return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+")).stream().map(Ref::parse).toList();
  }

  /** The whole catalog. */
  public static Catalog catalog() {
    return Catalog.builder()
        .addAllActors(actors())
        .addAllRelations(relations())
        .addAllSources(sources())
        .addAllDocuments(documents())
        .addAllIncidents(incidents())
        .addAllConditions(conditions())
        .addAllClaims(claims())
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
            .putExternalId("acled", "JNIM: Group for Support of Islam and Muslims")
            .build(),
        Actor.builder().id(AL_QAEDA)
            .name(name("al-Qaeda", "en", NameKind.TRANSLITERATION))
            .addAlias(name("تنظيم القاعدة", "ar", NameKind.OFFICIAL))
            .kind(ActorKind.JIHADIST_ARMED_GROUP)
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
            .addAlias(name("القوات المالية", "ar", NameKind.TRANSLATION))
            .kind(ActorKind.STATE_FORCE)
            .addAcledType(ActorTypeAssignment.of(ActorType.STATE_FORCES))
            .countryIso3("MLI")
            .build(),
        Actor.builder().id(MALI_AUTHORITIES)
            .name(name("Malian authorities", "en", NameKind.SHORT))
            .addAlias(name("Malian junta", "en", NameKind.SHORT))
            .addAlias(name("السلطات المالية", "ar", NameKind.TRANSLATION))
            .addAlias(name("المجلس العسكري", "ar", NameKind.TRANSLATION))
            .kind(ActorKind.STATE_GOVERNMENT)
            .countryIso3("MLI")
            .build(),
        person(ASSIMI_GOITA, "Assimi Goïta", "أسيمي غويتا", "MLI"),
        person(SADIO_CAMARA, "Sadio Camara", "ساديو كامارا", "MLI"),
        Actor.builder().id(RUSSIAN_FORCES)
            .name(name("Russian forces in Mali", "en", NameKind.OFFICIAL))
            .addAlias(name("القوات الروسية", "ar", NameKind.TRANSLATION))
            .kind(ActorKind.EXTERNAL_STATE_FORCE)
            .addAcledType(ActorTypeAssignment.of(ActorType.EXTERNAL_OTHER_FORCES))
            .countryIso3("RUS")
            .build(),
        government(RUSSIA, "Russia", "روسيا", "RUS"),
        government(FRANCE, "France", "فرنسا", "FRA"),
        government(NIGER, "Niger", "النيجر", "NER"),
        government(BURKINA_FASO, "Burkina Faso", "بوركينا فاسو", "BFA"),
        Actor.builder().id(AES)
            .name(name("Alliance des États du Sahel", "fr", NameKind.OFFICIAL))
            .addAlias(name("AES", "fr", NameKind.ACRONYM))
            .addAlias(name("Alliance of Sahel States", "en", NameKind.TRANSLATION))
            .addAlias(name("تحالف دول الساحل", "ar", NameKind.TRANSLATION))
            .kind(ActorKind.ALLIANCE_OR_COALITION)
            .build(),
        Actor.builder().id(UNNAMED_ATTACKERS)
            .name(name("Attackers the article does not name", "en", NameKind.SHORT))
            .kind(ActorKind.UNIDENTIFIED_ARMED_GROUP)
            .build(),
        Actor.builder().id(AES_UNIFIED_FORCE)
            .name(name("Unified force of the Alliance of Sahel States", "en", NameKind.OFFICIAL))
            .addAlias(name("القوة الموحدة التابعة لتحالف دول الساحل", "ar", NameKind.TRANSLATION))
            .kind(ActorKind.EXTERNAL_STATE_FORCE)
            .addAcledType(ActorTypeAssignment.of(ActorType.EXTERNAL_OTHER_FORCES))
            .build());
  }

  private static Actor person(ActorId id, String latin, String arabic, String country) {
    return Actor.builder().id(id).name(name(latin, "fr", NameKind.OFFICIAL))
        .addAlias(name(arabic, "ar", NameKind.TRANSLITERATION)).kind(ActorKind.PERSON).countryIso3(country).build();
  }

  private static Actor government(ActorId id, String english, String arabic, String country) {
    return Actor.builder().id(id).name(name(english, "en", NameKind.SHORT))
        .addAlias(name(arabic, "ar", NameKind.TRANSLATION)).kind(ActorKind.STATE_GOVERNMENT).countryIso3(country)
        .build();
  }

  private static List<ActorRelation> relations() {
    return List.of(
        relation("csp-dpa-merged-into-fla", CSP_DPA, RelationType.MERGED_INTO, FLA,
            DateInterval.from(LocalDate.of(2024, 11, 30)), RFI_FLA_FOUNDED),
        relation("jnim-cooperates-with-fla", JNIM, RelationType.COOPERATES_WITH, FLA, UNKNOWN, ARTICLE),
        relation("jnim-affiliate-of-al-qaeda", JNIM, RelationType.AFFILIATE_OF, AL_QAEDA, UNKNOWN, ARTICLE),
        relation("camara-minister-of-defence", SADIO_CAMARA, RelationType.HOLDS_OFFICE_IN, MALI_AUTHORITIES, UNKNOWN,
            ARTICLE),
        relation("russian-forces-support-fama", RUSSIAN_FORCES, RelationType.SUPPORTS, FAMA, UNKNOWN, ARTICLE),
        relation("unified-force-of-aes", AES_UNIFIED_FORCE, RelationType.SUBGROUP_OF, AES, UNKNOWN, ARTICLE),
        relation("mali-member-of-aes", MALI_AUTHORITIES, RelationType.MEMBER_OF, AES, UNKNOWN, ARTICLE),
        relation("niger-member-of-aes", NIGER, RelationType.MEMBER_OF, AES, UNKNOWN, ARTICLE),
        relation("burkina-faso-member-of-aes", BURKINA_FASO, RelationType.MEMBER_OF, AES, UNKNOWN, ARTICLE),
        relation("france-supports-mali", FRANCE, RelationType.SUPPORTS, MALI_AUTHORITIES, UNKNOWN, ARTICLE),
        relation("mali-cooperates-with-russia", MALI_AUTHORITIES, RelationType.COOPERATES_WITH, RUSSIA, UNKNOWN,
            ARTICLE));
  }

  private static List<Source> sources() {
    return List.of(
        Source.builder().id(ARTICLE_SOURCE).name(name("Arabic-language news article, 2 May 2026", "en",
                NameKind.OFFICIAL))
            .kind(SourceKind.NEWSPAPER).reliability(Reliability.F).language("ar").build(),
        source(AP, "Associated Press", "en", SourceKind.NEWS_AGENCY, Reliability.B),
        source(REUTERS, "Reuters", "en", SourceKind.NEWS_AGENCY, Reliability.B),
        source(LE_MONDE, "Le Monde", "fr", SourceKind.NEWSPAPER, Reliability.B),
        Source.builder().from(Source.unnamed(INTERNATIONAL_REPORTS, "international reports", "en"))
            .addAlias(name("تقارير دولية", "ar", NameKind.OFFICIAL)).build(),
        source(RFI, "Radio France Internationale", "fr", SourceKind.BROADCASTER, Reliability.B),
        Source.builder().id(AGGREGATOR_SOURCE).name(name("Unverified aggregator site", "en", NameKind.OFFICIAL))
            .kind(SourceKind.AGGREGATOR).scale(SourceScale.OTHER).reliability(Reliability.F).build());
  }

  private static List<Document> documents() {
    return List.of(
        Document.builder().id(ARTICLE).source(ARTICLE_SOURCE).language("ar")
            .title("مالي على حافة حصار باماكو تحالف المتمردين والقاعدة يضرب سلطة العسكر")
            .publishedAt(READ).build(),
        Document.builder().id(AP_KIDAL_2023).source(AP).language("en")
            .title("Malian army and Wagner retake Kidal (14 November 2023)").build(),
        Document.builder().id(RFI_FLA_FOUNDED).source(RFI).language("fr")
            .title("Founding of the Front de Libération de l'Azawad (December 2024)").build(),
        Document.builder().id(AGGREGATOR).source(AGGREGATOR_SOURCE).language("en")
            .title("JNIM and Tuareg rebels kill Mali's defence minister (25 April 2026)").build());
  }

  private static List<Incident> incidents() {
    return List.of(
        Incident.builder().id(OFFENSIVE)
            .title("Coordinated attacks on military sites and several towns")
            .eventType(EventType.BATTLES).subEventType(SubEventType.ARMED_CLASH)
            .time(APRIL_2026)
            .location(mali("several towns, including areas near Bamako"))
            .addParticipant(Participant.of(JNIM, ParticipantRole.COMBATANT, Side.A))
            .addParticipant(Participant.of(FLA, ParticipantRole.COMBATANT, Side.A))
            .addParticipant(Participant.of(FAMA, ParticipantRole.COMBATANT, Side.B))
            .notes("Late April 2026; the article names no day. Per-site incidents only where it names the area.")
            .build(),
        siteAttack(NEAR_BAMAKO, "Attacks on the outskirts of Bamako",
            Location.builder().from(town("Bamako", "Bamako", 12.60915, -7.97522))
                .precision(SpatialPrecision.NEAR).description("the outskirts of Bamako").build()),
        siteAttack(NORTH, "Attacks in northern areas", northernMali()),
        Incident.builder().id(CAMARA_KILLING)
            .title("Killing of Defence Minister Sadio Camara")
            .eventType(EventType.BATTLES)
            .time(APRIL_2026)
            .location(mali("not given in the article"))
            .addParticipant(Participant.of(UNNAMED_ATTACKERS, ParticipantRole.PERPETRATOR, Side.A))
            .addParticipant(Participant.of(SADIO_CAMARA, ParticipantRole.TARGET, Side.B))
            .parent(OFFENSIVE)
            .notes("The article gives no place, day or perpetrator; how he was killed is contested.")
            .build(),
        Incident.builder().id(AES_AIR_STRIKES)
            .title("Air strikes by the unified force of the Alliance of Sahel States in northern Mali")
            .eventType(EventType.EXPLOSIONS_REMOTE_VIOLENCE).subEventType(SubEventType.AIR_DRONE_STRIKE)
            .time(BEFORE_ARTICLE)
            .location(northernMali())
            .addParticipant(Participant.of(AES_UNIFIED_FORCE, ParticipantRole.PERPETRATOR, Side.A))
            .notes("After the attacks of late April; the article names no day and no place.")
            .build());
  }

  // One of the campaign's attacks, where the article names the area.
  private static Incident siteAttack(IncidentId id, String title, Location where) {
    return Incident.builder().id(id).title(title)
        .eventType(EventType.BATTLES).subEventType(SubEventType.ARMED_CLASH)
        .time(APRIL_2026)
        .location(where)
        .addParticipant(Participant.of(JNIM, ParticipantRole.COMBATANT, Side.A))
        .addParticipant(Participant.of(FAMA, ParticipantRole.COMBATANT, Side.B))
        .parent(OFFENSIVE)
        .build();
  }

  private static List<Condition> conditions() {
    Location bamako = town("Bamako", "Bamako", 12.60915, -7.97522);
    Location severalAreas = mali("several areas, not named");
    return List.of(
        Condition.builder().id(FRANCE_ADVISORY).kind(ConditionKind.TRAVEL_ADVISORY).imposer(FRANCE)
            .area(Location.builder().from(mali("Mali")).build())
            .validity(UNKNOWN)
            .description("French nationals told not to stay in Mali and to leave as soon as possible, from the end "
                + "of April 2026 (no day given)")
            .addReportedIn(ARTICLE)
            .build(),
        Condition.builder().id(BAMAKO_BLOCKADE).kind(ConditionKind.BLOCKADE).imposer(JNIM).area(bamako)
            .direction(BlockadeDirection.ENTRY_BLOCKED)
            .addAxes(BlockadeAxis.builder().key(UNNAMED_ROADS).direction(BlockadeDirection.ENTRY_BLOCKED)
                .description("several main roads into Bamako, not named; cut or restricted, entry stopped and exit "
                    + "allowed on some of them").build())
            .addAxes(mainRoad("RN3"), mainRoad("RN5"), mainRoad("RN6"), mainRoad("RN7"))
            .validity(UNKNOWN)
            .description("An attempt to blockade the roads into Bamako; which roads, and since when, is not reported")
            .addReportedIn(ARTICLE)
            .build(),
        Condition.builder().id(FUEL_SHORTAGE).kind(ConditionKind.FUEL_SHORTAGE).area(severalAreas)
            .validity(UNKNOWN).addReportedIn(ARTICLE).build(),
        Condition.builder().id(POWER_CUTS).kind(ConditionKind.POWER_CUTS).area(severalAreas)
            .validity(UNKNOWN).addReportedIn(ARTICLE).build(),
        Condition.builder().id(KIDAL_CONTROL_FAMA).kind(ConditionKind.TERRITORIAL_CONTROL).imposer(FAMA)
            .area(town("Kidal", "Kidal", 18.44345, 1.40921))
            .validity(DateInterval.from(LocalDate.of(2023, 11, 14)))
            .description("Held by the Malian forces from November 2023; lost by them per international reports of "
                + "April 2026, to a party not named")
            .addReportedIn(AP_KIDAL_2023, ARTICLE)
            .build(),
        Condition.builder().id(TESSALIT_CONTROL_FAMA).kind(ConditionKind.TERRITORIAL_CONTROL).imposer(FAMA)
            .area(town("Tessalit", "Kidal", 20.20126, 1.01186))
            .validity(UNKNOWN)
            .description("Held by the Malian forces; lost by them per international reports of April 2026, to a "
                + "party not named")
            .addReportedIn(ARTICLE)
            .build());
  }

  private static BlockadeAxis mainRoad(String route) {
    return BlockadeAxis.builder().route(RouteId.of(route))
        .description("a main road out of Bamako; whether JNIM cut, restricted or left it open is not reported")
        .build();
  }

  private static List<Claim> claims() {
    return List.of(
        Announcement.builder().id(ClaimId.of("france-tells-nationals-to-leave")).claimant(FRANCE)
            .madeAt(APRIL_2026).addReportedIn(ARTICLE)
            .statement("French nationals in Mali should not stay and should leave as soon as possible")
            .condition(FRANCE_ADVISORY).build(),
        Announcement.builder().id(ClaimId.of("mali-investigates-soldiers")).claimant(MALI_AUTHORITIES)
            .madeAt(BEFORE_ARTICLE).addReportedIn(ARTICLE)
            .statement("current and former soldiers are under investigation, suspected of collaborating with "
                + "jihadist and separatist groups in the attacks")
            .build(),
        Announcement.builder().id(ClaimId.of("jnim-announces-blockade")).claimant(JNIM)
            .madeAt(BEFORE_ARTICLE).addReportedIn(ARTICLE)
            .statement("an attempt to impose a blockade on the roads leading to Bamako, to disrupt transport and "
                + "press the capital economically and militarily")
            .condition(BAMAKO_BLOCKADE).build(),
        Announcement.builder().id(ClaimId.of("jnim-calls-for-broad-front")).claimant(JNIM)
            .madeAt(BEFORE_ARTICLE).addReportedIn(ARTICLE)
            .statement("a call for a broad front against the junta, addressed to political, religious and social "
                + "forces in Mali")
            .build(),
        Announcement.builder().id(ClaimId.of("mali-announces-state-funeral")).claimant(MALI_AUTHORITIES)
            .madeAt(BEFORE_ARTICLE).addReportedIn(ARTICLE)
            .statement("a state funeral for Sadio Camara on 30 April 2026, attended by Assimi Goïta and officials "
                + "from Niger and Burkina Faso")
            .effectiveFrom(LocalDate.of(2026, 4, 30)).build(),
        Characterisation.builder().id(ClaimId.of("goita-situation-under-control")).claimant(ASSIMI_GOITA)
            .madeAt(BEFORE_ARTICLE).addReportedIn(ARTICLE)
            .target(SubjectRef.of(OFFENSIVE)).label("the situation is under control")
            .build(),
        Announcement.builder().id(ClaimId.of("goita-pledges-operations")).claimant(ASSIMI_GOITA)
            .madeAt(BEFORE_ARTICLE).addReportedIn(ARTICLE)
            .statement("operations against the militants will continue")
            .build(),
        ResponsibilityClaim.builder().id(ClaimId.of("jnim-claims-some-attacks")).claimant(JNIM)
            .madeAt(BEFORE_ARTICLE).addReportedIn(ARTICLE)
            .incident(OFFENSIVE).claimedPerpetrator(JNIM)
            .build(),
        Announcement.builder().id(ClaimId.of("niger-announces-air-strikes")).claimant(NIGER)
            .madeAt(BEFORE_ARTICLE).addReportedIn(ARTICLE)
            .statement("the unified force of the Alliance of Sahel States carried out air strikes in northern Mali "
                + "after the attacks")
            .build());
  }

  private static List<SourcedAssertion> assertions() {
    SubjectRef offensive = SubjectRef.of(OFFENSIVE);
    SubjectRef killing = SubjectRef.of(CAMARA_KILLING);
    SubjectRef blockade = SubjectRef.of(BAMAKO_BLOCKADE);
    List<SourcedAssertion> all = new ArrayList<>();
    // F2, F4: the article's own account of the attacks.
    all.add(article("article-coordinated-attacks", offensive, "targets",
        "coordinated attacks on military sites and several towns, including areas near Bamako",
        "هجمات منسقة استهدفت مواقع عسكرية ومدنا عدة، بينها مناطق قريبة من العاصمة باماكو"));
    all.add(article("article-biggest-test", offensive, "significance",
        "the biggest test of the ruling junta since the coups of 2020 and 2021",
        "أكبر اختبار منذ انقلابي 2020 و2021"));
    all.add(article("article-outskirts-of-bamako", SubjectRef.of(NEAR_BAMAKO), "location", "the outskirts of Bamako",
        "محيط باماكو"));
    all.add(article("article-northern-areas", SubjectRef.of(NORTH), "location", "northern areas", "مناطق شمالية"));
    // F3: AP's characterisation, as the article reports it.
    all.add(cited("ap-largest-in-a-decade", offensive, "characterisation", Attribution.source(AP),
        "among the largest attacks the country has seen in more than a decade",
        "من أكبر الهجمات التي شهدتها البلاد منذ أكثر من عقد"));
    // F7: Le Monde's description of the blockade, road by road as far as it goes.
    String unnamedRoads = BlockadeAxis.field(UNNAMED_ROADS, "status");
    all.add(cited("lemonde-roads-cut-or-restricted", blockade, unnamedRoads, Attribution.source(LE_MONDE),
        "several main roads cut or restricted (which roads, and which of the two, not said)",
        "قطعت أو حددت عدة طرق رئيسية"));
    all.add(cited("lemonde-exit-allowed-entry-stopped", blockade, BlockadeAxis.field(UNNAMED_ROADS, "direction"),
        Attribution.source(LE_MONDE), "leaving the capital allowed, entering it stopped, on some axes",
        "مع السماح بالخروج من العاصمة ومنع الدخول إليها في بعض المحاور"));
    all.add(cited("lemonde-tactic", blockade, "aim", Attribution.source(LE_MONDE),
        "ending the authority rather than occupying the city", "إنهاء السلطة لا احتلال المدينة مباشرة"));
    all.add(SourcedAssertion.builder().id(AssertionId.of("analyst-main-roads")).subject(blockade).field("axes")
        .value(TextValue.of("the main roads out of Bamako are the RN3, RN5, RN6 and RN7 (domain model, section "
            + "3.4); which of them JNIM cut or restricted is not reported"))
        .attributionKind(AttributionKind.ANALYST_INFERENCE).credibility(Credibility.CANNOT_BE_JUDGED)
        .recordedAt(READ).build());
    // F9.
    all.add(article("article-fuel-shortage", SubjectRef.of(FUEL_SHORTAGE), "extent",
        "fuel shortages in several areas, a cause of growing anger", "نقص الوقود"));
    all.add(article("article-power-cuts", SubjectRef.of(POWER_CUTS), "extent",
        "power cuts in several areas, a cause of growing anger", "انقطاع الكهرباء في مناطق عدة"));
    // F10: the killing as the article tells it, and as an unverified site told it (from elsewhere).
    all.add(article("article-camara-killed", killing, FATALITIES, FatalityValue.of(FatalityEstimate.atLeast(1)),
        "مقتل وزير الدفاع المالي ساديو كامارا"));
    all.add(article("article-camara-coordinated-attack", killing, MANNER, "killed in a coordinated attack",
        "في هجوم منسق"));
    all.add(article("article-camara-killed-in-april", killing, TIME, TimeValue.of(APRIL_2026),
        "شهدت مالي في أواخر أبريل 2026 سلسلة هجمات"));
    all.add(article("article-camara-architect-of-russia-ties", SubjectRef.of(SADIO_CAMARA), "role",
        "a pivotal figure of the junta and the architect of the rapprochement with Russia",
        "شخصية محورية داخل المجلس العسكري ومهندس التقارب مع روسيا"));
    all.add(elsewhere("aggregator-four-killed", killing, FATALITIES,
        FatalityValue.of(FatalityEstimate.exact(4)), AGGREGATOR, Credibility.POSSIBLY_TRUE,
        Quote.of("killing him, his second wife and two grandchildren", "en"), AGGREGATOR_READ));
    all.add(elsewhere("aggregator-suicide-vehicle-bomb", killing, MANNER,
        TextValue.of("a suicide vehicle bomb at his home in Kati"), AGGREGATOR, Credibility.DOUBTFUL,
        Quote.of("a suicide vehicle bomb at his home in Kati", "en"), AGGREGATOR_READ));
    all.add(elsewhere("aggregator-killed-on-25-april", killing, TIME,
        TimeValue.of(TemporalExtent.day(LocalDate.of(2026, 4, 25))), AGGREGATOR, Credibility.DOUBTFUL, null,
        AGGREGATOR_READ));
    // F13: the article says JNIM claimed some of the attacks, by a channel it does not name.
    all.add(article("article-jnim-claimed-some", SubjectRef.of(ClaimId.of("jnim-claims-some-attacks")), "scope",
        "some of the attacks, not all", "أعلنت مسؤوليتها عن بعض الهجمات"));
    // F14: Reuters, as the article reports it.
    all.add(cited("reuters-cooperation", SubjectRef.of(RelationId.of("jnim-cooperates-with-fla")), "evidence",
        Attribution.source(REUTERS), "the recent attacks showed cooperation between al-Qaeda-linked militants and "
            + "Tuareg separatists", "أظهرت تعاوناً بين مسلحين مرتبطين بالقاعدة وانفصاليين طوارق"));
    // F15, F16: international reports, not named; who took Kidal and Tessalit is not said.
    Attribution reports = Attribution.source(INTERNATIONAL_REPORTS);
    all.add(lost("reports-kidal-lost", KIDAL_CONTROL_FAMA, "Kidal"));
    all.add(lost("reports-tessalit-lost", TESSALIT_CONTROL_FAMA, "Tessalit"));
    all.add(cited("reports-withdrawal-from-some-positions", SubjectRef.of(FAMA), "withdrewFrom", reports,
        "some positions, with their Russian allies (which positions not said)",
        "انسحاب القوات المالية وحلفائها الروس من بعض المواقع"));
    all.add(cited("reports-russians-left-kidal", SubjectRef.of(RUSSIAN_FORCES), "withdrewFrom", reports,
        "Kidal", "تراجع القوات الروسية من كيدال وفق تقارير دولية"));
    // F17: Niger's announcement.
    all.add(SourcedAssertion.builder().id(AssertionId.of("niger-unified-force-struck"))
        .subject(SubjectRef.of(AES_AIR_STRIKES)).field("perpetrator").value(ActorValue.of(AES_UNIFIED_FORCE))
        .reportedIn(ARTICLE).attributionKind(AttributionKind.PARTY_CLAIM).attributedTo(Attribution.actor(NIGER))
        .quote(Quote.of("أعلنت النيجر أن القوة الموحدة التابعة لتحالف دول الساحل ... نفذت ضربات جوية في شمال مالي",
            "ar"))
        .credibility(Credibility.POSSIBLY_TRUE).recordedAt(READ).build());
    // F18, F19: background the article gives in its own voice.
    all.add(article("article-jnim-linked-to-al-qaeda", SubjectRef.of(RelationId.of("jnim-affiliate-of-al-qaeda")),
        "basis", "JNIM is linked to al-Qaeda", "المرتبطة بتنظيم القاعدة"));
    all.add(article("article-fla-aim", SubjectRef.of(FLA), "aim",
        "continues movements that seek autonomy or independence for Azawad",
        "امتداد لحركات تطالب بالحكم الذاتي أو الاستقلال في إقليم أزواد"));
    all.add(article("article-tuareg", SubjectRef.of(FLA), "constituency",
        "Azawad, where the Tuareg are many; the Tuareg are an ethnic group across Mali, Niger, Algeria, Libya and "
            + "Burkina Faso, not one organisation", "أما الطوارق فلا يمثلون تنظيما واحدا"));
    all.add(article("article-junta-since-2020", SubjectRef.of(MALI_AUTHORITIES), "inPowerSince",
        TimeValue.of(year(2020)), "يحكم المجلس العسكري مالي منذ انقلاب 2020، ثم عزز قبضته بعد انقلاب 2021"));
    all.add(article("article-france-since-2013", SubjectRef.of(RelationId.of("france-supports-mali")), "start",
        TimeValue.of(year(2013)), "لعبت فرنسا دوراً عسكرياً مركزياً في مالي منذ 2013"));
    all.add(article("article-france-withdrew", SubjectRef.of(RelationId.of("france-supports-mali")), "end",
        "ended as relations with the junta worsened and French forces withdrew gradually (no date given)",
        "تنسحب قواتها تدريجياً"));
    all.add(article("article-turn-to-russia", SubjectRef.of(RelationId.of("mali-cooperates-with-russia")), "basis",
        "after France, Bamako turned to closer cooperation with Russia and forces linked to it",
        "اتجهت باماكو إلى توثيق التعاون مع روسيا وقوات مرتبطة بها"));
    // From elsewhere: background with its own sources.
    all.add(elsewhere("rfi-fla-founded", SubjectRef.of(RelationId.of("csp-dpa-merged-into-fla")), "start",
        TimeValue.of(TemporalExtent.day(LocalDate.of(2024, 11, 30))), RFI_FLA_FOUNDED, Credibility.PROBABLY_TRUE,
        null, Instant.parse("2024-12-01T12:00:00Z")));
    all.add(elsewhere("ap-kidal-retaken-2023", SubjectRef.of(KIDAL_CONTROL_FAMA), "start",
        TimeValue.of(TemporalExtent.day(LocalDate.of(2023, 11, 14))), AP_KIDAL_2023, Credibility.PROBABLY_TRUE,
        null, Instant.parse("2023-11-15T12:00:00Z")));
    return List.copyOf(all);
  }

  private static SourcedAssertion lost(String id, ConditionId control, String town) {
    return SourcedAssertion.builder().id(AssertionId.of(id)).subject(SubjectRef.of(control)).field("end")
        .value(TextValue.of(town + " lost by the Malian forces; who took it is not said"))
        .validTime(BEFORE_ARTICLE).reportedIn(ARTICLE).attributionKind(AttributionKind.ANONYMOUS_OFFICIAL)
        .attributedTo(Attribution.source(INTERNATIONAL_REPORTS))
        .quote(Quote.of("خسارة مواقع استراتيجية في الشمال، بينما كيدال وتساليات وفق تقارير دولية", "ar"))
        .credibility(Credibility.POSSIBLY_TRUE).recordedAt(READ).build();
  }

  // The article in its own voice.
  private static SourcedAssertion article(String id, SubjectRef subject, String field, String text, String quote) {
    return article(id, subject, field, TextValue.of(text), quote);
  }

  private static SourcedAssertion article(String id, SubjectRef subject, String field, AssertedValue value,
      String quote) {
    return SourcedAssertion.builder().id(AssertionId.of(id)).subject(subject).field(field).value(value)
        .reportedIn(ARTICLE).attributionKind(AttributionKind.JOURNALIST_OWN)
        .quote(Quote.of(quote, "ar")).credibility(Credibility.POSSIBLY_TRUE).recordedAt(READ).build();
  }

  // Someone the article names (an outlet, an unnamed source), as the article reports it.
  private static SourcedAssertion cited(String id, SubjectRef subject, String field, Attribution speaker,
      String text, String quote) {
    return SourcedAssertion.builder().id(AssertionId.of(id)).subject(subject).field(field)
        .value(TextValue.of(text)).reportedIn(ARTICLE)
        .attributionKind(speaker.getSource().filter(INTERNATIONAL_REPORTS::equals).isPresent()
            ? AttributionKind.ANONYMOUS_OFFICIAL : AttributionKind.ON_RECORD)
        .attributedTo(speaker).quote(Quote.of(quote, "ar")).credibility(Credibility.POSSIBLY_TRUE)
        .recordedAt(READ).build();
  }

  private static SourcedAssertion elsewhere(String id, SubjectRef subject, String field, AssertedValue value,
      DocumentId document, Credibility credibility, Quote quote, Instant recordedAt) {
    SourcedAssertion.Builder b = SourcedAssertion.builder().id(AssertionId.of(id)).subject(subject).field(field)
        .value(value).reportedIn(document).attributionKind(AttributionKind.JOURNALIST_OWN).credibility(credibility)
        .recordedAt(recordedAt);
    if (quote != null) {
      b.quote(quote);
    }
    return b.build();
  }

  private static TemporalExtent year(int year) {
    return TemporalExtent.builder().earliest(LocalDate.of(year, 1, 1)).latest(LocalDate.of(year, 12, 31))
        .precision(TimePrecision.YEAR).build();
  }

  private static LocalizedName name(String value, String language, NameKind kind) {
    return LocalizedName.of(value, language, kind);
  }

  private static Location mali(String description) {
    return Location.builder().name("Mali").country("Mali").countryIso3("MLI").countryIsoNumeric(466)
        .precision(SpatialPrecision.COUNTRY).description(description).build();
  }

  private static Location northernMali() {
    return Location.builder().name("Northern Mali").country("Mali").countryIso3("MLI").countryIsoNumeric(466)
        .precision(SpatialPrecision.REGION).description("northern areas, not named").build();
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

  private static Source source(SourceId id, String name, String language, SourceKind kind, Reliability reliability) {
    return Source.builder().id(id).name(name(name, language, NameKind.OFFICIAL)).kind(kind)
        .scale(SourceScale.INTERNATIONAL).reliability(reliability).language(language).build();
  }
}
