package org.sahelevents.io.acled.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.ActorKind;
import org.sahelevents.core.model.ActorTypeAssignment;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.Attribution;
import org.sahelevents.core.model.AttributionKind;
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
import org.sahelevents.core.model.TimePrecision;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.SubEventType;
import org.sahelevents.io.acled.AcledCatalogWriter;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.FatalityExplanation;

/** A hand-coded catalog written as ACLED CSV with ACLED's export rules, and read back. */
class CatalogWriterTest {
  private static final ActorId JNIM = ActorId.of("jnim");
  private static final ActorId FAMA = ActorId.of("fama");

  private static Incident.Builder battle(String id, Location where) {
    return Incident.builder().id(IncidentId.of(id)).eventType(EventType.BATTLES)
        .subEventType(SubEventType.ARMED_CLASH).time(TemporalExtent.day(LocalDate.of(2026, 4, 25))).location(where)
        .addParticipant(Participant.of(JNIM, ParticipantRole.COMBATANT, Side.A))
        .addParticipant(Participant.of(FAMA, ParticipantRole.COMBATANT, Side.B));
  }

  private static Location.Builder town(String name, double lat, double lon) {
    return Location.builder().name(name).admin1("Koulikoro").country("Mali").countryIso3("MLI")
        .countryIsoNumeric(466).point(GeoPoint.of(lat, lon)).precision(SpatialPrecision.EXACT);
  }

  private static SourcedAssertion figure(String id, FatalityEstimate estimate, Credibility credibility,
      Attribution speaker) {
    SourcedAssertion.Builder b = SourcedAssertion.builder().id(AssertionId.of(id))
        .subject(SubjectRef.of(IncidentId.of("kati"))).field("fatalities").value(FatalityValue.of(estimate))
        .reportedIn(DocumentId.of("afp-1")).attributionKind(AttributionKind.ANONYMOUS_OFFICIAL)
        .credibility(credibility).recordedAt(Instant.parse("2026-04-26T09:00:00Z"));
    if (speaker != null) {
      b.attributedTo(speaker).attributionKind(AttributionKind.PARTY_CLAIM);
    }
    return b.build();
  }

  static Catalog catalog() {
    Location mali = Location.builder().name("Mali").country("Mali").countryIso3("MLI")
        .precision(SpatialPrecision.COUNTRY).build();
    return Catalog.builder()
        .addActors(Actor.builder().id(JNIM).name(LocalizedName.of("JNIM: Group for Support of Islam and Muslims", "en",
            NameKind.OFFICIAL)).kind(ActorKind.JIHADIST_ARMED_GROUP)
            .addAcledType(ActorTypeAssignment.of(ActorType.REBEL_GROUP)).build())
        .addActors(Actor.builder().id(FAMA).name(LocalizedName.of("Military Forces of Mali (2021-)", "en",
            NameKind.OFFICIAL)).kind(ActorKind.STATE_FORCE)
            .addAcledType(ActorTypeAssignment.of(ActorType.STATE_FORCES)).build())
        .addSources(Source.builder().id(SourceId.of("afp")).name(LocalizedName.of("AFP", "en", NameKind.ACRONYM))
            .kind(SourceKind.NEWS_AGENCY).reliability(Reliability.B).build())
        .addDocuments(Document.builder().id(DocumentId.of("afp-1")).source(SourceId.of("afp")).build())
        .addIncidents(battle("offensive", mali).build())
        .addIncidents(battle("kati", town("Kati", 12.744094, -8.072567).build()).parent(IncidentId.of("offensive"))
            .notes("Attack on the Kati garrison.").build())
        .addIncidents(battle("bamako", town("Bamako", 12.60915, -7.97522).precision(SpatialPrecision.NEAR).build())
            .time(TemporalExtent.month(YearMonth.of(2026, 4))).parent(IncidentId.of("offensive")).build())
        .addIncidents(battle("somewhere-in-2026", town("Gao", 16.27167, -0.04472).build())
            .time(TemporalExtent.builder().earliest(LocalDate.of(2026, 1, 1)).latest(LocalDate.of(2026, 12, 31))
                .precision(TimePrecision.YEAR).build()).build())
        .addIncidents(battle("north", Location.builder().name("Northern Mali").country("Mali")
            .precision(SpatialPrecision.REGION).build()).build())
        .addAssertions(figure("afp-23", FatalityEstimate.atLeast(23), Credibility.PROBABLY_TRUE, null))
        .addAssertions(figure("jnim-200", FatalityEstimate.atLeast(200), Credibility.IMPROBABLE,
            Attribution.actor(JNIM)))
        .build();
  }

