package org.sahelevents.geo;

import java.io.Serializable;
import org.sahelevents.core.model.GeoPoint;

/**
 * Where a point is relative to a route, all in metres on the WGS84 ellipsoid. Immutable and thread-safe.
 *
 * @param distanceMetres geodesic distance from the point to the nearest point of the route
 * @param chainageMetres geodesic length along the route from its start to that nearest point
 * @param toEndMetres geodesic length along the route from that nearest point to the route's end ("km before Bamako")
 * @param partIndex the part of the route the nearest point is on
 * @param segmentIndex the segment of the route as given (between given points {@code segmentIndex} and
 *     {@code segmentIndex + 1} of its part)
 * @param side which side of the route the point is on, looking along it
 * @param nearest the nearest point of the route
 * @param beforeStart the point lies beyond the start: its foot on the route's extension falls before the start
 * @param afterEnd the point lies beyond the end
 */
public record RoutePosition(double distanceMetres, double chainageMetres, double toEndMetres, int partIndex,
    int segmentIndex, RouteSide side, GeoPoint nearest, boolean beforeStart, boolean afterEnd) implements Serializable {}
