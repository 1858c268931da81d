package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * A party's own figure of dead or wounded, such as a group's claim of enemy dead or an army's count of "terrorists neutralised".
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("casualty")
@JsonSerialize(as = ImmutableCasualtyClaim.class)
@JsonDeserialize(as = ImmutableCasualtyClaim.class)
public non-sealed interface CasualtyClaim extends Claim {
  @NotNull
  @Valid
  IncidentId getIncident();

  @NotNull
  @Valid
  FatalityEstimate getEstimate();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CasualtyClaim}. Not thread-safe. */
  class Builder extends ImmutableCasualtyClaim.Builder {}
}
