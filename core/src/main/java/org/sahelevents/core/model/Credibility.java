package org.sahelevents.core.model;

import org.sahelevents.core.taxonomy.UnknownTermException;

/**
 * The Admiralty credibility grade of a {@link SourcedAssertion}, 1 to 6. It grades the information, independently
 * of the reliability of the source that reported it: Reuters accurately relaying an improbable boast is reliability
 * A, credibility 5.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Credibility {
  CONFIRMED(1, "confirmed by other sources"),
  PROBABLY_TRUE(2, "probably true"),
  POSSIBLY_TRUE(3, "possibly true"),
  DOUBTFUL(4, "doubtful"),
  IMPROBABLE(5, "improbable"),
  CANNOT_BE_JUDGED(6, "truth cannot be judged");

  private final int grade;
  private final String label;

  Credibility(int grade, String label) {
    this.grade = grade;
    this.label = label;
  }

  /** The Admiralty grade, 1 (confirmed) to 6 (cannot be judged). */
  public int grade() {
    return grade;
  }

  /** The grade's meaning in words, for example {@code "probably true"}. */
  public String label() {
    return label;
  }

  /**
   * Whether information of this grade counts as credible for ACLED's conservative rule: grades 1 to 3, and 6 (not
   * judged, so not discredited). Doubtful and improbable information is not.
   */
  public boolean isCredible() {
    return this != DOUBTFUL && this != IMPROBABLE;
  }

  /**
   * Returns the credibility with this Admiralty grade.
   *
   * @throws UnknownTermException if the grade is not 1 to 6
   */
  public static Credibility ofGrade(int grade) {
    for (Credibility c : values()) {
      if (c.grade == grade) {
        return c;
      }
    }
    throw new UnknownTermException("credibility grade", Integer.toString(grade), "a number from 1 to 6");
  }
}
