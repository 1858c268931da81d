package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * A fatality estimate as an asserted value.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("fatalities")
@JsonSerialize(as = ImmutableFatalityValue.class)
@JsonDeserialize(as = ImmutableFatalityValue.class)
public non-sealed interface FatalityValue extends AssertedValue {
  @Value.Parameter
  @NotNull
  @Valid
  FatalityEstimate getEstimate();

  @Override
  default String describe() {
    return getEstimate().describe();
  }

  static FatalityValue of(FatalityEstimate value) {
    return ImmutableFatalityValue.of(value);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FatalityValue}. Not thread-safe. */
  class Builder extends ImmutableFatalityValue.Builder {}
}
