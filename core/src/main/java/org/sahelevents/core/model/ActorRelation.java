package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sahelevents.core.validation.CheckInvariants;

/**
 * A relation between two actors over time, read "subject TYPE object" (JNIM AFFILIATE_OF al-Qaeda; FLA
 * COOPERATES_WITH JNIM), with the documents that report it. An actor is never related to itself. A relation dated
 * outside either actor's lifetime is reported as a warning by catalog validation.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CheckInvariants
@JsonSerialize(as = ImmutableActorRelation.class)
@JsonDeserialize(as = ImmutableActorRelation.class)
public interface ActorRelation extends Serializable {
  @NotNull
  @Valid
  RelationId getId();

  @NotNull
  @Valid
  ActorId getSubject();

  @NotNull
  RelationType getType();

  @NotNull
  @Valid
  ActorId getObject();

  /** When the relation holds; empty when unknown. */
  Optional<@Valid DateInterval> getValidity();

  /** The documents that report the relation; at least one. */
  @NotEmpty
  List<@Valid DocumentId> getReportedIn();

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActorRelation}. Not thread-safe. */
  class Builder extends ImmutableActorRelation.Builder {}
}
