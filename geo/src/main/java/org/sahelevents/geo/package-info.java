/**
 * Spatial helpers that are true in metres: geodesics on the WGS84 ellipsoid ({@link org.sahelevents.geo.Geodesics}),
 * road routes and corridors with chainage ({@link org.sahelevents.geo.Route}, {@link org.sahelevents.geo.Corridor}),
 * a spatial index over incidents ({@link org.sahelevents.geo.IncidentIndex}), corridor analytics, and a small Sahel
 * gazetteer with the roads out of Bamako ({@link org.sahelevents.geo.Gazetteer}).
 *
 * <pre>{@code
 * Corridor rn6 = Corridor.of(Gazetteer.sahel().road("RN6").orElseThrow(), 10_000);
 * IncidentIndex index = IncidentIndex.of(catalog.getIncidents());
 * for (Incident i : index.withinCorridor(rn6, IncidentFilter.all().since(LocalDate.of(2025, 9, 1)))) {
 *   RoutePosition at = rn6.locate(i.getLocation().getPoint().orElseThrow());
 *   System.out.printf("%s: %.0f km from Bamako, %.1f km %s of the road%n", i.getId(),
 *       at.chainageMetres() / 1000, at.distanceMetres() / 1000, at.side());
 * }
 * }</pre>
 */
package org.sahelevents.geo;
