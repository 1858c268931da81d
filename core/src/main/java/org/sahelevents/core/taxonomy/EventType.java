package org.sahelevents.core.taxonomy;

import java.util.List;
import java.util.stream.Stream;

/**
 * ACLED's six event types, in ACLED's hierarchical order (concurrent tactics are coded as the highest type).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum EventType {
  BATTLES("Battles"),
  PROTESTS("Protests"),
  RIOTS("Riots"),
  EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
  VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
  STRATEGIC_DEVELOPMENTS("Strategic developments");

  private static final Terms<EventType> TERMS =
      Terms.of("event type", values(), e -> Stream.of(e.label), EventType::label);

  private final String label;

  EventType(String label) {
    this.label = label;
  }

  /** The label ACLED uses, for example {@code "Explosions/Remote violence"}. */
  public String label() {
    return label;
  }

  /** The sub-event types of this event type, in ACLED's hierarchical order. */
  public List<SubEventType> subEventTypes() {
    return Stream.of(SubEventType.values()).filter(s -> s.eventType() == this).toList();
  }

  /**
   * Parses a current ACLED event type label, ignoring case, spacing and the known spelling variants. The event
   * types of older exports ({@code "Remote violence"}, {@code "Battle-No change of territory"}) are not accepted
   * here: mapping them needs the row's other columns and belongs to the ACLED reader.
   *
   * @throws UnknownTermException if the label is not a current event type
   */
  public static EventType parse(String label) {
    return TERMS.lookup(label);
  }
}
