package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.Serializable;

/**
 * The typed value of a {@link SourcedAssertion}: a fatality estimate, a time, a place, an actor, a sub-event type, a
 * quantity or a text. In JSON the member {@code "valueType"} names the kind.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "valueType")
@JsonSubTypes({
  @JsonSubTypes.Type(value = FatalityValue.class, name = "fatalities"),
  @JsonSubTypes.Type(value = TimeValue.class, name = "time"),
  @JsonSubTypes.Type(value = LocationValue.class, name = "location"),
  @JsonSubTypes.Type(value = ActorValue.class, name = "actor"),
  @JsonSubTypes.Type(value = SubEventTypeValue.class, name = "subEventType"),
  @JsonSubTypes.Type(value = QuantityValue.class, name = "quantity"),
  @JsonSubTypes.Type(value = TextValue.class, name = "text")
})
public sealed interface AssertedValue extends Serializable
    permits FatalityValue, TimeValue, LocationValue, ActorValue, SubEventTypeValue, QuantityValue, TextValue {
  /** The value in words, for explanations: "77 (at least)", "Kati", "Suicide bomb". */
  String describe();
}
