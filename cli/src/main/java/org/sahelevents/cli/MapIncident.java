package org.sahelevents.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sahelevents.core.model.AssertedValue;
import org.sahelevents.core.model.Attribution;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.DatasetEvent;
import org.sahelevents.core.model.FatalityValue;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.Location;
import org.sahelevents.core.model.Participant;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.resolution.Resolution;
import org.sahelevents.core.resolution.StandardPolicy;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.RoutePosition;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.ucdp.UcdpModelMapping;
import org.sahelevents.io.ucdp.UcdpRecord;

/**
 * One incident as the HTML map shows it: where and when, its type, the figure that sizes its circle, and the text of
 * its popup, every word of which the page shows as text. Immutable and thread-safe.
 *
 * @param layer the index of the input it came from
 * @param point where it happened, or null for an incident known only to a country or a region, which the page lists
 *     beside the map
 * @param fatalities the figure {@link StandardPolicy#ACLED_CONSERVATIVE} resolves, 0 when there is none
 * @param cells the source cells of the row it was read from ({@code source}, {@code source_scale}, ...), by column
 */
record MapIncident(String id, int layer, GeoPoint point, LocalDate earliest, LocalDate latest, String when,
    String place, EventType type, String subEventType, int fatalities, String fatalityText, String actors,
    String notes, Map<String, String> cells, List<Contested> contested, List<OnCorridor> corridors) {

  /** The sources' versions of one field of the incident, side by side, and each resolution policy's choice. */
  record Contested(String field, List<Version> versions, List<Choice> choices) {}

  /** One source's version: the value, who said it, who reported it, and how credible it is. */
  record Version(String assertion, String value, String saidBy, String reportedBy, String credibility,
      String quote) {}

  /** A resolution policy's choice and its explanation. */
  record Choice(String policy, String value, String explanation) {}

  /** Where the incident lies on a road's corridor: how far along the road, and how far from it, in kilometres. */
  record OnCorridor(String route, double chainageKm, double distanceKm) {}

  MapIncident {
    cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    contested = List.copyOf(contested);
    corridors = List.copyOf(corridors);
  }

  /**
   * The incident of an ACLED event (its rows: two or more in a monadic file), through the model
   * ({@link AcledModelMapping#toEvent(List)}), with the row's source cells.
   */
  static MapIncident ofRows(List<AcledRecord> rows, int layer, List<Corridor> corridors) {
    AcledRecord row = rows.get(0);
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("source", String.join("; ", row.sources()));
    row.sourceScale().ifPresent(s -> cells.put("source_scale", s));
    cells.put("event_id_cnty", row.eventIdCnty());
    DatasetEvent event = AcledModelMapping.toEvent(rows);
    return of(event.incident(), event.catalog(), layer, cells, corridors);
  }

  /** The incident of a UCDP GED row, through the model ({@link UcdpModelMapping#toEvent}), with its source cells. */
  static MapIncident ofUcdp(UcdpRecord row, int layer, List<Corridor> corridors) {
    Map<String, String> cells = new LinkedHashMap<>();
    row.sourceOffice().ifPresent(s -> cells.put("source_office", s));
    row.sourceHeadline().ifPresent(s -> cells.put("source_headline", s));
    cells.put("type_of_violence", row.typeOfViolence().code() + " (" + row.typeOfViolence().label() + ")");
    cells.put("relid", row.relid().orElse(Long.toString(row.id())));
    DatasetEvent event = UcdpModelMapping.toEvent(row);
    return of(event.incident(), event.catalog(), layer, cells, corridors);
  }

  /**
   * An incident of a catalog, with or without a point, with the outlets whose documents speak of it as its source
   * cell.
   */
  static MapIncident ofModel(Incident incident, Catalog catalog, int layer, List<Corridor> corridors) {
    SubjectRef subject = SubjectRef.of(incident.getId());
    String sources = catalog.getAssertions().stream().filter(a -> a.getSubject().equals(subject))
        .map(SourcedAssertion::getReportedIn).flatMap(Optional::stream).distinct()
        .map(d -> catalog.document(d).flatMap(doc -> catalog.source(doc.getSource()))
            .map(s -> s.getName().getValue()).orElse(d.getValue()))
        .distinct().collect(Collectors.joining("; "));
    return of(incident, catalog, layer, sources.isEmpty() ? Map.of() : Map.of("reported by", sources), corridors);
  }

  /**
   * The incident of a catalog, with or without a point, with every field that two or more assertions give as
   * contested, and the corridors it lies in.
   *
   * @param cells the source cells of the row it was read from, in order
   */
  private static MapIncident of(Incident incident, Catalog catalog, int layer, Map<String, String> cells,
      List<Corridor> corridors) {
    Location location = incident.getLocation();
    GeoPoint point = location.getPoint().orElse(null);
    SubjectRef subject = SubjectRef.of(incident.getId());
    Resolution deaths = catalog.resolve(subject, "fatalities", StandardPolicy.ACLED_CONSERVATIVE);
    int fatalities = deaths.value().filter(FatalityValue.class::isInstance)
        .map(v -> ((FatalityValue) v).getEstimate())
        .flatMap(e -> e.getLow().or(e::getBest).or(e::getHigh)).orElse(0);
    String fatalityText = deaths.value().map(AssertedValue::describe).orElse("not reported");
    List<OnCorridor> on = new ArrayList<>();
    for (Corridor corridor : point == null ? List.<Corridor>of() : corridors) {
      RoutePosition position = corridor.locate(point);
      if (position.distanceMetres() <= corridor.halfWidthMetres()) {
        // To 100 m: the roads are drawn town to town, so no finer figure means anything.
        on.add(new OnCorridor(corridor.route().id(), Math.round(position.chainageMetres() / 100) / 10.0,
            Math.round(position.distanceMetres() / 100) / 10.0));
      }
    }
    return new MapIncident(incident.getId().getValue(), layer, point, incident.getTime().getEarliest(),
        incident.getTime().getLatest(), incident.getTime().describe() + (incident.getTime().spanDays() == 0
            ? ", precision " + words(incident.getTime().getPrecision().name()) : ""),
        place(location), incident.getEventType(), incident.getSubEventType().map(s -> s.label()).orElse(""),
        fatalities, fatalityText, actors(incident, catalog), incident.getNotes().orElse(""), cells,
        contested(catalog, subject), on);
  }

  private static String place(Location location) {
    List<String> parts = new ArrayList<>();
    parts.add(location.getName());
    location.getAdmin2().ifPresent(parts::add);
    location.getAdmin1().ifPresent(parts::add);
    location.getCountry().ifPresent(parts::add);
    return parts.stream().distinct().collect(Collectors.joining(", ")) + "; precision "
        + words(location.getPrecision().name());
  }

  private static String actors(Incident incident, Catalog catalog) {
    return incident.getParticipants().stream().map(p -> name(catalog, p) + " (" + words(p.getRole().name())
        + p.getSide().map(s -> ", side " + s).orElse("") + ")").collect(Collectors.joining("; "));
  }

  private static String name(Catalog catalog, Participant p) {
    return catalog.actor(p.getActor()).map(a -> a.getName().getValue()).orElse(p.getActor().getValue());
  }

  private static List<Contested> contested(Catalog catalog, SubjectRef subject) {
    Map<String, List<SourcedAssertion>> byField = new LinkedHashMap<>();
    for (SourcedAssertion a : catalog.getAssertions()) {
      if (a.getSubject().equals(subject)) {
        byField.computeIfAbsent(a.getField(), f -> new ArrayList<>()).add(a);
      }
    }
    List<Contested> contested = new ArrayList<>();
    byField.forEach((field, versions) -> {
      if (versions.size() > 1) {
        List<Version> side = versions.stream().map(a -> version(catalog, a)).toList();
        List<Choice> choices = new ArrayList<>();
        for (StandardPolicy policy : StandardPolicy.values()) {
          Resolution r = catalog.resolve(subject, field, policy);
          choices.add(new Choice(policy.name(), r.value().map(AssertedValue::describe).orElse("nothing"),
              r.explanation()));
        }
        contested.add(new Contested(field, side, choices));
      }
    });
    return contested;
  }

  private static Version version(Catalog catalog, SourcedAssertion a) {
    String reporter = a.getReportedIn().flatMap(catalog::document)
        .map(d -> catalog.source(d.getSource()).map(s -> s.getName().getValue()).orElse(d.getSource().getValue())
            + d.getPublishedAt().map(t -> " on " + t.toString().substring(0, 10)).orElse(""))
        .orElse("no document (an inference)");
    String speaker = a.getAttributedTo().map(at -> speaker(catalog, at))
        .orElseGet(() -> catalog.reportingSource(a).map(s -> s.getName().getValue()).orElse("the analyst"));
    return new Version(a.getId().getValue(), a.getValue().map(AssertedValue::describe)
        .orElse(words(a.getPolarity().name())), speaker, reporter, a.getCredibility().grade() + " ("
        + a.getCredibility().label() + ")", a.getQuote().map(q -> q.getTranslation().orElse(q.getText())).orElse(""));
  }

  private static String speaker(Catalog catalog, Attribution at) {
    return at.getActor().map(id -> catalog.actor(id).map(x -> x.getName().getValue()).orElse(id.getValue()))
        .or(() -> at.getSource().map(id -> catalog.source(id).map(s -> s.getName().getValue()).orElse(id.getValue())))
        .orElseGet(() -> at.getDescription().orElse("unnamed"));
  }

  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
