package org.sahelevents.core.taxonomy;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * ACLED's disorder types. An event has one, except <i>Excessive force against protesters</i>, which is both
 * political violence and a demonstration; ACLED writes that pair {@code "Political violence; Demonstrations"}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum DisorderType {
  POLITICAL_VIOLENCE("Political violence"),
  DEMONSTRATIONS("Demonstrations"),
  STRATEGIC_DEVELOPMENTS("Strategic developments");

  private static final Terms<DisorderType> TERMS =
      Terms.of("disorder type", values(), d -> Stream.of(d.label), DisorderType::label);

  private final String label;

  DisorderType(String label) {
    this.label = label;
  }

  /** The label ACLED uses, for example {@code "Political violence"}. */
  public String label() {
    return label;
  }

  /**
   * Parses one label, ignoring case and spacing.
   *
   * @throws UnknownTermException if the label is not a disorder type
   */
  public static DisorderType parse(String label) {
    return TERMS.lookup(label);
  }

  /**
   * Parses an ACLED {@code disorder_type} cell, which holds one label or several separated by {@code ;}.
   *
   * @throws UnknownTermException if a part is not a disorder type
   */
  public static Set<DisorderType> parseSet(String cell) {
    // Most cells hold one label, written as listed.
    DisorderType one = TERMS.exact(cell);
    if (one != null) {
      return EnumSet.of(one);
    }
    Set<DisorderType> result = EnumSet.noneOf(DisorderType.class);
    Terms.forEachPart(cell, ';', part -> result.add(parse(part)));
    return result;
  }

  /** Formats a set as ACLED writes it, in ACLED's order: {@code "Political violence; Demonstrations"}. */
  public static String format(Set<DisorderType> types) {
    if (types.size() == 1) {
      return types.iterator().next().label();
    }
    return types.stream().sorted().map(DisorderType::label).collect(Collectors.joining("; "));
  }
}
