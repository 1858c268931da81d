package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.sahelevents.core.validation.CheckInvariants;

/**
 * An armed group, state force, government, person, alliance or other party: one canonical name, any number of
 * aliases in other languages and scripts, its ACLED actor type over time, and its identifiers in other data sets.
 * Relations between actors are {@link ActorRelation}s, each with its own sources.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CheckInvariants
@JsonSerialize(as = ImmutableActor.class)
@JsonDeserialize(as = ImmutableActor.class)
public interface Actor extends Serializable {
  @NotNull
  @Valid
  ActorId getId();

  /** The canonical name. */
  @NotNull
  @Valid
  LocalizedName getName();

  /** Other names: acronyms, translations, transliterations, former names; unique per language, ignoring case. */
  List<@Valid LocalizedName> getAliases();

  @NotNull
  ActorKind getKind();

  /**
   * ACLED's actor type over time, each period with its sources: it follows the group's goals and can change (rebel
   * group to state forces). The periods must not overlap.
   */
  List<@Valid ActorTypeAssignment> getAcledTypes();

  /** Where the actor comes from, as ISO 3166-1 alpha-3. */
  Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as \"MLI\"") String>
      getCountryIso3();

  /** When it was founded, when known; not after {@link #getDissolved()}. */
  Optional<LocalDate> getFounded();

  /** When it was dissolved or merged into another, when it was. */
  Optional<LocalDate> getDissolved();

  /**
   * Identifiers in other schemes, keyed by scheme: {@code "acled"} (the ACLED actor string), {@code "wikidata"},
   * {@code "ucdp"}.
   */
  Map<@Pattern(regexp = "[a-z][a-z0-9_-]*", message = "must be a lower-case scheme name such as \"wikidata\"") String,
      @NotBlank String> getExternalIds();

  /** The canonical name followed by the aliases. */
  default Stream<LocalizedName> allNames() {
    return Stream.concat(Stream.of(getName()), getAliases().stream());
  }

  /** Whether any name matches the text, ignoring case, accents and Unicode normal form. */
  default boolean isNamed(String text) {
    String key = LocalizedName.matchKey(text);
    return allNames().anyMatch(n -> n.matchKey().equals(key));
  }

  /** The ACLED actor type on a date, if one is recorded for it. */
  default Optional<org.sahelevents.core.taxonomy.ActorType> acledTypeOn(LocalDate date) {
    return getAcledTypes().stream()
        .filter(a -> a.getValidity().map(v -> v.contains(date)).orElse(true))
        .map(ActorTypeAssignment::getType)
        .findFirst();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Actor}. Not thread-safe. */
  class Builder extends ImmutableActor.Builder {}
}
