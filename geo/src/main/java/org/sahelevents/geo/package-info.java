/**
 * Spatial helpers that are true in metres (work in progress: this package is reserved and holds no API yet).
 *
 * <p>It will hold geodesic distances on the WGS84 ellipsoid (GeographicLib), road routes and corridors with
 * chainage, a spatial index over incidents (JTS) and a small Sahel gazetteer with the national roads out of Bamako.
 */
package org.sahelevents.geo;
