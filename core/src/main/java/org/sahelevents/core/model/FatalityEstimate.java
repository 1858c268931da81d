package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.sahelevents.core.validation.CheckInvariants;
import org.sahelevents.core.validation.NormalizedText;

/**
 * A reported number of people killed (or wounded, captured, missing), as the report gave it: a low, best and high
 * figure, a qualifier such as "at least", and the original vague term ("dozens", "عشرات") when there was one.
 * Invariants: {@code 0 <= low <= best <= high} for the figures present; {@code AT_LEAST} has a low and no high;
 * {@code AT_MOST} has a high; {@code EXACT} and {@code APPROXIMATE} have a best; {@code RANGE} has a low and a high;
 * {@code VAGUE_TERM} keeps its term.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CheckInvariants
@JsonSerialize(as = ImmutableFatalityEstimate.class)
@JsonDeserialize(as = ImmutableFatalityEstimate.class)
public interface FatalityEstimate extends Serializable {
  /** The lowest figure reported. */
  Optional<@PositiveOrZero Integer> getLow();

  /** The most likely figure reported. */
  Optional<@PositiveOrZero Integer> getBest();

  /** The highest figure reported. */
  Optional<@PositiveOrZero Integer> getHigh();

  /** How the figures are qualified. */
  @NotNull
  FatalityQualifier getQualifier();

  /** The original vague term, for {@link FatalityQualifier#VAGUE_TERM}. */
  Optional<@NormalizedText String> getVagueTerm();

  /** What is counted. Default: {@link CasualtyKind#KILLED}. */
  @Value.Default
  default CasualtyKind getKind() {
    return CasualtyKind.KILLED;
  }

  /** Whose losses are counted. Default: {@link CasualtyScope#TOTAL}. */
  @Value.Default
  default CasualtyScope getScope() {
    return CasualtyScope.TOTAL;
  }

  /**
   * The date a cumulative count holds on, such as "over 100 tankers destroyed" as of October: counts with different
   * dates are revisions over time, not contradictions.
   */
  Optional<LocalDate> getAsOf();

  /** The estimate in words: "at least 77 killed", "\"dozens\" killed (own forces of claimant)". */
  default String describe() {
    String figures = switch (getQualifier()) {
      case EXACT -> getBest().map(String::valueOf).orElse("?");
      case AT_LEAST -> "at least " + getLow().map(String::valueOf).orElse("?");
      case AT_MOST -> "at most " + getHigh().map(String::valueOf).orElse("?");
      case APPROXIMATE -> "about " + getBest().map(String::valueOf).orElse("?");
      case RANGE -> getLow().map(String::valueOf).orElse("?") + " to " + getHigh().map(String::valueOf).orElse("?");
      case VAGUE_TERM -> "\"" + getVagueTerm().orElse("?") + "\"";
    };
    String what = " " + getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String scope = getScope() == CasualtyScope.TOTAL
        ? ""
        : " (" + getScope().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    return figures + what + scope + getAsOf().map(d -> " as of " + d).orElse("");
  }

  /** Exactly {@code n} killed. */
  static FatalityEstimate exact(int n) {
    return builder().best(n).qualifier(FatalityQualifier.EXACT).build();
  }

  /** At least {@code n} killed. */
  static FatalityEstimate atLeast(int n) {
    return builder().low(n).qualifier(FatalityQualifier.AT_LEAST).build();
  }

  /** Between {@code low} and {@code high} killed. */
  static FatalityEstimate range(int low, int high) {
    return builder().low(low).high(high).qualifier(FatalityQualifier.RANGE).build();
  }

  /** A vague term such as "dozens", with no figure. */
  static FatalityEstimate vague(String term) {
    return builder().vagueTerm(term).qualifier(FatalityQualifier.VAGUE_TERM).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FatalityEstimate}. Not thread-safe. */
  class Builder extends ImmutableFatalityEstimate.Builder {}
}
