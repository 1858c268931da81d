package org.sahelevents.io.geojson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.json.SahelEventsModule;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.CasualtyClaim;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Claim;
import org.sahelevents.core.model.Denial;
import org.sahelevents.core.model.FatalityValue;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.Participant;
import org.sahelevents.core.model.ParticipantRole;
import org.sahelevents.core.model.ParticipationCertainty;
import org.sahelevents.core.model.ResponsibilityClaim;
import org.sahelevents.core.model.Side;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.resolution.StandardPolicy;
import org.sahelevents.core.taxonomy.DisorderType;
import org.sahelevents.core.taxonomy.Interaction;
import org.sahelevents.core.taxonomy.SubEventType;

/**
 * Incidents as GeoJSON features, both ways, without loss.
 *
 * <p>An incident is a Feature whose id is the incident id and whose geometry is its location's point ({@code null} when
 * the location has no point). Its properties are flat and carry ACLED's column names, so that QGIS or a web map shows
 * familiar columns: {@code event_id_cnty}, {@code event_date} (the representative date), {@code year},
 * {@code time_precision}, {@code disorder_type}, {@code event_type}, {@code sub_event_type}, {@code actor1},
 * {@code assoc_actor_1}, {@code inter1}, {@code actor2}, {@code assoc_actor_2}, {@code inter2}, {@code interaction},
 * {@code civilian_targeting}, {@code iso}, {@code country}, {@code admin1}-{@code admin3}, {@code location},
 * {@code latitude}, {@code longitude}, {@code geo_precision}, {@code notes}, {@code fatalities} (ACLED's conservative
 * rule over the fatality assertions) and {@code tags}. Callers that hold the original ACLED row can pass its columns
 * instead. What ACLED lacks (every sourced assertion with its source and credibility, claims, actors with their
 * aliases, the exact time extent) is in the property {@value #EVENT}: the event's catalog in the model's JSON, from which
 * {@link #toCatalog} rebuilds it exactly.
 *
 * <p>Stateless and thread-safe.
 */
public final class IncidentFeatures {
  /** The property holding the event's catalog in the model's JSON. */
  public static final String EVENT = "sahel:event";

  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

  // ACLED columns that hold numbers, written as JSON numbers so that GIS tools sort and filter them as numbers.
  private static final Set<String> NUMERIC_COLUMNS = Set.of("year", "time_precision", "iso", "latitude", "longitude",
      "geo_precision", "fatalities", "timestamp", "data_id", "event_id_no_cnty", "gwno");

  private IncidentFeatures() {}

