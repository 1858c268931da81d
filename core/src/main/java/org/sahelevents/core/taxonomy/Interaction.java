package org.sahelevents.core.taxonomy;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ACLED interaction: the pair of actor types of actor 1 and actor 2, or one actor type alone. Its numeric code
 * puts the lower actor type first ({@code 37}, never {@code 73}), with 0 for "no second actor" ({@code 20}); its
 * text form is {@code "State forces-Rebel group"} or {@code "Rebel group only"}. Actor order does not matter:
 * {@code of(REBEL_GROUP, STATE_FORCES)} equals {@code of(STATE_FORCES, REBEL_GROUP)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Interaction implements Serializable {
  private static final long serialVersionUID = 1L;

  // Every interaction, made once, by the codes of its actor types (0 for none): tables check and write one per row.
  private static final Interaction[][] BY_CODES = byCodes();
  // Every valid code and current label, so that parsing a column of them costs one lookup.
  private static final LabelTable<Interaction> KNOWN = new LabelTable<>(known());

  private final ActorType first;
  private final ActorType second;
  // Not serialized: a deserialized interaction resolves to the shared instance, which has it.
  private final transient String label;

  private Interaction(ActorType first, ActorType second) {
    this.first = first;
    this.second = second;
    if (second == null) {
      this.label = first.label() + " only";
    } else if (first == ActorType.CIVILIANS && second == ActorType.EXTERNAL_OTHER_FORCES) {
      this.label = second.label() + "-" + first.label();
    } else {
      this.label = first.label() + "-" + second.label();
    }
  }

  /** The interaction of one actor type alone, for example {@code "Rebel group only"} (code 20). */
  public static Interaction only(ActorType actorType) {
    return BY_CODES[Objects.requireNonNull(actorType, "actorType").code()][0];
  }

  /** The interaction of two actor types, in either order. */
  public static Interaction of(ActorType one, ActorType other) {
    Objects.requireNonNull(one, "one");
    Objects.requireNonNull(other, "other");
    return BY_CODES[Math.min(one.code(), other.code())][Math.max(one.code(), other.code())];
  }

  /** The interaction of actor 1's type and, when there is an actor 2, its type. */
  public static Interaction of(ActorType actor1, Optional<ActorType> actor2) {
    return actor2.map(other -> of(actor1, other)).orElseGet(() -> only(actor1));
  }

  /** The actor type with the lower code. */
  public ActorType first() {
    return first;
  }

  /** The other actor type; empty when the interaction is "... only". */
  public Optional<ActorType> second() {
    return Optional.ofNullable(second);
  }

  /** The numeric code, for example 13 for state forces and a political militia, or 20 for a rebel group alone. */
  public int code() {
    return first.code() * 10 + (second == null ? 0 : second.code());
  }

  /**
   * The text form ACLED uses, for example {@code "State forces-Political militia"} or {@code "Rebel group only"}.
   * The lower type comes first, except in ACLED's one exception: 78 is {@code "External/Other forces-Civilians"}.
   */
  public String label() {
    return label;
  }

  /**
   * Parses an interaction written as a code ({@code "13"}) or as text ({@code "State forces-Political militia"},
   * {@code "Rebel group only"}; either order, any case, older labels accepted, and acledR's
   * {@code "Sole State Forces"} for "... only").
   *
   * @throws UnknownTermException if the value is not an interaction, including codes whose digits are in the wrong
   *     order such as {@code 73}
   */
  public static Interaction parse(String value) {
    Interaction known = value == null ? null : KNOWN.get(value);
    if (known != null) {
      return known;
    }
    String text = value == null ? "" : value.strip();
    if (!text.isEmpty() && text.length() <= 2 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return fromCode(Integer.parseInt(text));
    }
    String lower = Terms.key(text);
    if (lower.endsWith(" only")) {
      return only(requireType(text, text.substring(0, text.length() - " only".length())));
    }
    if (lower.startsWith("sole ")) {
      return only(requireType(text, text.substring("sole ".length())));
    }
    int dash = text.indexOf('-');
    if (dash < 0) {
      throw invalid(text);
    }
    return of(requireType(text, text.substring(0, dash)), requireType(text, text.substring(dash + 1)));
  }

  /**
   * Returns the interaction with this numeric code.
   *
   * @throws UnknownTermException if the code is not a valid interaction code
   */
  public static Interaction fromCode(int code) {
    int firstDigit = code / 10;
    int secondDigit = code % 10;
    if (code < 10 || code > 88 || (secondDigit != 0 && secondDigit < firstDigit)) {
      String hint = secondDigit != 0 && secondDigit < firstDigit && code <= 88
          ? " (the lower actor type comes first: " + (secondDigit * 10 + firstDigit) + ")"
          : "";
      throw new UnknownTermException("interaction code", Integer.toString(code),
          "two digits from 1 to 8, the second 0 or not lower than the first" + hint);
    }
    ActorType first = ActorType.fromCode(firstDigit).orElseThrow();
    return ActorType.fromCode(secondDigit).map(second -> of(first, second)).orElseGet(() -> only(first));
  }

  // One instance per pair, after deserialization too.
  private Object readResolve() {
    return second == null ? only(first) : of(first, second);
  }

  private static Interaction[][] byCodes() {
    int size = Arrays.stream(ActorType.values()).mapToInt(ActorType::code).max().orElse(0) + 1;
    Interaction[][] byCodes = new Interaction[size][size];
    for (ActorType a : ActorType.values()) {
      byCodes[a.code()][0] = new Interaction(a, null);
      for (ActorType b : ActorType.values()) {
        if (b.code() >= a.code()) {
          byCodes[a.code()][b.code()] = new Interaction(a, b);
        }
      }
    }
    return byCodes;
  }

  private static Map<String, Interaction> known() {
    Map<String, Interaction> known = new HashMap<>();
    for (ActorType a : ActorType.values()) {
      Interaction alone = only(a);
      known.put(Integer.toString(alone.code()), alone);
      known.put(alone.label(), alone);
      for (ActorType b : ActorType.values()) {
        if (b.code() >= a.code()) {
          Interaction pair = of(a, b);
          known.put(Integer.toString(pair.code()), pair);
          known.put(pair.label(), pair);
        }
      }
    }
    return known;
  }

  private static ActorType requireType(String whole, String part) {
    try {
      return ActorType.parse(part).orElseThrow(() -> invalid(whole));
    } catch (UnknownTermException e) {
      throw invalid(whole);
    }
  }

  private static UnknownTermException invalid(String value) {
    return new UnknownTermException("interaction", value,
        "a code such as 13, or text such as \"State forces-Political militia\" or \"Rebel group only\"");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Interaction that && first == that.first && second == that.second;
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, second);
  }

  @Override
  public String toString() {
    return code() + ": " + label();
  }
}
