package org.sahelevents.core.resolution;

import java.io.Serializable;
import java.util.Objects;
import org.sahelevents.core.model.SourcedAssertion;

/**
 * What a policy made of one candidate assertion: whether it could be chosen, and why (not).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Verdict implements Serializable {
  private static final long serialVersionUID = 1L;

  private final SourcedAssertion assertion;
  private final boolean eligible;
  private final String reason;

  private Verdict(SourcedAssertion assertion, boolean eligible, String reason) {
    this.assertion = Objects.requireNonNull(assertion, "assertion");
    this.eligible = eligible;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** A candidate the policy may choose; the reason says what it weighs ("figure 77"). */
  public static Verdict eligible(SourcedAssertion assertion, String reason) {
    return new Verdict(assertion, true, reason);
  }

  /** A candidate the policy set aside, and why ("deprecated: contradicts contemporaneous reports"). */
  public static Verdict excluded(SourcedAssertion assertion, String reason) {
    return new Verdict(assertion, false, reason);
  }

  public SourcedAssertion assertion() {
    return assertion;
  }

  public boolean isEligible() {
    return eligible;
  }

  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Verdict that
        && assertion.equals(that.assertion)
        && eligible == that.eligible
        && reason.equals(that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(assertion, eligible, reason);
  }

  @Override
  public String toString() {
    return assertion.getId() + (eligible ? " eligible: " : " excluded: ") + reason;
  }
}
