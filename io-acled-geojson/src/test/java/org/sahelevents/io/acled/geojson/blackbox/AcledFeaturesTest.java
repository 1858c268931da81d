package org.sahelevents.io.acled.geojson.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.ActorKind;
import org.sahelevents.core.model.ActorTypeAssignment;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.AttributionKind;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Credibility;
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
import org.sahelevents.core.model.Side;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.SubEventType;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.acled.geojson.ModelProperty;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;

/** Records and incidents through {@link AcledFeatures}: the one route between ACLED data and GeoJSON. */
class AcledFeaturesTest {
  static Catalog event(String id, SubEventType sub, LocalDate date, double lat, double lon, boolean located,
      int fatalities) {
    ActorId a = ActorId.of("jnim");
    ActorId b = ActorId.of("fama");
    Location.Builder location = Location.builder().name("Kati").admin1("Koulikoro").country("Mali")
        .countryIsoNumeric(466).precision(located ? SpatialPrecision.EXACT : SpatialPrecision.ADMIN1);
    if (located) {
      location.point(GeoPoint.of(lat, lon));
    }
    Incident incident = Incident.builder().id(IncidentId.of(id)).eventType(sub.eventType()).subEventType(sub)
        .time(TemporalExtent.day(date)).location(location.build())
        .addParticipant(Participant.of(a, ParticipantRole.PERPETRATOR, Side.A))
        .addParticipant(Participant.of(b, ParticipantRole.TARGET, Side.B))
        .notes("Attack, \"heavy\" fire; قتلى").addTag("crowd size=no report").build();
    return Catalog.builder().addIncidents(incident)
        .addActors(Actor.builder().id(a).name(LocalizedName.of("JNIM", "en", NameKind.ACRONYM))
            .kind(ActorKind.JIHADIST_ARMED_GROUP).addAcledType(ActorTypeAssignment.of(ActorType.REBEL_GROUP)).build())
        .addActors(Actor.builder().id(b).name(LocalizedName.of("FAMa", "fr", NameKind.ACRONYM))
            .kind(ActorKind.STATE_FORCE).addAcledType(ActorTypeAssignment.of(ActorType.STATE_FORCES)).build())
        .addAssertions(SourcedAssertion.builder().id(AssertionId.of(id + "-f")).subject(SubjectRef.of(incident.getId()))
            .field("fatalities").value(FatalityValue.of(FatalityEstimate.atLeast(fatalities)))
            .attributionKind(AttributionKind.ANALYST_INFERENCE).credibility(Credibility.POSSIBLY_TRUE)
            .recordedAt(Instant.parse("2026-04-26T00:00:00Z")).build())
        .build();
  }

  @Provide
  Arbitrary<Catalog> events() {
    return Combinators.combine(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
        Arbitraries.of(SubEventType.class), Arbitraries.integers().between(0, 10_000),
        Arbitraries.doubles().between(-90, 90), Arbitraries.doubles().between(-180, 180),
        Arbitraries.of(true, false), Arbitraries.integers().between(0, 500))
        .as((id, sub, day, lat, lon, located, n) -> event(id, sub, LocalDate.of(1997, 1, 1).plusDays(day), lat, lon,
            located, n));
  }

  @Property(tries = 200)
  void incidentsSurviveGeoJsonAndSequencesWithoutLoss(@ForAll("events") Catalog event, @ForAll boolean sequence) {
    Incident incident = event.getIncidents().get(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GeoJsonWriter.Output o = (sequence ? GeoJson.sequenceWriter() : GeoJson.writer()).build().open(out)) {
      o.write(AcledFeatures.standard().toFeature(incident, event));
    }
    GeoJsonFeature back = (sequence ? GeoJson.sequenceReader() : GeoJson.reader()).build()
        .open(new ByteArrayInputStream(out.toByteArray()), "t", null).next();
    assertThat(IncidentFeatures.toCatalog(back)).isEqualTo(event);
    assertThat(back.id()).contains(incident.getId().getValue());
    assertThat(back.geometry().isPresent()).isEqualTo(incident.getLocation().getPoint().isPresent());
  }

