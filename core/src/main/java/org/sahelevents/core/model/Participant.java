package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An actor's part in an incident: its role, its side, and how certain the part is. "JNIM and/or the Islamic State
 * Sahel" is two participants with {@link ParticipationCertainty#ONE_OF_ALTERNATIVES}, never one invented actor.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipant.class)
@JsonDeserialize(as = ImmutableParticipant.class)
public interface Participant extends Serializable {
  @NotNull
  @Valid
  ActorId getActor();

  @NotNull
  ParticipantRole getRole();

  /** Side A (ACLED's actor 1 and its associates) or side B; empty when sides make no sense. */
  Optional<Side> getSide();

  /** Default: {@link ParticipationCertainty#ASSERTED}. */
  @Value.Default
  default ParticipationCertainty getCertainty() {
    return ParticipationCertainty.ASSERTED;
  }

  /** An asserted participant. */
  static Participant of(ActorId actor, ParticipantRole role, Side side) {
    return builder().actor(actor).role(role).side(side).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Participant}. Not thread-safe. */
  class Builder extends ImmutableParticipant.Builder {}
}
