package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sahelevents.core.taxonomy.SourceScale;
import org.sahelevents.core.validation.CheckInvariants;
import org.sahelevents.core.validation.LanguageTag;

/**
 * An outlet or body that reports: a news agency (AP, Reuters), a newspaper (Le Monde), a broadcaster (ORTM, RFI), a
 * state body, an armed group's media arm (az-Zallaqa), a data set (ACLED). Its reliability grade (A-F) is about the
 * outlet; the credibility of each piece of information is on the {@link SourcedAssertion}.
 *
 * <p>A source of kind {@link SourceKind#UNNAMED} stands for reports whose outlet the document does not name
 * ("international reports", "security sources"): it has no homepage, and its reliability is F (cannot be judged);
 * validation warns when it is graded otherwise.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CheckInvariants
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
public interface Source extends Serializable {
  @NotNull
  @Valid
  SourceId getId();

  @NotNull
  @Valid
  LocalizedName getName();

  List<@Valid LocalizedName> getAliases();

  @NotNull
  SourceKind getKind();

  /** ACLED's scale of the source, when known. */
  Optional<SourceScale> getScale();

  /** The Admiralty reliability grade. Default: {@link Reliability#F} (cannot be judged). */
  @Value.Default
  default Reliability getReliability() {
    return Reliability.F;
  }

  /** The language it mostly publishes in. */
  Optional<@LanguageTag String> getLanguage();

  /** Where it is based, as ISO 3166-1 alpha-3. */
  Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as \"MLI\"") String>
      getCountryIso3();

  /** The actor it speaks for, if any: ORTM for the Malian state, az-Zallaqa for JNIM. */
  Optional<@Valid ActorId> getAffiliatedActor();

  Optional<URI> getHomepage();

  /**
   * Reports whose outlet is not named, in the words of the document that cites them: {@code unnamed(id,
   * "international reports", "en")}. Kind {@link SourceKind#UNNAMED}, reliability {@link Reliability#F}.
   */
  static Source unnamed(SourceId id, String description, String language) {
    return builder().id(id).name(LocalizedName.of(description, language, NameKind.OFFICIAL)).kind(SourceKind.UNNAMED)
        .reliability(Reliability.F).build();
  }

  /** Whether the source stands for unnamed reports rather than an outlet. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default boolean isUnnamed() {
    return getKind() == SourceKind.UNNAMED;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}. Not thread-safe. */
  class Builder extends ImmutableSource.Builder {}
}