  // The model's JSON mapper, created on first use: writing table rows needs none of it.
  private static final class Model {
    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new SahelEventsModule()).build();
  }

  /**
   * The feature of an incident, with ACLED-named properties computed from the model.
   *
   * @param context the catalog holding the incident's actors, assertions and claims
   */
  public static GeoJsonFeature toFeature(Incident incident, Catalog context) {
    return toFeature(incident, context, acledColumns(incident, context));
  }

  /** The feature of an incident, with the given flat properties (such as an ACLED row's columns) first. */
  public static GeoJsonFeature toFeature(Incident incident, Catalog context, Map<String, String> columns) {
    ObjectNode properties = properties(columns);
    properties.set(EVENT, Model.MAPPER.valueToTree(event(incident, context)));
    Point point = incident.getLocation().getPoint()
        .map(p -> WGS84.createPoint(new Coordinate(p.getLongitude(), p.getLatitude())))
        .orElse(null);
    return GeoJsonFeature.of(point, properties).withId(incident.getId().getValue());
  }

  /**
   * Flat properties from named cells, such as an ACLED row's: ACLED's numeric columns ({@code year},
   * {@code latitude}, {@code fatalities}, ...) become JSON numbers when their text is a plain number that a JSON
   * number keeps exactly; everything else stays text. Null cells are left out.
   */
  public static ObjectNode properties(Map<String, String> columns) {
    ObjectNode properties = Model.MAPPER.createObjectNode();
    columns.forEach((k, v) -> {
      if (propertyValue(k, v) instanceof BigDecimal n) {
        properties.put(k, n);
      } else if (v != null) {
        properties.put(k, v);
      }
    });
    return properties;
  }

  /**
   * The columns of an ACLED table with these headers, typed as {@link #properties(Map)} types them, for writing many
   * rows with {@link GeoJsonWriter.Output#write(Object, org.locationtech.jts.geom.Geometry, PropertyColumns, List)}.
   * Headers are named as {@link PropertyColumns#forHeaders} names them.
   */
  public static PropertyColumns propertyColumns(List<String> headers) {
    return PropertyColumns.forHeaders(headers, NUMERIC_COLUMNS);
  }

  private static Object propertyValue(String column, String cell) {
    return cell != null && NUMERIC_COLUMNS.contains(column) && PropertyColumns.isPlainNumber(cell)
        ? new BigDecimal(cell) : cell;
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
      throw problem(feature, "\"" + EVENT + "\" is not a valid event: " + e.getOriginalMessage());
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

  /** ACLED-named columns computed from the model; absent values are left out. */
  static Map<String, String> acledColumns(Incident incident, Catalog context) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("event_id_cnty", incident.getExternalIds().getOrDefault("acled", incident.getId().getValue()));
    c.put("event_date", incident.getTime().representativeDate().toString());
    c.put("year", Integer.toString(incident.getTime().representativeDate().getYear()));
    incident.getTime().getPrecision().acledCode().ifPresent(code -> c.put("time_precision", Integer.toString(code)));
    if (!incident.disorderTypes().isEmpty()) {
      c.put("disorder_type", DisorderType.format(incident.disorderTypes()));
    }
    c.put("event_type", incident.getEventType().label());
    incident.getSubEventType().map(SubEventType::label).ifPresent(s -> c.put("sub_event_type", s));
    side(incident, context, Side.A, "1", c);
    side(incident, context, Side.B, "2", c);
    var inter1 = mainType(incident, context, Side.A);
    inter1.ifPresent(t -> c.put("interaction", Interaction.of(t, mainType(incident, context, Side.B)).label()));
    if (incident.isCivilianTargeting()) {
      c.put("civilian_targeting", "Civilian targeting");
    }
    var location = incident.getLocation();
    location.getCountryIsoNumeric().ifPresent(iso -> c.put("iso", Integer.toString(iso)));
    location.getCountry().ifPresent(v -> c.put("country", v));
    location.getAdmin1().ifPresent(v -> c.put("admin1", v));
    location.getAdmin2().ifPresent(v -> c.put("admin2", v));
    location.getAdmin3().ifPresent(v -> c.put("admin3", v));
    c.put("location", location.getName());
    location.getPoint().ifPresent(p -> {
      c.put("latitude", BigDecimal.valueOf(p.getLatitude()).toPlainString());
      c.put("longitude", BigDecimal.valueOf(p.getLongitude()).toPlainString());
    });
    location.getPrecision().acledCode().ifPresent(code -> c.put("geo_precision", Integer.toString(code)));
    incident.getNotes().ifPresent(n -> c.put("notes", n));
    context.resolve(SubjectRef.of(incident.getId()), "fatalities", StandardPolicy.ACLED_CONSERVATIVE).value()
        .filter(FatalityValue.class::isInstance).map(v -> ((FatalityValue) v).getEstimate())
        .flatMap(e -> e.getLow().or(e::getBest).or(e::getHigh))
        .ifPresent(n -> c.put("fatalities", Integer.toString(n)));
    if (!incident.getTags().isEmpty()) {
      c.put("tags", String.join("; ", incident.getTags()));
    }
    return c;
  }

  private static void side(Incident incident, Catalog context, Side side, String n, Map<String, String> c) {
    List<Participant> main = incident.getParticipants().stream()
        .filter(p -> p.getSide().filter(side::equals).isPresent() && p.getRole() != ParticipantRole.ASSOCIATED)
        .toList();
    String separator = main.stream().anyMatch(p -> p.getCertainty() == ParticipationCertainty.ONE_OF_ALTERNATIVES)
        ? " and/or " : "; ";
    if (!main.isEmpty()) {
      c.put("actor" + n, main.stream().map(p -> name(context, p)).collect(Collectors.joining(separator)));
    }
    String assoc = incident.getParticipants().stream()
        .filter(p -> p.getSide().filter(side::equals).isPresent() && p.getRole() == ParticipantRole.ASSOCIATED)
        .map(p -> name(context, p)).collect(Collectors.joining("; "));
    if (!assoc.isEmpty()) {
      c.put("assoc_actor_" + n, assoc);
    }
    mainType(incident, context, side).ifPresent(t -> c.put("inter" + n, t.label()));
  }

  private static Optional<org.sahelevents.core.taxonomy.ActorType> mainType(Incident incident, Catalog context,
      Side side) {
    return incident.getParticipants().stream()
        .filter(p -> p.getSide().filter(side::equals).isPresent() && p.getRole() != ParticipantRole.ASSOCIATED)
        .findFirst().flatMap(p -> context.actor(p.getActor()))
        .flatMap(a -> a.acledTypeOn(incident.getTime().getEarliest()));
  }

  private static String name(Catalog context, Participant p) {
    return context.actor(p.getActor()).map(a -> a.getName().getValue()).orElse(p.getActor().getValue());
  }
}
