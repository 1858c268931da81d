package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.sahelevents.core.validation.CheckInvariants;

/**
 * A claim that an actor carried out an incident. The claimant is normally the claimed perpetrator; when it is not,
 * the statement is an attribution rather than a claim, and validation warns about it.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CheckInvariants
@JsonTypeName("responsibility")
@JsonSerialize(as = ImmutableResponsibilityClaim.class)
@JsonDeserialize(as = ImmutableResponsibilityClaim.class)
public non-sealed interface ResponsibilityClaim extends Claim {
  @NotNull
  @Valid
  IncidentId getIncident();

  /** Who is said to have done it; usually the claimant itself. */
  @NotNull
  @Valid
  ActorId getClaimedPerpetrator();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResponsibilityClaim}. Not thread-safe. */
  class Builder extends ImmutableResponsibilityClaim.Builder {}
}
