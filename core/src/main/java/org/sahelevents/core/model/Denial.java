package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.sahelevents.core.validation.CheckInvariants;
import org.sahelevents.core.validation.NormalizedText;

/**
 * A denial of an incident or of another claim: "the army called the videos old footage". It denies at least one of an incident or a claim.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CheckInvariants
@JsonTypeName("denial")
@JsonSerialize(as = ImmutableDenial.class)
@JsonDeserialize(as = ImmutableDenial.class)
public non-sealed interface Denial extends Claim {
  /** The incident denied, if the denial is about an incident. */
  Optional<@Valid IncidentId> getDeniedIncident();

  /** The claim denied, if the denial answers a claim. */
  Optional<@Valid ClaimId> getDeniedClaim();

  /** What is denied, in words: "that Kidal has fallen". */
  @NotNull
  @NormalizedText
  String getProposition();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Denial}. Not thread-safe. */
  class Builder extends ImmutableDenial.Builder {}
}
