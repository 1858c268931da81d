package org.sahelevents.core.taxonomy;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * ACLED's actor types (the {@code inter1} and {@code inter2} columns) with their numeric codes 1-8 and their text
 * labels. Code 0, which numeric exports write when there is no second actor, is "no actor" and parses to an empty
 * {@link Optional}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ActorType {
  STATE_FORCES(1, "State forces"),
  REBEL_GROUP(2, "Rebel group", "Rebel groups", "Rebel forces"),
  POLITICAL_MILITIA(3, "Political militia", "Political militias", "Militia groups"),
  IDENTITY_MILITIA(4, "Identity militia", "Identity militias", "Communal militia", "Communal militias",
      "Communal / identity groups"),
  RIOTERS(5, "Rioters"),
  PROTESTERS(6, "Protesters"),
  CIVILIANS(7, "Civilians"),
  EXTERNAL_OTHER_FORCES(8, "External/Other forces", "Foreign / others");

  private static final Terms<ActorType> TERMS = Terms.of("actor type", values(),
      t -> Stream.concat(Stream.of(t.label, Integer.toString(t.code)), Stream.of(t.variants)), ActorType::label);

  private final int code;
  private final String label;
  private final String[] variants;
  // What parse returns for this type: made once, as every row of a file parses two actor types.
  private final Optional<ActorType> parsed;

  ActorType(int code, String label, String... variants) {
    this.code = code;
    this.label = label;
    this.variants = variants;
    this.parsed = Optional.of(this);
  }

  /** The numeric code, 1 to 8. */
  public int code() {
    return code;
  }

  /** The current text label, for example {@code "Rebel group"}. */
  public String label() {
    return label;
  }

  /**
   * Returns the actor type with this numeric code.
   *
   * @return empty for 0 (no actor)
   * @throws UnknownTermException if the code is not 0 to 8
   */
  public static Optional<ActorType> fromCode(int code) {
    if (code == 0) {
      return Optional.empty();
    }
    for (ActorType type : values()) {
      if (type.code == code) {
        return Optional.of(type);
      }
    }
    throw new UnknownTermException("actor type code", Integer.toString(code), "a number from 0 to 8");
  }

  /**
   * Parses an actor type written as a number ({@code "2"}), a current label ({@code "Rebel group"}), a codebook
   * heading ({@code "Rebel Groups"}, {@code "Protestors"}) or an API actor-type label ({@code "Rebel Forces"},
   * {@code "Communal / Identity Groups"}), ignoring case.
   *
   * @return empty for a blank value or {@code "0"} (no actor)
   * @throws UnknownTermException if the value is none of these
   */
  public static Optional<ActorType> parse(String value) {
    ActorType exact = TERMS.exact(value);
    if (exact != null) {
      return exact.parsed;
    }
    if (value == null || value.isBlank() || value.strip().equals("0")) {
      return Optional.empty();
    }
    return TERMS.lookup(value).parsed;
  }
}
