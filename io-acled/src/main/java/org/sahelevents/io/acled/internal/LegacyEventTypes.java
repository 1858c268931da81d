package org.sahelevents.io.acled.internal;

import java.util.Locale;
import java.util.Optional;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.SubEventType;

/**
 * The event types of ACLED files from before 2019, mapped to the current taxonomy. ACLED publishes no crosswalk; this
 * one follows the names: "Battle-No change of territory" is an armed clash; "Riots/Protests" is riots when an actor
 * is rioters and protests otherwise; "Remote violence", "Violence against civilians" and "Strategic development"
 * keep no sub-event type, because the old type does not tell which.
 */
public final class LegacyEventTypes {
  /** A legacy type mapped: the event type and, when the old type tells it, the sub-event type. */
  public record Mapped(EventType eventType, Optional<SubEventType> subEventType) {}

  private LegacyEventTypes() {}

  /** The mapping of an old event type; empty when the value is not one. */
  public static Optional<Mapped> map(String legacy, Optional<ActorType> inter1, Optional<ActorType> inter2) {
    String key = legacy.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return Optional.ofNullable(switch (key) {
      case "battle-no change of territory" -> of(EventType.BATTLES, SubEventType.ARMED_CLASH);
      case "battle-government regains territory" -> of(EventType.BATTLES, SubEventType.GOVERNMENT_REGAINS_TERRITORY);
      case "battle-non-state actor overtakes territory" ->
          of(EventType.BATTLES, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
      case "remote violence" -> new Mapped(EventType.EXPLOSIONS_REMOTE_VIOLENCE, Optional.empty());
      case "riots/protests" -> new Mapped(inter1.filter(t -> t == ActorType.RIOTERS)
          .or(() -> inter2.filter(t -> t == ActorType.RIOTERS)).isPresent() ? EventType.RIOTS : EventType.PROTESTS,
          Optional.empty());
      case "strategic development" -> new Mapped(EventType.STRATEGIC_DEVELOPMENTS, Optional.empty());
      case "non-violent transfer of territory" ->
          of(EventType.STRATEGIC_DEVELOPMENTS, SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
      case "headquarters or base established" ->
          of(EventType.STRATEGIC_DEVELOPMENTS, SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
      default -> null;
    });
  }

  private static Mapped of(EventType type, SubEventType sub) {
    return new Mapped(type, Optional.of(sub));
  }
}
