/**
 * GeoJSON in and out (work in progress: this package is reserved and holds no API yet).
 *
 * <p>It will hold a streaming RFC 7946 GeoJSON and RFC 8142 GeoJSON text sequence writer and a strict reader for
 * incidents, conditions, routes and corridors.
 */
package org.sahelevents.io.geojson;
