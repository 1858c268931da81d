package org.sahelevents.io.ucdp;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.ActorKind;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.Attribution;
import org.sahelevents.core.model.AttributionKind;
import org.sahelevents.core.model.Credibility;
import org.sahelevents.core.model.DatasetEvent;
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
import org.sahelevents.core.model.Participant;
import org.sahelevents.core.model.ParticipantRole;
import org.sahelevents.core.model.Side;
import org.sahelevents.core.model.Source;
import org.sahelevents.core.model.SourceId;
import org.sahelevents.core.model.SourceKind;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.model.TimePrecision;
import org.sahelevents.core.taxonomy.EventType;

/**
 * Converts GED records to the core model ({@link #toEvent}).
 *
 * <table>
 * <caption>Mapping of a GED row</caption>
 * <tr><th>GED</th><th>model</th></tr>
 * <tr><td>{@code id}</td><td>incident id {@code ucdp:<id>}; document id {@code ucdp:<id>}</td></tr>
 * <tr><td>{@code relid}</td><td>the incident's external id {@code "ucdp"} (the id when there is no relid), and the
 * document's external reference</td></tr>
 * <tr><td>{@code type_of_violence}</td><td>1 state-based and 2 non-state: Battles, both sides combatants; 3
 * one-sided: Violence against civilians, side A perpetrator and side B target, civilian targeting</td></tr>
 * <tr><td>{@code dyad_name}</td><td>the incident's title</td></tr>
 * <tr><td>{@code date_start}, {@code date_end}, {@code date_prec}</td><td>a {@code TemporalExtent} from date_start
 * to date_end: one date DAY; up to seven days WEEK when date_prec is 3, else DAYS; within one calendar month MONTH;
 * within one year YEAR; across a new year PERIOD</td></tr>
 * <tr><td>{@code where_coordinates} (else {@code adm_2}, {@code adm_1}, {@code country}), {@code adm_1},
 * {@code adm_2}, {@code country}, {@code iso3} (HDX copies), {@code latitude}, {@code longitude}</td><td>the
 * incident's {@code Location}</td></tr>
 * <tr><td>{@code where_prec}</td><td>the location's precision: 1 EXACT, 2 NEAR, 3 ADMIN2, 4 ADMIN1, 5 REGION, 6
 * COUNTRY, 7 WATER_OR_AIRSPACE</td></tr>
 * <tr><td>{@code side_a}, {@code side_b}</td><td>one actor each (id {@code ucdp:} and the name with white space as
 * {@code _}; one actor when both sides have the same name); kind STATE_FORCE for "Government of ...", CIVILIANS for "Civilians", else OTHER</td></tr>
 * <tr><td>{@code side_*_new_id}, {@code side_*_dset_id}</td><td>the actor's external ids {@code "ucdp"} and
 * {@code "ucdp-dset"}</td></tr>
 * <tr><td>{@code low}, {@code best}, {@code high}</td><td>a sourced assertion "fatalities", APPROXIMATE with the
 * three figures, coded by UCDP (credibility not judged), reported in the row's document and recorded at
 * date_end; a low above best or a high below best (the reader warns of both) is left out, since the model requires
 * low &lt;= best &lt;= high</td></tr>
 * <tr><td>{@code source_office}</td><td>the assertion's attribution</td></tr>
 * <tr><td>{@code source_headline}</td><td>the document's title</td></tr>
 * <tr><td>{@code source_article}, {@code where_description}</td><td>the incident's notes, as "Sources: ..." and
 * "Place: ..." lines</td></tr>
 * </table>
 *
 * <p>Texts are put in the model's normal form: control characters (GED cells hold tabs and line breaks) become
 * spaces, runs of spaces one space, and the text NFC.
 *
 * <p>Stateless and thread-safe.
 */
public final class UcdpModelMapping {
  /** The id of UCDP's GED as a source. */
  public static final SourceId UCDP = SourceId.of("ucdp-ged");

