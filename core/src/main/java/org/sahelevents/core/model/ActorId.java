package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.immutables.value.Value;

/** The identifier of an {@link Actor}. Instances are immutable and thread-safe. */
@Value.Immutable(builder = false)
public abstract class ActorId extends ModelId {
  private static final long serialVersionUID = 1L;

  /** Returns the identifier with this value; {@link org.sahelevents.core.validation.ModelValidator} checks it. */
  @JsonCreator
  public static ActorId of(String value) {
    return ImmutableActorId.of(value);
  }
}
