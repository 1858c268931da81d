package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;
import org.sahelevents.core.validation.CheckInvariants;
import org.sahelevents.core.validation.NormalizedText;

/**
 * Who originally said what a document reports: a known actor ("the Malian army"), another source ("AFP, cited by
 * Le Monde"), or an unnamed speaker described in words ("security sources", "residents"). The claimant is not the
 * reporter: Reuters reporting JNIM's claim is attributed to JNIM and reported in a Reuters document. At least one of
 * the three is set.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CheckInvariants
@JsonSerialize(as = ImmutableAttribution.class)
@JsonDeserialize(as = ImmutableAttribution.class)
public interface Attribution extends Serializable {
  Optional<@Valid ActorId> getActor();

  Optional<@Valid SourceId> getSource();

  /** The speaker in words, for unnamed or unmodelled speakers: "diplomatic and security sources". */
  Optional<@NormalizedText String> getDescription();

  static Attribution actor(ActorId actor) {
    return builder().actor(actor).build();
  }

  static Attribution source(SourceId source) {
    return builder().source(source).build();
  }

  static Attribution described(String description) {
    return builder().description(description).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Attribution}. Not thread-safe. */
  class Builder extends ImmutableAttribution.Builder {}
}
