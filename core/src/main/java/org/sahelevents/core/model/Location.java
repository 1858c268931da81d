package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;
import org.sahelevents.core.validation.CheckInvariants;
import org.sahelevents.core.validation.NormalizedText;

/**
 * Where something happened: a named place with its administrative areas, country, point and how precisely the point
 * places the event. {@link SpatialPrecision#EXACT} requires a point.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CheckInvariants
@JsonSerialize(as = ImmutableLocation.class)
@JsonDeserialize(as = ImmutableLocation.class)
public interface Location extends Serializable {
  /** The place's name, for example {@code "Kati"} or {@code "Bamako - Commune VI"}. */
  @NotNull
  @NormalizedText
  String getName();

  /** First-level administrative area (region), for example {@code "Koulikoro"}. */
  Optional<@NormalizedText String> getAdmin1();

  /** Second-level administrative area (cercle, province). */
  Optional<@NormalizedText String> getAdmin2();

  /** Third-level administrative area (commune). */
  Optional<@NormalizedText String> getAdmin3();

  /** The country's name as the source wrote it, for example {@code "Mali"}. */
  Optional<@NormalizedText String> getCountry();

  /** ISO 3166-1 alpha-3 code, for example {@code "MLI"}. */
  Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as \"MLI\"") String>
      getCountryIso3();

  /** ISO 3166-1 numeric code, for example 466 for Mali. */
  Optional<@Min(1) @Max(999) Integer> getCountryIsoNumeric();

  /** The point that represents the place, when known. */
  Optional<@Valid GeoPoint> getPoint();

  /** How precisely {@link #getPoint()} places the event. */
  @NotNull
  SpatialPrecision getPrecision();

  /** How the source described the place when that says more than the name: "near Kati", "on the RN3". */
  Optional<@NormalizedText String> getDescription();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}. Not thread-safe. */
  class Builder extends ImmutableLocation.Builder {}
}
