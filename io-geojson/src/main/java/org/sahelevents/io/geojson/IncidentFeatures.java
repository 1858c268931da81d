package org.sahelevents.io.geojson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.json.JsonErrors;
import org.sahelevents.core.json.SahelEventsModule;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.CasualtyClaim;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Claim;
import org.sahelevents.core.model.Denial;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.Participant;
import org.sahelevents.core.model.ResponsibilityClaim;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SubjectRef;

/**
 * The model inside GeoJSON features: an incident's event (the incident with the actors, sources, documents,
 * sourced assertions and claims that concern it) is carried in the property {@value #EVENT} as the model's JSON,
 * from which {@link #toCatalog} rebuilds it exactly. Which flat properties a feature has beside it is the business of
 * the format it comes from: ACLED rows get theirs from {@code org.sahelevents.io.acled.geojson.AcledFeatures}.
 *
 * <p>Stateless and thread-safe.
 */
public final class IncidentFeatures {
  /** The property holding the event's catalog in the model's JSON. */
  public static final String EVENT = "sahel:event";

  private IncidentFeatures() {}

  // The model's JSON mapper, created on first use: writing table rows needs none of it.
  private static final class Model {
    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new SahelEventsModule()).build();
  }

  /**
   * The value of {@value #EVENT} for an incident: its event in the model's JSON.
   *
   * @param context the catalog holding the incident's actors, assertions and claims
   */
  public static ObjectNode eventJson(Incident incident, Catalog context) {
    return Model.MAPPER.valueToTree(event(incident, context));
  }

  /** Whether a feature holds an event in {@value #EVENT}, as {@link #toFeature} writes it. */
  public static boolean hasEvent(GeoJsonFeature feature) {
    return feature.property(EVENT).isObject();
  }

  /**
   * The event a feature holds: its incident and everything about it.
   *
   * @throws GeoJsonException if the feature has no {@value #EVENT} property, or one that is not a valid catalog
   */
  public static Catalog toCatalog(GeoJsonFeature feature) {
    JsonNode event = feature.property(EVENT);
    if (!event.isObject()) {
      throw problem(feature, "has no \"" + EVENT + "\" property: it was not written by sahel-events");
    }
    try {
      return Model.MAPPER.treeToValue(event, Catalog.class);
    } catch (JsonProcessingException e) {
      throw problem(feature, "\"" + EVENT + "\" is not a valid event: " + JsonErrors.reason(e));
    }
  }

  private static GeoJsonException problem(GeoJsonFeature feature, String message) {
    return new GeoJsonException(List.of(DataProblem.error("feature " + feature.id().orElse("without id"),
        DataLocation.atPointer("/properties").member(EVENT), message)));
  }

  /** The incident with the actors, sources, documents, assertions and claims that concern it. */
  static Catalog event(Incident incident, Catalog context) {
    SubjectRef subject = SubjectRef.of(incident.getId());
    List<SourcedAssertion> assertions = context.getAssertions().stream()
        .filter(a -> a.getSubject().equals(subject)).toList();
    List<Claim> claims = context.getClaims().stream().filter(c -> concerns(c, incident)).toList();
    List<Actor> actors = incident.getParticipants().stream().map(Participant::getActor).distinct()
        .map(context::actor).flatMap(Optional::stream).toList();
    var documents = assertions.stream().map(SourcedAssertion::getReportedIn).flatMap(Optional::stream).distinct()
        .map(context::document).flatMap(Optional::stream).toList();
    var sources = documents.stream().map(d -> d.getSource()).distinct().map(context::source)
        .flatMap(Optional::stream).toList();
    return Catalog.builder().addIncidents(incident).addAllActors(actors).addAllAssertions(assertions)
        .addAllClaims(claims).addAllDocuments(documents).addAllSources(sources).build();
  }

  private static boolean concerns(Claim claim, Incident incident) {
    if (claim instanceof ResponsibilityClaim r) {
      return r.getIncident().equals(incident.getId());
    }
    if (claim instanceof CasualtyClaim c) {
      return c.getIncident().equals(incident.getId());
    }
    if (claim instanceof Denial d) {
      return d.getDeniedIncident().filter(incident.getId()::equals).isPresent();
    }
    return false;
  }
}
