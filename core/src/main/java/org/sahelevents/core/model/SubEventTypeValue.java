package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.sahelevents.core.taxonomy.SubEventType;

/**
 * A sub-event type as an asserted value: what kind of event it was (a suicide bomb or an armed clash).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("subEventType")
@JsonSerialize(as = ImmutableSubEventTypeValue.class)
@JsonDeserialize(as = ImmutableSubEventTypeValue.class)
public non-sealed interface SubEventTypeValue extends AssertedValue {
  @Value.Parameter
  @NotNull
  SubEventType getSubEventType();

  @Override
  default String describe() {
    return getSubEventType().label();
  }

  static SubEventTypeValue of(SubEventType value) {
    return ImmutableSubEventTypeValue.of(value);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubEventTypeValue}. Not thread-safe. */
  class Builder extends ImmutableSubEventTypeValue.Builder {}
}
