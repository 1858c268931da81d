package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.sahelevents.core.validation.NormalizedText;
import java.time.LocalDate;

/**
 * An announcement of something to come or begun: a blockade, an operation, an advisory.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("announcement")
@JsonSerialize(as = ImmutableAnnouncement.class)
@JsonDeserialize(as = ImmutableAnnouncement.class)
public non-sealed interface Announcement extends Claim {
  /** What was announced, in words. */
  @NotNull
  @NormalizedText
  String getStatement();

  /** When the announced measure takes effect. */
  Optional<LocalDate> getEffectiveFrom();

  /** The condition the announcement created, if it is modelled. */
  Optional<@Valid ConditionId> getCondition();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Announcement}. Not thread-safe. */
  class Builder extends ImmutableAnnouncement.Builder {}
}