  private static List<AcledRecord> readBack(byte[] csv) {
    try (AcledRecords records = AcledCsv.reader().build().open(new StringReader(new String(csv,
        StandardCharsets.UTF_8)), "catalog.csv", null)) {
      return records.stream().toList();
    }
  }

  @Test
  void everyIncidentAcledRecordsIsARowAndEveryOtherIsReportedWithItsReason() {
    AcledCatalogWriter.Rows rows = AcledCatalogWriter.builder().build().records(catalog());
    assertThat(rows.records()).extracting(AcledRecord::eventIdCnty).containsExactly("kati", "bamako");
    assertThat(rows.skipped()).extracting(s -> s.incident().getValue() + ": " + s.reason()).containsExactly(
        "offensive: a campaign: ACLED records its incidents one by one, and they are rows of their own",
        "somewhere-in-2026: dated only to 2026-01-01 to 2026-12-31 (year): ACLED records events to the day, the "
            + "week or the month",
        "north: incident north cannot be an ACLED row: no point");
  }

  @Test
  void coordinatesHaveFourDecimalsAndFatalitiesAreTheConservativeFigureWithItsExplanationInTheNotes() {
    AcledRecord kati = AcledCatalogWriter.builder().build().records(catalog()).records().get(0);
    assertThat(kati.latitude()).isEqualByComparingTo(new BigDecimal("12.7441"));
    assertThat(kati.latitude().toPlainString()).isEqualTo("12.7441");
    assertThat(kati.longitude().toPlainString()).isEqualTo("-8.0726");
    assertThat(kati.fatalities()).isEqualTo(23);
    assertThat(kati.notes()).hasValueSatisfying(n -> assertThat(n).startsWith("Attack on the Kati garrison. "
        + "Fatalities: ACLED_CONSERVATIVE: chose afp-23 (at least 23 killed) because it is the lowest credible figure")
        .contains("; jnim-200 excluded").doesNotContain("\n"));
    AcledRecord bamako = AcledCatalogWriter.builder().build().records(catalog()).records().get(1);
    assertThat(bamako.fatalities()).isZero();
    assertThat(bamako.notes()).contains("Fatalities: no source gave a figure, so 0 is written");
  }

  @Test
  void withASideColumnTheRowsReadBackAsTheIncidentsWritten() {
    AcledCatalogWriter writer = AcledCatalogWriter.builder().fatalityExplanation(FatalityExplanation.SIDE_COLUMN)
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AcledCatalogWriter.Result result = writer.write(catalog(), out);
    assertThat(result.rowsWritten()).isEqualTo(2);
    assertThat(result.skipped()).hasSize(3);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.lines().findFirst().orElseThrow()).startsWith("event_id_cnty,event_date,year,time_precision,")
        .endsWith(",timestamp," + AcledCatalogWriter.EXPLANATION_COLUMN);
    List<AcledRecord> back = readBack(out.toByteArray());
    List<AcledRecord> written = writer.records(catalog()).records();
    assertThat(back).isEqualTo(written);
    assertThat(back.get(0).notes()).contains("Attack on the Kati garrison.");
    assertThat(back.get(0).extraColumns().get(AcledCatalogWriter.EXPLANATION_COLUMN))
        .startsWith("ACLED_CONSERVATIVE: chose afp-23");
    for (int i = 0; i < back.size(); i++) {
      Incident read = AcledModelMapping.toEvent(back.get(i)).incident();
      assertThat(read).isEqualTo(AcledModelMapping.toEvent(written.get(i)).incident());
      assertThat(read.getId().getValue()).isEqualTo(written.get(i).eventIdCnty());
      assertThat(read.getTime().getPrecision()).isEqualTo(i == 0 ? TimePrecision.DAY : TimePrecision.MONTH);
    }
  }

  @Test
  void withoutAnExplanationTheFileIsExactlyAcledsCurrentLayoutAndTheNotesAreUntouched() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AcledCatalogWriter.builder().fatalityExplanation(FatalityExplanation.NONE).build().write(catalog(), out);
    List<AcledRecord> back = readBack(out.toByteArray());
    assertThat(back.get(0).notes()).contains("Attack on the Kati garrison.");
    assertThat(back.get(0).extraColumns()).isEmpty();
    assertThat(back.get(0).layout().orElseThrow().headers()).hasSize(31);
  }
}
