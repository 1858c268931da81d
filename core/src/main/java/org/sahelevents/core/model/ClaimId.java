package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.immutables.value.Value;

/** The identifier of a {@link Claim}. Instances are immutable and thread-safe. */
@Value.Immutable(builder = false)
public abstract class ClaimId extends ModelId {
  private static final long serialVersionUID = 1L;

  /** Returns the identifier with this value; {@link org.sahelevents.core.validation.ModelValidator} checks it. */
  @JsonCreator
  public static ClaimId of(String value) {
    return ImmutableClaimId.of(value);
  }
}