  @Test
  void propertiesCarryAcledColumnsThatGisToolsShow() {
    Catalog event = event("MLI1", SubEventType.ATTACK, LocalDate.of(2026, 4, 25), 12.74409, -8.07257, true, 4);
    GeoJsonFeature f = AcledFeatures.standard().toFeature(event.getIncidents().get(0), event);
    assertThat(f.geometry().orElseThrow().getCoordinate().getX()).isEqualTo(-8.07257);
    assertThat(f.property("event_id_cnty").asText()).isEqualTo("MLI1");
    assertThat(f.property("event_date").asText()).isEqualTo("2026-04-25");
    assertThat(f.property("event_type").asText()).isEqualTo("Violence against civilians");
    assertThat(f.property("actor1").asText()).isEqualTo("JNIM");
    assertThat(f.property("inter2").asText()).isEqualTo("State forces");
    assertThat(f.property("interaction").asText()).isEqualTo("State forces-Rebel group");
    assertThat(f.property("fatalities").isNumber()).isTrue();
    assertThat(f.property("fatalities").asInt()).isEqualTo(4);
    assertThat(f.property("latitude").decimalValue()).isEqualByComparingTo("12.74409");
    assertThat(f.property(IncidentFeatures.EVENT).path("incidents").size()).isEqualTo(1);
  }

  @Test
  void anIncidentThatCannotBeAnAcledRowCarriesTheModelOnly() {
    Catalog event = event("MLI2", SubEventType.ATTACK, LocalDate.of(2026, 4, 25), 0, 0, false, 4);
    GeoJsonFeature f = AcledFeatures.standard().toFeature(event.getIncidents().get(0), event);
    assertThat(f.geometry()).isEmpty();
    assertThat(f.properties().orElseThrow().fieldNames()).toIterable().containsExactly(IncidentFeatures.EVENT);
    assertThat(IncidentFeatures.toCatalog(f)).isEqualTo(event);
    assertThatThrownBy(() -> AcledModelMapping.toRecord(event.getIncidents().get(0), event))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("incident MLI2 cannot be an ACLED row: no point");
  }

  @Test
  void aRecordsFeatureAndItsIncidentsFeatureShareTheirAcledProperties() {
    Catalog event = event("MLI3", SubEventType.ATTACK, LocalDate.of(2026, 4, 25), 12.74409, -8.07257, true, 4);
    Incident incident = event.getIncidents().get(0);
    AcledRecord record = AcledModelMapping.toRecord(incident, event);
    GeoJsonFeature fromIncident = AcledFeatures.standard().toFeature(incident, event);
    GeoJsonFeature fromRecord = AcledFeatures.builder().model(ModelProperty.INCLUDE).build().toFeature(record);
    ObjectNode expected = fromIncident.properties().orElseThrow().deepCopy();
    expected.remove(IncidentFeatures.EVENT);
    ObjectNode actual = fromRecord.properties().orElseThrow().deepCopy();
    actual.remove(IncidentFeatures.EVENT);
    assertThat(actual).isEqualTo(expected);
    assertThat(fromRecord.geometry()).isEqualTo(fromIncident.geometry());
    assertThat(record.fatalities()).isEqualTo(4);
    assertThat(record.actor1()).isEqualTo("JNIM");
    assertThat(record.inter1()).contains(ActorType.REBEL_GROUP);
    assertThat(record.inter2()).contains(ActorType.STATE_FORCES);
  }

  @Test
  void recordsOfSeveralLayoutsInTurnEachGetTheirOwnColumns() {
    AcledRecord current = readOne("event_id_cnty,event_date,year,event_type,sub_event_type,actor1,inter1,country,"
        + "location,latitude,longitude,fatalities\nMLI1,2025-09-07,2025,Battles,Armed clash,JNIM,Rebel group,Mali,"
        + "Kati,12.7441,-8.0726,3\n");
    AcledRecord old = readOne("EVENT_ID_CNTY,EVENT_DATE,YEAR,EVENT_TYPE,ACTOR1,INTER1,COUNTRY,LOCATION,LATITUDE,"
        + "LONGITUDE,FATALITIES,NOTES\nMLI2,07/09/2015,2015,Battle-No change of territory,JNIM,2,Mali,Kati,12.7441,"
        + "-8.0726,1,Clash.\n");
    AcledFeatures features = AcledFeatures.standard();
    for (int turn = 0; turn < 2; turn++) {
      assertThat(features.toFeature(current).properties().orElseThrow().fieldNames()).toIterable()
          .containsExactly("event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "inter1",
              "country", "location", "latitude", "longitude", "fatalities");
      GeoJsonFeature oldFeature = features.toFeature(old);
      assertThat(oldFeature.properties().orElseThrow().fieldNames()).toIterable().containsExactly("EVENT_ID_CNTY",
          "EVENT_DATE", "YEAR", "EVENT_TYPE", "ACTOR1", "INTER1", "COUNTRY", "LOCATION", "LATITUDE", "LONGITUDE",
          "FATALITIES", "NOTES");
      assertThat(oldFeature.property("EVENT_DATE").asText()).isEqualTo("07/09/2015");
    }
  }

  private static AcledRecord readOne(String csv) {
    try (AcledRecords records = AcledCsv.reader().build()
        .open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t", null)) {
      return records.next();
    }
  }
}
