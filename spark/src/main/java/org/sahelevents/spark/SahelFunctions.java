package org.sahelevents.spark;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.Interaction;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.Gazetteer;
import org.sahelevents.geo.Geodesics;
import org.sahelevents.geo.Route;
import org.sahelevents.geo.RoutePosition;
import org.sahelevents.io.geojson.MapFeatures;

/**
 * This library's geodesics, corridors and ACLED vocabulary as Spark SQL functions, registered by one call:
 * <ul>
 *   <li>{@code geodesic_distance_m(lon1, lat1, lon2, lat2)}: the WGS84 geodesic distance in metres
 *     ({@link Geodesics#distanceMetres});</li>
 *   <li>{@code corridor_locate(route_id, half_width_m, lon, lat)}: where a point lies relative to a road, as
 *     {@link Corridor#locate} says, as a struct of {@code distance_m} (from the road), {@code chainage_m} (along it
 *     from its start), {@code to_end_m}, {@code side} ({@code left}, {@code right} or {@code on}) and {@code within}
 *     (whether {@code distance_m <= half_width_m});</li>
 *   <li>{@code corridor_properties(route_id, half_width_m, lon, lat)}: the properties {@code sahel-events corridor}
 *     gives an incident ({@code corridor_route}, {@code corridor_distance_m}, ...), as a
 *     {@code map<string,string>} of their text;</li>
 *   <li>{@code acled_interaction(inter1, inter2)}: ACLED's interaction of two actor types written as codes or labels
 *     ({@code "State forces-Rebel group"}, {@code "Rebel group only"} when {@code inter2} is blank or 0).</li>
 * </ul>
 * Routes are the gazetteer's roads ({@link Gazetteer#sahel()}) and the routes passed to
 * {@link #register(SparkSession, Collection)}, sent to executors once as a broadcast variable; each executor builds a
 * route's corridor once per half-width. Numbers may be of any numeric type (an {@code int} literal, a
 * {@code decimal}); each function returns null when one of its arguments is null.
 *
 * <pre>{@code
 * SahelFunctions.register(spark);
 * spark.sql("SELECT event_id_cnty, corridor_locate('RN6', 10000, lon, lat).chainage_m FROM acled "
 *     + "WHERE corridor_locate('RN6', 10000, lon, lat).within");
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SahelFunctions {
  /** The struct {@code corridor_locate} returns. */
  public static final StructType POSITION = new StructType()
      .add("distance_m", DataTypes.DoubleType, false)
      .add("chainage_m", DataTypes.DoubleType, false)
      .add("to_end_m", DataTypes.DoubleType, false)
      .add("side", DataTypes.StringType, false)
      .add("within", DataTypes.BooleanType, false);

  private SahelFunctions() {}

  /** Registers the functions in this session, with the gazetteer's roads. */
  public static void register(SparkSession spark) {
    register(spark, List.of());
  }

  /**
   * Registers the functions in this session, with the gazetteer's roads and these routes; a route with a road's id
   * replaces the road.
   */
  public static void register(SparkSession spark, Collection<Route> routes) {
    Map<String, Route> byId = new LinkedHashMap<>();
    Gazetteer.sahel().roads().forEach(r -> byId.put(r.id(), r));
    routes.forEach(r -> byId.put(r.id(), r));
    Broadcast<Routes> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new Routes(byId));
    spark.udf().register("geodesic_distance_m", (UDF4<Number, Number, Number, Number, Double>)
        (lon1, lat1, lon2, lat2) -> lon1 == null || lat1 == null || lon2 == null || lat2 == null ? null
            : Geodesics.distanceMetres(GeoPoint.of(lat1.doubleValue(), lon1.doubleValue()),
                GeoPoint.of(lat2.doubleValue(), lon2.doubleValue())), DataTypes.DoubleType);
    spark.udf().register("corridor_locate", (UDF4<String, Number, Number, Number, Row>)
        (route, halfWidth, lon, lat) -> {
      if (route == null || halfWidth == null || lon == null || lat == null) {
        return null;
      }
      RoutePosition p = shared.value().corridor(route, halfWidth.doubleValue())
          .locate(GeoPoint.of(lat.doubleValue(), lon.doubleValue()));
      return RowFactory.create(p.distanceMetres(), p.chainageMetres(), p.toEndMetres(),
          p.side().name().toLowerCase(Locale.ROOT), p.distanceMetres() <= halfWidth.doubleValue());
    }, POSITION);
    spark.udf().register("corridor_properties", (UDF4<String, Number, Number, Number, Map<String, String>>)
        (route, halfWidth, lon, lat) -> {
          if (route == null || halfWidth == null || lon == null || lat == null) {
            return null;
          }
          Corridor corridor = shared.value().corridor(route, halfWidth.doubleValue());
          Map<String, String> properties = new LinkedHashMap<>();
          GeoPoint point = GeoPoint.of(lat.doubleValue(), lon.doubleValue());
          MapFeatures.corridorProperties(corridor, corridor.locate(point)).fields()
              .forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
          return properties;
        }, DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false));
    spark.udf().register("acled_interaction", (UDF2<String, String, String>) (inter1, inter2) ->
        inter1 == null || ActorType.parse(inter1).isEmpty() ? null
            : Interaction.of(ActorType.parse(inter1).orElseThrow(), ActorType.parse(inter2)).label(),
        DataTypes.StringType);
  }

  /**
   * The routes functions can name, with each executor's corridors of them. Serializable (broadcast); the corridors
   * are made where they are used. Thread-safe.
   */
  static final class Routes implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<String, Route> routes;
    private transient Map<String, Corridor> corridors;

    Routes(Map<String, Route> routes) {
      this.routes = new LinkedHashMap<>(routes);
    }

    /**
     * The corridor of a route and half-width, made once.
     *
     * @throws IllegalArgumentException if no route has this id, or the half-width is not a positive number
     */
    Corridor corridor(String id, double halfWidthMetres) {
      synchronized (this) {
        if (corridors == null) {
          corridors = new ConcurrentHashMap<>();
        }
      }
      return corridors.computeIfAbsent(id + "@" + halfWidthMetres, k -> {
        Route route = routes.get(id);
        if (route == null) {
          throw new IllegalArgumentException("unknown route " + id + ": known are " + String.join(", ",
              routes.keySet()));
        }
        return Corridor.of(route, halfWidthMetres);
      });
    }
  }
}
