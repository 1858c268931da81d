package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.immutables.value.Value;

/** The identifier of a {@link SourcedAssertion}. Instances are immutable and thread-safe. */
@Value.Immutable(builder = false)
public abstract class AssertionId extends ModelId {
  private static final long serialVersionUID = 1L;

  /** Returns the identifier with this value; {@link org.sahelevents.core.validation.ModelValidator} checks it. */
  @JsonCreator
  public static AssertionId of(String value) {
    return ImmutableAssertionId.of(value);
  }
}
