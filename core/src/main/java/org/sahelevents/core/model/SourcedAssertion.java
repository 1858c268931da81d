package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.sahelevents.core.validation.CheckInvariants;
import org.sahelevents.core.validation.NormalizedText;

/**
 * The atom of the model: one source's statement of one field of one subject. "AFP, citing diplomatic and security
 * sources, reported at least 77 dead" is an assertion about the incident's {@code fatalities}, with the AFP document
 * it was reported in, the speakers it is attributed to, the quote, an Admiralty credibility grade, a rank, the time
 * it holds for (valid time) and the time it was recorded (knowledge time). Contested values are stored side by side
 * and a {@link org.sahelevents.core.resolution.ResolutionPolicy} picks the current one.
 *
 * <p>Invariants: {@code AFFIRMS} and {@code DENIES} carry a value, {@code UNKNOWN_VALUE} and {@code NO_VALUE} do not;
 * a reporting document is required unless the assertion is an {@code ANALYST_INFERENCE}; a deprecated assertion
 * gives its reason; an assertion does not supersede itself.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CheckInvariants
@JsonSerialize(as = ImmutableSourcedAssertion.class)
@JsonDeserialize(as = ImmutableSourcedAssertion.class)
public interface SourcedAssertion extends Serializable {
  @NotNull
  @Valid
  AssertionId getId();

  /** What the assertion is about. */
  @NotNull
  @Valid
  SubjectRef getSubject();

  /** Which field of the subject: {@code "fatalities"}, {@code "perpetrator"}, {@code "controller"}. */
  @NotNull
  @Pattern(regexp = "[a-z][A-Za-z0-9_.\\[\\]-]*", message = "must be a field name such as \"fatalities\"")
  String getField();

  /** The value asserted; absent for {@code UNKNOWN_VALUE} and {@code NO_VALUE}. */
  Optional<@Valid AssertedValue> getValue();

  /** Default: {@link Polarity#AFFIRMS}. */
  @Value.Default
  default Polarity getPolarity() {
    return Polarity.AFFIRMS;
  }

  /** The document the assertion was reported in. */
  Optional<@Valid DocumentId> getReportedIn();

  /** Who originally said it, when the document reports someone else's words. */
  Optional<@Valid Attribution> getAttributedTo();

  @NotNull
  AttributionKind getAttributionKind();

  Optional<@Valid Quote> getQuote();

  /** The Admiralty credibility of the information. */
  @NotNull
  Credibility getCredibility();

  /** Default: {@link Rank#NORMAL}. */
  @Value.Default
  default Rank getRank() {
    return Rank.NORMAL;
  }

  /** Why the assertion is preferred or deprecated: "contradicts contemporaneous reports". */
  Optional<@NormalizedText String> getRankReason();

  /** When the asserted fact holds in the world. */
  Optional<@Valid TemporalExtent> getValidTime();

  /** When the assertion was recorded (knowledge time). */
  @NotNull
  Instant getRecordedAt();

  /** The assertion this one replaces, such as an earlier figure from the same source. */
  Optional<@Valid AssertionId> getSupersedes();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourcedAssertion}. Not thread-safe. */
  class Builder extends ImmutableSourcedAssertion.Builder {}
}
