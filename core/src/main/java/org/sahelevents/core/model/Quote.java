package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;
import org.sahelevents.core.validation.CheckInvariants;
import org.sahelevents.core.validation.LanguageTag;

/**
 * The words an assertion rests on, in their language, with an optional translation (which then has its language).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CheckInvariants
@JsonSerialize(as = ImmutableQuote.class)
@JsonDeserialize(as = ImmutableQuote.class)
public interface Quote extends Serializable {
  @NotNull
  @NotBlank
  String getText();

  @NotNull
  @LanguageTag
  String getLanguage();

  Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> getTranslation();

  Optional<@LanguageTag String> getTranslationLanguage();

  static Quote of(String text, String language) {
    return builder().text(text).language(language).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Quote}. Not thread-safe. */
  class Builder extends ImmutableQuote.Builder {}
}
