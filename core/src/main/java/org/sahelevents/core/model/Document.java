package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.sahelevents.core.validation.CheckInvariants;
import org.sahelevents.core.validation.LanguageTag;
import org.sahelevents.core.validation.NormalizedText;

/**
 * One report from a {@link Source}: an article, a communiqué, a video, a data set row. It is retrieved no earlier than
 * it was published.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CheckInvariants
@JsonSerialize(as = ImmutableDocument.class)
@JsonDeserialize(as = ImmutableDocument.class)
public interface Document extends Serializable {
  @NotNull
  @Valid
  DocumentId getId();

  @NotNull
  @Valid
  SourceId getSource();

  Optional<@NormalizedText String> getTitle();

  Optional<URI> getUrl();

  Optional<@LanguageTag String> getLanguage();

  /** When it was published (knowledge time). */
  Optional<Instant> getPublishedAt();

  /** When it was retrieved; not before {@link #getPublishedAt()}. */
  Optional<Instant> getRetrievedAt();

  /** Its identifier in the source, such as an ACLED {@code event_id_cnty}. */
  Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> getExternalRef();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Document}. Not thread-safe. */
  class Builder extends ImmutableDocument.Builder {}
}
