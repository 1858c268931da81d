package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.immutables.value.Value;

/** The identifier of a road or route (for example {@code RN6}), resolved by the {@code geo} module. Instances are immutable and thread-safe. */
@Value.Immutable(builder = false)
public abstract class RouteId extends ModelId {
  private static final long serialVersionUID = 1L;

  /** Returns the identifier with this value; {@link org.sahelevents.core.validation.ModelValidator} checks it. */
  @JsonCreator
  public static RouteId of(String value) {
    return ImmutableRouteId.of(value);
  }
}
