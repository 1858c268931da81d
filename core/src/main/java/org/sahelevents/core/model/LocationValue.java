package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * A place as an asserted value: where something happened.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("location")
@JsonSerialize(as = ImmutableLocationValue.class)
@JsonDeserialize(as = ImmutableLocationValue.class)
public non-sealed interface LocationValue extends AssertedValue {
  @Value.Parameter
  @NotNull
  @Valid
  Location getLocation();

  @Override
  default String describe() {
    return getLocation().getName();
  }

  static LocationValue of(Location value) {
    return ImmutableLocationValue.of(value);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LocationValue}. Not thread-safe. */
  class Builder extends ImmutableLocationValue.Builder {}
}
