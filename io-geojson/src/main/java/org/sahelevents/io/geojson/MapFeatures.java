package org.sahelevents.io.geojson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.PrecisionModel;
import org.sahelevents.core.json.SahelEventsModule;
import org.sahelevents.core.model.BlockadeAxis;
import org.sahelevents.core.model.Condition;
import org.sahelevents.core.model.RouteId;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.Route;
import org.sahelevents.geo.RoutePosition;

/**
 * Routes, corridors and conditions as GeoJSON features, for maps: a route is a LineString (or MultiLineString) with
 * its id, name and length; a corridor is the Polygon of {@link Corridor#toPolygon()} with its route and half-width; a
 * condition such as a blockade is a feature whose geometry is the roads it concerns (or the point of its area when it
 * names no road, or null), with its kind, direction, imposer, validity, blocked traffic and axes, and the whole
 * condition in {@value #CONDITION}; each axis of a blockade is a feature of its own, drawn on its road, with its
 * status (cut, restricted, open, unknown), direction, blocked traffic and valid time.
 *
 * <p>Stateless and thread-safe.
 */
public final class MapFeatures {
  /** The property holding a condition in the model's JSON. */
  public static final String CONDITION = "sahel:condition";

  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new SahelEventsModule()).build();
  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

  private MapFeatures() {}

  /** A route as a line feature with {@code route_id}, {@code route_name} and {@code length_m}. */
  public static GeoJsonFeature route(Route route) {
    ObjectNode p = MAPPER.createObjectNode().put("route_id", route.id()).put("route_name", route.name())
        .put("length_m", metres(route.lengthMetres()));
    return GeoJsonFeature.of(route.toGeometry(), p).withId(route.id());
  }

  /** A corridor as a polygon feature with {@code route_id}, {@code route_name} and {@code half_width_m}. */
  public static GeoJsonFeature corridor(Corridor corridor) {
    ObjectNode p = MAPPER.createObjectNode().put("route_id", corridor.route().id())
        .put("route_name", corridor.route().name()).put("half_width_m", metres(corridor.halfWidthMetres()));
    return GeoJsonFeature.of(corridor.toPolygon(), p).withId(corridor.route().id() + "-corridor");
  }

  /**
   * A condition as a feature: the roads it names (in {@code routes} and in its axes) that {@code routes} knows, as
   * lines; otherwise the point of its area; otherwise no geometry. Properties: {@code kind}, {@code direction},
   * {@code imposer}, {@code valid_from}, {@code valid_until}, {@code routes}, {@code blocked_traffic}, {@code axes}
   * ({@code "RN6: cut, entry blocked; RN3: unknown"}), and the condition in {@value #CONDITION}.
   */
  public static GeoJsonFeature condition(Condition condition, Function<RouteId, Optional<Route>> routes) {
    List<LineString> lines = new ArrayList<>();
    for (RouteId id : condition.routeIds()) {
      routes.apply(id).ifPresent(r -> {
        Geometry g = r.toGeometry();
        for (int i = 0; i < g.getNumGeometries(); i++) {
          lines.add((LineString) g.getGeometryN(i));
        }
      });
    }
    Geometry geometry = !lines.isEmpty()
        ? WGS84.createMultiLineString(lines.toArray(LineString[]::new))
        : condition.getArea().flatMap(a -> a.getPoint())
            .map(p -> (Geometry) WGS84.createPoint(new Coordinate(p.getLongitude(), p.getLatitude()))).orElse(null);
    if (geometry instanceof MultiLineString m && m.getNumGeometries() == 1) {
      geometry = m.getGeometryN(0);
    }
    ObjectNode p = MAPPER.createObjectNode().put("kind", condition.getKind().name());
    condition.getDirection().ifPresent(d -> p.put("direction", d.name()));
    condition.getImposer().ifPresent(i -> p.put("imposer", i.getValue()));
    condition.getArea().ifPresent(a -> p.put("area", a.getName()));
    condition.getValidity().getStart().ifPresent(d -> p.put("valid_from", d.toString()));
    condition.getValidity().getEnd().ifPresent(d -> p.put("valid_until", d.toString()));
    if (!condition.routeIds().isEmpty()) {
      p.put("routes", condition.routeIds().stream().map(RouteId::getValue).collect(Collectors.joining("; ")));
    }
    if (!condition.getBlockedTraffic().isEmpty()) {
      p.put("blocked_traffic", words(condition.getBlockedTraffic()));
    }
    if (!condition.getAxes().isEmpty()) {
      p.put("axes", condition.getAxes().stream().map(a -> a.getKey() + ": " + word(a.getStatus())
          + a.getDirection().map(d -> ", " + word(d)).orElse("")).collect(Collectors.joining("; ")));
    }
    p.set(CONDITION, MAPPER.valueToTree(condition));
    return GeoJsonFeature.of(geometry, p).withId(condition.getId().getValue());
  }

  /**
   * Each axis of a blockade or siege as a feature, in the condition's order: its road as a line when {@code routes}
   * knows it, otherwise no geometry (an axis whose road is not known is not drawn anywhere). Id
   * {@code CONDITION/KEY}; properties {@code condition}, {@code axis}, {@code route_id}, {@code status},
   * {@code direction}, {@code blocked_traffic}, {@code valid_from}, {@code valid_until} (each only when known) and
   * {@code description}.
   */
  public static List<GeoJsonFeature> axes(Condition condition, Function<RouteId, Optional<Route>> routes) {
    List<GeoJsonFeature> features = new ArrayList<>();
    for (BlockadeAxis axis : condition.getAxes()) {
      Geometry geometry = axis.getRoute().flatMap(routes).map(Route::toGeometry).orElse(null);
      ObjectNode p = MAPPER.createObjectNode().put("condition", condition.getId().getValue())
          .put("axis", axis.getKey());
      axis.getRoute().ifPresent(r -> p.put("route_id", r.getValue()));
      p.put("status", word(axis.getStatus()));
      axis.getDirection().ifPresent(d -> p.put("direction", d.name()));
      if (!axis.getBlockedTraffic().isEmpty()) {
        p.put("blocked_traffic", words(axis.getBlockedTraffic()));
      }
      axis.getValidity().flatMap(v -> v.getStart()).ifPresent(d -> p.put("valid_from", d.toString()));
      axis.getValidity().flatMap(v -> v.getEnd()).ifPresent(d -> p.put("valid_until", d.toString()));
      axis.getDescription().ifPresent(d -> p.put("description", d));
      features.add(GeoJsonFeature.of(geometry, p).withId(condition.getId().getValue() + "/" + axis.getKey()));
    }
    return List.copyOf(features);
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String words(Collection<? extends Enum<?>> values) {
    return values.stream().map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("; "));
  }

  /**
   * The properties a corridor adds to an incident inside it: {@code corridor_route}, {@code corridor_distance_m},
   * {@code corridor_chainage_m}, {@code corridor_to_end_m} and {@code corridor_side}, to the centimetre.
   */
  public static ObjectNode corridorProperties(Corridor corridor, RoutePosition position) {
    return MAPPER.createObjectNode().put("corridor_route", corridor.route().id())
        .put("corridor_distance_m", metres(position.distanceMetres()))
        .put("corridor_chainage_m", metres(position.chainageMetres()))
        .put("corridor_to_end_m", metres(position.toEndMetres()))
        .put("corridor_side", position.side().name().toLowerCase(Locale.ROOT));
  }

  private static BigDecimal metres(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }
}
