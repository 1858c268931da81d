package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.io.Serializable;
import org.immutables.value.Value;
import org.sahelevents.core.validation.CheckInvariants;

/**
 * A point on the WGS84 ellipsoid (EPSG:4326) in decimal degrees. Latitude comes first here, as people say it;
 * GeoJSON writers put longitude first.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CheckInvariants
@JsonSerialize(as = ImmutableGeoPoint.class)
@JsonDeserialize(as = ImmutableGeoPoint.class)
public interface GeoPoint extends Serializable {
  /** Latitude in degrees, -90 to 90. */
  @Value.Parameter
  @DecimalMin(value = "-90", message = "must be between -90 and 90")
  @DecimalMax(value = "90", message = "must be between -90 and 90")
  double getLatitude();

  /** Longitude in degrees, -180 to 180. */
  @Value.Parameter
  @DecimalMin(value = "-180", message = "must be between -180 and 180")
  @DecimalMax(value = "180", message = "must be between -180 and 180")
  double getLongitude();

  /** The point at this latitude and longitude; {@link org.sahelevents.core.validation.ModelValidator} checks it. */
  static GeoPoint of(double latitude, double longitude) {
    return ImmutableGeoPoint.of(latitude, longitude);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GeoPoint}. Not thread-safe. */
  class Builder extends ImmutableGeoPoint.Builder {}
}
