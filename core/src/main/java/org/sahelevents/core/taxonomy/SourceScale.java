package org.sahelevents.core.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * ACLED's source scales (the {@code source_scale} column), which say how far from the event a source reports. A
 * scale "does not imply more or less legitimacy" (ACLED codebook).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum SourceScale {
  LOCAL_PARTNER("Local partner", "Local"),
  SUBNATIONAL("Subnational"),
  NATIONAL("National"),
  REGIONAL("Regional"),
  INTERNATIONAL("International"),
  NEW_MEDIA("New media"),
  OTHER("Other");

  private static final Terms<SourceScale> TERMS = Terms.of("source scale", values(),
      s -> Stream.concat(Stream.of(s.label), Stream.of(s.variants)), SourceScale::label);

  private final String label;
  private final String[] variants;

  SourceScale(String label, String... variants) {
    this.label = label;
    this.variants = variants;
  }

  /** The label ACLED uses, for example {@code "Local partner"}. */
  public String label() {
    return label;
  }

  /**
   * Parses one scale label, ignoring case.
   *
   * @throws UnknownTermException if the label is not a source scale
   */
  public static SourceScale parse(String label) {
    return TERMS.lookup(label);
  }

  /**
   * Parses an ACLED {@code source_scale} cell such as {@code "Local partner-National"}: scales joined with
   * {@code -}, in the order given. A blank cell gives an empty list.
   *
   * @throws UnknownTermException if a part is not a source scale
   */
  public static List<SourceScale> parseList(String cell) {
    List<SourceScale> result = new ArrayList<>(2);
    Terms.forEachPart(cell, '-', part -> result.add(parse(part)));
    return List.copyOf(result);
  }

  /** Formats scales as ACLED writes them: {@code "Local partner-National"}. */
  public static String format(List<SourceScale> scales) {
    return scales.stream().map(SourceScale::label).collect(Collectors.joining("-"));
  }
}
