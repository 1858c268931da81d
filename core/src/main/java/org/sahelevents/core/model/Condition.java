package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sahelevents.core.validation.CheckInvariants;
import org.sahelevents.core.validation.NormalizedText;

/**
 * A state that lasts, rather than an event: a blockade or siege (with its direction, the roads it concerns and what
 * it stops), control of territory, a curfew, a travel advisory. The imposer is who blockades, controls or advises.
 *
 * <p>A blockade or siege holds one {@link BlockadeAxis} per road: its status (cut, restricted, open, unknown),
 * direction, what it stops, valid time, and its own sourced assertions. {@link #getRoutes()} lists the roads
 * concerned without saying more about each; {@link #routeIds()} gives both together.
 *
 * <p>Invariants: a blockade or siege has a direction and nothing else has one (nor axes nor blocked traffic);
 * territorial control names its controller (the imposer) and its area; axis keys are unique; an axis's validity lies
 * within the condition's.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CheckInvariants
@JsonSerialize(as = ImmutableCondition.class)
@JsonDeserialize(as = ImmutableCondition.class)
public interface Condition extends Serializable {
  @NotNull
  @Valid
  ConditionId getId();

  @NotNull
  ConditionKind getKind();

  /** Who imposes the condition: the blockading group, the controlling force, the advising government. */
  Optional<@Valid ActorId> getImposer();

  /** The place concerned: the blockaded city, the controlled town, the country advised against. */
  Optional<@Valid Location> getArea();

  /** Which way a blockade or siege stops traffic. */
  Optional<BlockadeDirection> getDirection();

  /** The roads concerned, by route id (the {@code geo} module resolves {@code RN3}, {@code RN6}, ...). */
  List<@Valid RouteId> getRoutes();

  /** What a blockade or siege stops. */
  Set<BlockedTraffic> getBlockedTraffic();

  /** The roads of a blockade or siege one by one, each with its own status, direction, traffic and valid time. */
  List<@Valid BlockadeAxis> getAxes();

  /** The axis with this key ({@code "RN6"}, or {@code "unidentified"}), if the condition has it. */
  default Optional<BlockadeAxis> axis(String key) {
    return getAxes().stream().filter(a -> a.getKey().equals(key)).findFirst();
  }

  /** Every route id the condition names, in {@link #getRoutes()} and in its axes, once each, in that order. */
  default List<RouteId> routeIds() {
    java.util.LinkedHashSet<RouteId> ids = new java.util.LinkedHashSet<>(getRoutes());
    getAxes().forEach(a -> a.getRoute().ifPresent(ids::add));
    return List.copyOf(ids);
  }

  /** When it holds. */
  @NotNull
  @Valid
  DateInterval getValidity();

  Optional<@NormalizedText String> getDescription();

  /** The documents that report it; at least one. Contested details are assertions about the condition. */
  @NotEmpty
  List<@Valid DocumentId> getReportedIn();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Condition}. Not thread-safe. */
  class Builder extends ImmutableCondition.Builder {}
}
