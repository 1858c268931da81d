package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sahelevents.core.validation.NormalizedText;

/**
 * A statement a party made: a claim of responsibility, a denial, a casualty figure, a claim to hold territory, an
 * announcement, or a characterisation ("terrorists"). A claim is a communicative act with its own claimant,
 * channel and time, not an attribute of the event it is about; the documents that relayed it are in
 * {@link #getReportedIn()}. In JSON the member {@code "claimType"} names the kind.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "claimType")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ResponsibilityClaim.class, name = "responsibility"),
  @JsonSubTypes.Type(value = Denial.class, name = "denial"),
  @JsonSubTypes.Type(value = CasualtyClaim.class, name = "casualty"),
  @JsonSubTypes.Type(value = TerritorialClaim.class, name = "territorial"),
  @JsonSubTypes.Type(value = Announcement.class, name = "announcement"),
  @JsonSubTypes.Type(value = Characterisation.class, name = "characterisation")
})
public sealed interface Claim extends Serializable
    permits ResponsibilityClaim, Denial, CasualtyClaim, TerritorialClaim, Announcement, Characterisation {
  @NotNull
  @Valid
  ClaimId getId();

  /** Who made the statement. */
  @NotNull
  @Valid
  ActorId getClaimant();

  /** How it was made: "az-Zallaqa video", "communiqué read on ORTM". */
  Optional<@NormalizedText String> getChannel();

  /** When it was made. */
  @NotNull
  @Valid
  TemporalExtent getMadeAt();

  /** Whether the statement is known to come from the claimant. Default: {@link AuthenticationStatus#UNVERIFIED}. */
  @Value.Default
  default AuthenticationStatus getAuthentication() {
    return AuthenticationStatus.UNVERIFIED;
  }

  /** The documents that relayed the statement; at least one. */
  @NotEmpty
  List<@Valid DocumentId> getReportedIn();
}
