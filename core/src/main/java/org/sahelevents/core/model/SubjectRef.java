package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.immutables.value.Value;

/**
 * What a {@link SourcedAssertion} or a {@link Characterisation} is about: an actor, relation, incident, condition or
 * claim, by kind and id.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubjectRef.class)
@JsonDeserialize(as = ImmutableSubjectRef.class)
public interface SubjectRef extends Serializable {
  @Value.Parameter
  @NotNull
  SubjectKind getKind();

  @Value.Parameter
  @NotBlank
  String getId();

  static SubjectRef of(ActorId id) {
    return ImmutableSubjectRef.of(SubjectKind.ACTOR, id.getValue());
  }

  static SubjectRef of(RelationId id) {
    return ImmutableSubjectRef.of(SubjectKind.RELATION, id.getValue());
  }

  static SubjectRef of(IncidentId id) {
    return ImmutableSubjectRef.of(SubjectKind.INCIDENT, id.getValue());
  }

  static SubjectRef of(ConditionId id) {
    return ImmutableSubjectRef.of(SubjectKind.CONDITION, id.getValue());
  }

  static SubjectRef of(ClaimId id) {
    return ImmutableSubjectRef.of(SubjectKind.CLAIM, id.getValue());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubjectRef}. Not thread-safe. */
  class Builder extends ImmutableSubjectRef.Builder {}
}
