package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.sahelevents.core.validation.NormalizedText;

/**
 * A counted quantity as an asserted value, such as "over 100 tanker trucks destroyed". Cumulative counts carry the
 * date they hold on, so that later, higher counts read as revisions rather than contradictions.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("quantity")
@JsonSerialize(as = ImmutableQuantityValue.class)
@JsonDeserialize(as = ImmutableQuantityValue.class)
public non-sealed interface QuantityValue extends AssertedValue {
  @PositiveOrZero
  long getAmount();

  /** What is counted: "tanker trucks destroyed". */
  @NotNull
  @NormalizedText
  String getUnit();

  /** Whether the amount is exact or a lower or upper bound. */
  @NotNull
  FatalityQualifier getQualifier();

  /** The date a cumulative count holds on. */
  Optional<LocalDate> getAsOf();

  @Override
  default String describe() {
    return getAmount() + " " + getUnit();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QuantityValue}. Not thread-safe. */
  class Builder extends ImmutableQuantityValue.Builder {}
}
