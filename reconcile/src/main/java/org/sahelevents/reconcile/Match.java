package org.sahelevents.reconcile;

import java.util.List;
import java.util.Objects;
import org.sahelevents.core.model.Incident;

/**
 * Two events, one from each data set, taken to describe the same incident: a score in [0, 1] and, rule by rule, the
 * reasons in words ("same day; 4.2 km apart, both exact; JNIM = JNIM; Battles ~ state-based").
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Match {
  private final Incident left;
  private final Incident right;
  private final double score;
  private final List<String> reasons;

  Match(Incident left, Incident right, double score, List<String> reasons) {
    this.left = Objects.requireNonNull(left);
    this.right = Objects.requireNonNull(right);
    this.score = score;
    this.reasons = List.copyOf(reasons);
  }

  /** The event of the left data set (ACLED, say). */
  public Incident left() {
    return left;
  }

  /** The event of the right data set (UCDP GED, say). */
  public Incident right() {
    return right;
  }

  /** How well the two agree, from 0 (barely within every rule) to 1 (same day, same point, same actors). */
  public double score() {
    return score;
  }

  /** One reason per rule, in the order date, place, actors, type of violence. */
  public List<String> reasons() {
    return reasons;
  }

  /** The reasons joined: "same day; 4.2 km apart, both exact; JNIM = JNIM; Battles ~ state-based". */
  public String explanation() {
    return String.join("; ", reasons);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Match m && m.left.equals(left) && m.right.equals(right) && m.score == score
        && m.reasons.equals(reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(left.getId(), right.getId(), score);
  }

  @Override
  public String toString() {
    return left.getId().getValue() + " ~ " + right.getId().getValue() + String.format(java.util.Locale.ROOT,
        " (%.2f): ", score) + explanation();
  }
}
