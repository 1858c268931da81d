package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.sahelevents.core.validation.NormalizedText;

/**
 * A label a party applies to something: "terrorists", "among the largest attacks in a decade". Labels are stances to attribute, never types in the model.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("characterisation")
@JsonSerialize(as = ImmutableCharacterisation.class)
@JsonDeserialize(as = ImmutableCharacterisation.class)
public non-sealed interface Characterisation extends Claim {
  /** What is characterised. */
  @NotNull
  @Valid
  SubjectRef getTarget();

  @NotNull
  @NormalizedText
  String getLabel();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Characterisation}. Not thread-safe. */
  class Builder extends ImmutableCharacterisation.Builder {}
}
