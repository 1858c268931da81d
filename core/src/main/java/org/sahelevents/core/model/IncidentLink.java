package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.immutables.value.Value;

/**
 * A typed link from an incident to another: retaliation, sequence, or the same event in another data set. The
 * campaign an incident belongs to is its {@link Incident#getParent() parent}, not a link.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncidentLink.class)
@JsonDeserialize(as = ImmutableIncidentLink.class)
public interface IncidentLink extends Serializable {
  @NotNull
  IncidentLinkType getType();

  @NotNull
  @Valid
  IncidentId getTarget();

  static IncidentLink of(IncidentLinkType type, IncidentId target) {
    return builder().type(type).target(target).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IncidentLink}. Not thread-safe. */
  class Builder extends ImmutableIncidentLink.Builder {}
}
