package org.sahelevents.core.taxonomy;

import static org.sahelevents.core.taxonomy.DisorderType.DEMONSTRATIONS;
import static org.sahelevents.core.taxonomy.DisorderType.POLITICAL_VIOLENCE;
import static org.sahelevents.core.taxonomy.DisorderType.STRATEGIC_DEVELOPMENTS;
import static org.sahelevents.core.taxonomy.EventType.BATTLES;
import static org.sahelevents.core.taxonomy.EventType.EXPLOSIONS_REMOTE_VIOLENCE;
import static org.sahelevents.core.taxonomy.EventType.PROTESTS;
import static org.sahelevents.core.taxonomy.EventType.RIOTS;
import static org.sahelevents.core.taxonomy.EventType.VIOLENCE_AGAINST_CIVILIANS;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * ACLED's 25 sub-event types, each with its parent {@link EventType} and the {@link DisorderType}s it implies, in
 * ACLED's hierarchical order within each event type.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum SubEventType {
  GOVERNMENT_REGAINS_TERRITORY("Government regains territory", BATTLES, POLITICAL_VIOLENCE),
  NON_STATE_ACTOR_OVERTAKES_TERRITORY("Non-state actor overtakes territory", BATTLES, POLITICAL_VIOLENCE),
  ARMED_CLASH("Armed clash", BATTLES, POLITICAL_VIOLENCE),

  EXCESSIVE_FORCE_AGAINST_PROTESTERS("Excessive force against protesters", PROTESTS, POLITICAL_VIOLENCE,
      DEMONSTRATIONS),
  PROTEST_WITH_INTERVENTION("Protest with intervention", PROTESTS, DEMONSTRATIONS),
  PEACEFUL_PROTEST("Peaceful protest", PROTESTS, DEMONSTRATIONS),

  VIOLENT_DEMONSTRATION("Violent demonstration", RIOTS, DEMONSTRATIONS),
  MOB_VIOLENCE("Mob violence", RIOTS, POLITICAL_VIOLENCE),

  CHEMICAL_WEAPON("Chemical weapon", EXPLOSIONS_REMOTE_VIOLENCE, POLITICAL_VIOLENCE),
  AIR_DRONE_STRIKE("Air/drone strike", EXPLOSIONS_REMOTE_VIOLENCE, POLITICAL_VIOLENCE),
  SUICIDE_BOMB("Suicide bomb", EXPLOSIONS_REMOTE_VIOLENCE, POLITICAL_VIOLENCE),
  SHELLING_ARTILLERY_MISSILE_ATTACK("Shelling/artillery/missile attack", EXPLOSIONS_REMOTE_VIOLENCE,
      POLITICAL_VIOLENCE),
  REMOTE_EXPLOSIVE_LANDMINE_IED("Remote explosive/landmine/IED", EXPLOSIONS_REMOTE_VIOLENCE, POLITICAL_VIOLENCE),
  GRENADE("Grenade", EXPLOSIONS_REMOTE_VIOLENCE, POLITICAL_VIOLENCE),

  SEXUAL_VIOLENCE("Sexual violence", VIOLENCE_AGAINST_CIVILIANS, POLITICAL_VIOLENCE),
  ATTACK("Attack", VIOLENCE_AGAINST_CIVILIANS, POLITICAL_VIOLENCE),
  ABDUCTION_FORCED_DISAPPEARANCE("Abduction/forced disappearance", VIOLENCE_AGAINST_CIVILIANS, POLITICAL_VIOLENCE),

  AGREEMENT("Agreement", EventType.STRATEGIC_DEVELOPMENTS, STRATEGIC_DEVELOPMENTS),
  ARRESTS("Arrests", EventType.STRATEGIC_DEVELOPMENTS, STRATEGIC_DEVELOPMENTS),
  CHANGE_TO_GROUP_ACTIVITY("Change to group/activity", EventType.STRATEGIC_DEVELOPMENTS, STRATEGIC_DEVELOPMENTS),
  DISRUPTED_WEAPONS_USE("Disrupted weapons use", EventType.STRATEGIC_DEVELOPMENTS, STRATEGIC_DEVELOPMENTS),
  HEADQUARTERS_OR_BASE_ESTABLISHED("Headquarters or base established", EventType.STRATEGIC_DEVELOPMENTS,
      STRATEGIC_DEVELOPMENTS),
  LOOTING_PROPERTY_DESTRUCTION("Looting/property destruction", EventType.STRATEGIC_DEVELOPMENTS,
      STRATEGIC_DEVELOPMENTS),
  NON_VIOLENT_TRANSFER_OF_TERRITORY("Non-violent transfer of territory", EventType.STRATEGIC_DEVELOPMENTS,
      STRATEGIC_DEVELOPMENTS),
  OTHER("Other", EventType.STRATEGIC_DEVELOPMENTS, STRATEGIC_DEVELOPMENTS);

  private static final Terms<SubEventType> TERMS =
      Terms.of("sub-event type", values(), s -> Stream.of(s.label), SubEventType::label);

  private final String label;
  private final EventType eventType;
  private final Set<DisorderType> disorderTypes;

  SubEventType(String label, EventType eventType, DisorderType first, DisorderType... rest) {
    this.label = label;
    this.eventType = eventType;
    this.disorderTypes = Collections.unmodifiableSet(EnumSet.of(first, rest));
  }

  /** The label ACLED uses, for example {@code "Air/drone strike"}. */
  public String label() {
    return label;
  }

  /** The event type this sub-event type belongs to. */
  public EventType eventType() {
    return eventType;
  }

  /** The disorder types this sub-event type implies: one, or two for excessive force against protesters. */
  public Set<DisorderType> disorderTypes() {
    return disorderTypes;
  }

  /**
   * Parses a sub-event type label, ignoring case, spacing and the known spelling variants
   * ({@code "Excessive force against protestors"}).
   *
   * @throws UnknownTermException if the label is not a sub-event type
   */
  public static SubEventType parse(String label) {
    return TERMS.lookup(label);
  }
}
