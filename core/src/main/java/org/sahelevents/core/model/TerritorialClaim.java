package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * A party's claim to have captured, to hold, or to have left a place.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("territorial")
@JsonSerialize(as = ImmutableTerritorialClaim.class)
@JsonDeserialize(as = ImmutableTerritorialClaim.class)
public non-sealed interface TerritorialClaim extends Claim {
  @NotNull
  @Valid
  Location getPlace();

  /** Who the claim says controls (or left) the place. */
  @NotNull
  @Valid
  ActorId getController();

  @NotNull
  TerritorialStatus getStatus();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TerritorialClaim}. Not thread-safe. */
  class Builder extends ImmutableTerritorialClaim.Builder {}
}
