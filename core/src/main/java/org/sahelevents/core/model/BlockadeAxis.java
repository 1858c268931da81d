package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sahelevents.core.validation.NormalizedText;

/**
 * One road of a blockade or siege: how far traffic passes on it (cut, restricted, open, or unknown), which way it is
 * stopped, what it stops, and when. What is not reported stays unknown: a road whose status nobody gave is
 * {@link AxisStatus#UNKNOWN}, an axis whose road nobody named has no {@link #getRoute() route}, an absent direction
 * or validity means "not reported" (the condition's validity then bounds it).
 *
 * <p>Each axis is a field of its condition for {@link SourcedAssertion}s: the assertions about the status of the
 * axis {@code RN6} have the condition as subject and {@link #field(String, String) field("RN6", "status")}, that is
 * {@code "axes[RN6].status"}, as field, so every source's version of one road is kept side by side.
 *
 * <p>Its condition checks that keys are unique and that the axis's validity lies within its own.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBlockadeAxis.class)
@JsonDeserialize(as = ImmutableBlockadeAxis.class)
public interface BlockadeAxis extends Serializable {
  /** The road, by route id ({@code RN6}); absent when the report does not say which road. */
  Optional<@Valid RouteId> getRoute();

  /**
   * The name assertions use for the axis within its condition. Default: the route id, or {@code "unidentified"} for
   * an axis whose road is not known.
   */
  @Value.Default
  @NotNull
  @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "must be letters, digits, '_' or '-', such as \"RN6\"")
  default String getKey() {
    return getRoute().map(RouteId::getValue).orElse("unidentified");
  }

  /** Default: {@link AxisStatus#UNKNOWN}, so that an axis nobody described is not assumed cut or open. */
  @Value.Default
  default AxisStatus getStatus() {
    return AxisStatus.UNKNOWN;
  }

  /** Which way traffic is stopped on this road; absent when not reported. */
  Optional<BlockadeDirection> getDirection();

  /** What is stopped on this road; empty when not reported. */
  Set<BlockedTraffic> getBlockedTraffic();

  /** When this road's status holds; absent when only the condition's validity is known. */
  Optional<@Valid DateInterval> getValidity();

  /** The axis in words, for what no field holds: "several main roads, not named". */
  Optional<@NormalizedText String> getDescription();

  /** The assertion field of one attribute of an axis: {@code field("RN6", "status")} is {@code "axes[RN6].status"}. */
  static String field(String key, String attribute) {
    return "axes[" + key + "]." + attribute;
  }

  /** An axis on a named road with the given status. */
  static BlockadeAxis of(RouteId route, AxisStatus status) {
    return builder().route(route).status(status).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BlockadeAxis}. Not thread-safe. */
  class Builder extends ImmutableBlockadeAxis.Builder {}
}
