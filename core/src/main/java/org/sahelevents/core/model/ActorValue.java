package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * An actor as an asserted value: who did it, who controls a place.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("actor")
@JsonSerialize(as = ImmutableActorValue.class)
@JsonDeserialize(as = ImmutableActorValue.class)
public non-sealed interface ActorValue extends AssertedValue {
  @Value.Parameter
  @NotNull
  @Valid
  ActorId getActor();

  @Override
  default String describe() {
    return getActor().getValue();
  }

  static ActorValue of(ActorId value) {
    return ImmutableActorValue.of(value);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ActorValue}. Not thread-safe. */
  class Builder extends ImmutableActorValue.Builder {}
}
