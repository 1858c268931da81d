package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * A time as an asserted value: when something happened or was announced.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("time")
@JsonSerialize(as = ImmutableTimeValue.class)
@JsonDeserialize(as = ImmutableTimeValue.class)
public non-sealed interface TimeValue extends AssertedValue {
  @Value.Parameter
  @NotNull
  @Valid
  TemporalExtent getTime();

  @Override
  default String describe() {
    return getTime().describe();
  }

  static TimeValue of(TemporalExtent value) {
    return ImmutableTimeValue.of(value);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TimeValue}. Not thread-safe. */
  class Builder extends ImmutableTimeValue.Builder {}
}
