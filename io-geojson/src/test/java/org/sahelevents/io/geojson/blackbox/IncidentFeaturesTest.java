package org.sahelevents.io.geojson.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.ActorKind;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.AttributionKind;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Credibility;
import org.sahelevents.core.model.FatalityEstimate;
import org.sahelevents.core.model.FatalityValue;
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
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonException;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;

/** The model carried in a feature's {@value IncidentFeatures#EVENT} property, whatever else the feature holds. */
class IncidentFeaturesTest {
  @Test
  void anEventSurvivesAFeatureWithOnlyTheIncidentsOwnPartsOfTheCatalog() {
    ActorId jnim = ActorId.of("jnim");
    Incident kati = Incident.builder().id(IncidentId.of("kati-2026-04-25")).eventType(EventType.BATTLES)
        .time(TemporalExtent.day(LocalDate.of(2026, 4, 25))).location(Location.builder().name("Kati").precision(SpatialPrecision.NEAR).build())
        .addParticipant(Participant.of(jnim, ParticipantRole.COMBATANT, Side.A)).build();
    Incident other = Incident.builder().id(IncidentId.of("elsewhere")).eventType(EventType.BATTLES)
        .time(TemporalExtent.day(LocalDate.of(2026, 4, 26))).location(Location.builder().name("Gao").precision(SpatialPrecision.NEAR).build())
        .build();
    SourcedAssertion toll = SourcedAssertion.builder().id(AssertionId.of("toll")).subject(SubjectRef.of(kati.getId()))
        .field("fatalities").value(FatalityValue.of(FatalityEstimate.atLeast(23)))
        .attributionKind(AttributionKind.ANALYST_INFERENCE).credibility(Credibility.POSSIBLY_TRUE)
        .recordedAt(Instant.parse("2026-04-26T00:00:00Z")).build();
    Actor actor = Actor.builder().id(jnim).name(LocalizedName.of("JNIM", "en", NameKind.ACRONYM))
        .kind(ActorKind.JIHADIST_ARMED_GROUP).build();
    Catalog catalog = Catalog.builder().addIncidents(kati, other).addActors(actor).addAssertions(toll).build();

    ObjectNode properties = JsonNodeFactory.instance.objectNode().put("name", "Kati");
    properties.set(IncidentFeatures.EVENT, IncidentFeatures.eventJson(kati, catalog));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GeoJsonWriter.Output o = GeoJson.writer().build().open(out)) {
      o.write(GeoJsonFeature.of(null, properties).withId("kati"));
    }
    GeoJsonFeature back = GeoJson.reader().build().open(new ByteArrayInputStream(out.toByteArray()), "t", null)
        .next();
    assertThat(IncidentFeatures.hasEvent(back)).isTrue();
    assertThat(IncidentFeatures.toCatalog(back))
        .isEqualTo(Catalog.builder().addIncidents(kati).addActors(actor).addAssertions(toll).build());
  }

  @Test
  void aFeatureNotWrittenBySahelEventsSaysWhatIsMissing() {
    GeoJsonFeature foreign = GeoJsonFeature.of(null, null).withId("x");
    assertThat(IncidentFeatures.hasEvent(foreign)).isFalse();
    assertThatThrownBy(() -> IncidentFeatures.toCatalog(foreign)).isInstanceOf(GeoJsonException.class)
        .hasMessage("feature x: /properties/sahel:event: has no \"sahel:event\" property: it was not written by "
            + "sahel-events");
  }
}
