package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sahelevents.core.taxonomy.DisorderType;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.SubEventType;
import org.sahelevents.core.validation.CheckInvariants;
import org.sahelevents.core.validation.NormalizedText;

/**
 * An event: what happened (ACLED event, sub-event and disorder types), when, where, who took part and how. A
 * coordinated campaign is an incident whose per-site, per-day incidents name it as their {@link #getParent() parent}.
 * Contested facts about an incident (how many died, who did it, how) are {@link SourcedAssertion}s about it in the
 * {@link Catalog}, resolved by a policy, never bare fields.
 *
 * <p>Invariants: the sub-event type belongs to the event type; the disorder types, when given with a sub-event type,
 * are those it implies; civilian targeting only for violence against civilians, explosions/remote violence, riots
 * and excessive force against protesters; a battle has a participant on each side (two sides of one group
 * count: ACLED records clashes within a group); an incident is not its own parent
 * nor linked to itself.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CheckInvariants
@JsonSerialize(as = ImmutableIncident.class)
@JsonDeserialize(as = ImmutableIncident.class)
public interface Incident extends Serializable {
  @NotNull
  @Valid
  IncidentId getId();

  /** A short title, for people. */
  Optional<@NormalizedText String> getTitle();

  @NotNull
  EventType getEventType();

  /** Absent in exports before 2019, which had no sub-event types. */
  Optional<SubEventType> getSubEventType();

  /** The disorder types; may be left empty when there is a sub-event type (see {@link #disorderTypes()}). */
  Set<DisorderType> getDisorderTypes();

  @NotNull
  @Valid
  TemporalExtent getTime();

  @NotNull
  @Valid
  Location getLocation();

  List<@Valid Participant> getParticipants();

  /** ACLED's {@code civilian_targeting}: civilians were the main or only target. Default: false. */
  @Value.Default
  default boolean isCivilianTargeting() {
    return false;
  }

  /** A description of the event, as ACLED's {@code notes}. */
  Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> getNotes();

  /** Structured extras, as ACLED's {@code tags}: {@code "crowd size=no report"}. */
  List<@NotBlank String> getTags();

  /** The campaign or operation this incident is part of. */
  Optional<@Valid IncidentId> getParent();

  List<@Valid IncidentLink> getLinks();

  /** Identifiers in other data sets, keyed by scheme: {@code "acled"} holds ACLED's {@code event_id_cnty}. */
  Map<@Pattern(regexp = "[a-z][a-z0-9_-]*", message = "must be a lower-case scheme name such as \"acled\"") String,
      @NotBlank String> getExternalIds();

  /** The disorder types given, or else those the sub-event type implies. */
  default Set<DisorderType> disorderTypes() {
    if (!getDisorderTypes().isEmpty()) {
      return getDisorderTypes();
    }
    return getSubEventType().map(SubEventType::disorderTypes).orElse(Set.of());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Incident}. Not thread-safe. */
  class Builder extends ImmutableIncident.Builder {}
}
