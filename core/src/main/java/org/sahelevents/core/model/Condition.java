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
 * <p>Invariants: a blockade or siege has a direction and nothing else has one; territorial control names its
 * controller (the imposer) and its area.
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
