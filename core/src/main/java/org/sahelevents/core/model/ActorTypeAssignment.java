package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sahelevents.core.taxonomy.ActorType;

/**
 * An ACLED actor type that holds for an actor during an interval (open when unknown), with the documents that say
 * so: a group's type follows its goals and can change, and who says it changed is part of the record. The periods of
 * one actor's types must not overlap.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActorTypeAssignment.class)
@JsonDeserialize(as = ImmutableActorTypeAssignment.class)
public interface ActorTypeAssignment extends Serializable {
  @NotNull
  ActorType getType();

  /** When the type holds; empty for always. */
  Optional<@Valid DateInterval> getValidity();

  /** The documents that give the actor this type for this period, such as the ACLED rows coding it so. */
  List<@Valid DocumentId> getReportedIn();

  /** A type that always holds. */
  static ActorTypeAssignment of(ActorType type) {
    return builder().type(type).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActorTypeAssignment}. Not thread-safe. */
  class Builder extends ImmutableActorTypeAssignment.Builder {}
}
