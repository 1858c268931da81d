package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.sahelevents.core.validation.LanguageTag;
import org.sahelevents.core.validation.NormalizedText;

/**
 * A name in one language and script: "JNIM" (en, acronym), "Groupe de soutien à l'islam et aux musulmans" (fr,
 * translation) and "جماعة نصرة الإسلام والمسلمين" (ar, official) are names of one actor.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLocalizedName.class)
@JsonDeserialize(as = ImmutableLocalizedName.class)
public interface LocalizedName extends Serializable {
  /** The name as written, trimmed and in Unicode NFC. */
  @NotNull
  @NormalizedText
  String getValue();

  /** The BCP 47 language tag, for example {@code "ar"}, {@code "fr"} or {@code "ar-Latn"}. */
  @NotNull
  @LanguageTag
  String getLanguage();

  /** The kind of name. */
  @NotNull
  NameKind getKind();

  /** The ISO 15924 script code such as {@code "Arab"}, {@code "Latn"} or {@code "Tfng"}, when it matters. */
  Optional<@Pattern(regexp = "[A-Z][a-z]{3}", message = "must be an ISO 15924 script code such as \"Arab\"")
      String> getScript();

  /**
   * The key names are matched on: NFC, case folded, accents and white-space differences ignored, so "SEGOU",
   * "Ségou" and "Se\u0301gou" share a key.
   */
  default String matchKey() {
    return matchKey(getValue());
  }

  /** The match key of any text; see {@link #matchKey()}. */
  static String matchKey(String text) {
    String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return decomposed.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A name normalised to NFC and trimmed. */
  static LocalizedName of(String value, String language, NameKind kind) {
    return builder()
        .value(Normalizer.normalize(value.strip(), Normalizer.Form.NFC))
        .language(language)
        .kind(kind)
        .build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LocalizedName}. Not thread-safe. */
  class Builder extends ImmutableLocalizedName.Builder {}
}