  private static final Source UCDP_SOURCE = Source.builder()
      .id(UCDP)
      .name(LocalizedName.of("UCDP Georeferenced Event Dataset", "en", NameKind.OFFICIAL))
      .addAlias(LocalizedName.of("UCDP GED", "en", NameKind.ACRONYM))
      .kind(SourceKind.RESEARCH_DATASET)
      .build();
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cntrl}]+");
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  private UcdpModelMapping() {}

  /** Converts one GED row. */
  public static DatasetEvent toEvent(UcdpRecord r) {
    String key = "ucdp:" + r.id();
    IncidentId incidentId = IncidentId.of(key);
    DocumentId documentId = DocumentId.of(key);
    boolean oneSided = r.typeOfViolence() == UcdpViolenceType.ONE_SIDED;
    Actor a = actor(r.sideA(), r.sideANewId(), r.sideADsetId());
    Actor b = actor(r.sideB(), r.sideBNewId(), r.sideBDsetId());
    Incident.Builder incident = Incident.builder()
        .id(incidentId)
        .eventType(oneSided ? EventType.VIOLENCE_AGAINST_CIVILIANS : EventType.BATTLES)
        .time(time(r))
        .location(location(r))
        .addParticipants(Participant.of(a.getId(), oneSided ? ParticipantRole.PERPETRATOR : ParticipantRole.COMBATANT,
            Side.A))
        .addParticipants(Participant.of(b.getId(), oneSided ? ParticipantRole.TARGET : ParticipantRole.COMBATANT,
            Side.B))
        .civilianTargeting(oneSided)
        .putExternalId("ucdp", r.relid().orElse(Long.toString(r.id())));
    r.dyadName().flatMap(UcdpModelMapping::normal).ifPresent(incident::title);
    List<String> notes = new ArrayList<>();
    r.sourceArticle().flatMap(UcdpModelMapping::normal).ifPresent(s -> notes.add("Sources: " + s));
    r.whereDescription().flatMap(UcdpModelMapping::normal).ifPresent(s -> notes.add("Place: " + s));
    if (!notes.isEmpty()) {
      incident.notes(String.join("\n", notes));
    }

    Document.Builder document = Document.builder().id(documentId).source(UCDP)
        .externalRef(r.relid().orElse(Long.toString(r.id())));
    r.sourceHeadline().flatMap(UcdpModelMapping::normal).ifPresent(document::title);

    FatalityEstimate.Builder estimate = FatalityEstimate.builder().best(r.best())
        .qualifier(FatalityQualifier.APPROXIMATE);
    r.low().ifPresent(low -> {
      if (low <= r.best()) {
        estimate.low(low);
      }
    });
    r.high().ifPresent(high -> {
      if (high >= r.best()) {
        estimate.high(high);
      }
    });
    SourcedAssertion.Builder fatalities = SourcedAssertion.builder()
        .id(AssertionId.of(key + ":fatalities"))
        .subject(SubjectRef.of(incidentId))
        .field("fatalities")
        .value(FatalityValue.of(estimate.build()))
        .reportedIn(documentId)
        .attributionKind(AttributionKind.DATASET_CODING)
        .credibility(Credibility.CANNOT_BE_JUDGED)
        .recordedAt(r.dateEnd().atStartOfDay(ZoneOffset.UTC).toInstant());
    r.sourceOffice().flatMap(UcdpModelMapping::normal).map(Attribution::described).ifPresent(fatalities::attributedTo);
    // Candidate releases name both sides of some events with one placeholder (XXX482): one actor, on both sides.
    return new DatasetEvent(incident.build(), a.getId().equals(b.getId()) ? List.of(a) : List.of(a, b), UCDP_SOURCE, document.build(), List.of(fatalities.build()));
  }

  private static Actor actor(String name, Optional<String> newId, Optional<String> dsetId) {
    String display = normal(name).orElse(name);
    Actor.Builder actor = Actor.builder().id(ActorId.of("ucdp:" + SPACES.matcher(display).replaceAll("_")))
        .name(LocalizedName.of(display, "en", NameKind.OFFICIAL))
        .kind(display.startsWith("Government of") ? ActorKind.STATE_FORCE
            : display.equals("Civilians") ? ActorKind.CIVILIANS : ActorKind.OTHER);
    newId.ifPresent(id -> actor.putExternalId("ucdp", id));
    dsetId.ifPresent(id -> actor.putExternalId("ucdp-dset", id));
    return actor.build();
  }

  private static TemporalExtent time(UcdpRecord r) {
    LocalDate start = r.dateStart();
    LocalDate end = r.dateEnd();
    TemporalExtent.Builder t = TemporalExtent.builder().earliest(start).latest(end);
    long span = end.toEpochDay() - start.toEpochDay();
    if (span == 0) {
      return t.precision(TimePrecision.DAY).build();
    }
    if (span <= 6) {
      return t.precision(r.datePrec() == 3 ? TimePrecision.WEEK : TimePrecision.DAYS).build();
    }
    if (YearMonth.from(start).equals(YearMonth.from(end))) {
      return t.precision(TimePrecision.MONTH).build();
    }
    return t.precision(start.getYear() == end.getYear() ? TimePrecision.YEAR : TimePrecision.PERIOD).build();
  }

  private static Location location(UcdpRecord r) {
    String country = normal(r.country()).orElse(r.country());
    String name = r.whereCoordinates().or(r::adm2).or(r::adm1).flatMap(UcdpModelMapping::normal).orElse(country);
    Location.Builder b = Location.builder()
        .name(name)
        .country(country)
        .point(GeoPoint.of(r.latitude().doubleValue(), r.longitude().doubleValue()))
        .precision(precision(r.wherePrec()));
    r.adm1().flatMap(UcdpModelMapping::normal).ifPresent(b::admin1);
    r.adm2().flatMap(UcdpModelMapping::normal).ifPresent(b::admin2);
    r.iso3().filter(v -> ISO3.matcher(v).matches()).ifPresent(b::countryIso3);
    return b.build();
  }

  private static SpatialPrecision precision(int wherePrec) {
    return switch (wherePrec) {
      case 1 -> SpatialPrecision.EXACT;
      case 2 -> SpatialPrecision.NEAR;
      case 3 -> SpatialPrecision.ADMIN2;
      case 4 -> SpatialPrecision.ADMIN1;
      case 5 -> SpatialPrecision.REGION;
      case 6 -> SpatialPrecision.COUNTRY;
      default -> SpatialPrecision.WATER_OR_AIRSPACE;
    };
  }

  // The model's normal form: no control characters, single spaces, trimmed, NFC; empty when nothing is left.
  static Optional<String> normal(String text) {
    String t = SPACES.matcher(text).replaceAll(" ").strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Normalizer.isNormalized(t, Normalizer.Form.NFC) ? t : Normalizer.normalize(t,
        Normalizer.Form.NFC));
  }
}
