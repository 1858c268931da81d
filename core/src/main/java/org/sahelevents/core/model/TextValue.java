package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * A free-text value, for facts the model has no type for yet.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("text")
@JsonSerialize(as = ImmutableTextValue.class)
@JsonDeserialize(as = ImmutableTextValue.class)
public non-sealed interface TextValue extends AssertedValue {
  @Value.Parameter
  @NotNull
  @NotBlank
  String getText();

  @Override
  default String describe() {
    return getText();
  }

  static TextValue of(String value) {
    return ImmutableTextValue.of(value);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TextValue}. Not thread-safe. */
  class Builder extends ImmutableTextValue.Builder {}
}
