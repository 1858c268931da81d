package org.sahelevents.core.resolution;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sahelevents.core.model.AssertedValue;
import org.sahelevents.core.model.SourcedAssertion;

/**
 * The outcome of resolving a contested field: the assertion a policy chose (none when no candidate was eligible),
 * a verdict on every candidate, and an explanation a person can read.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Resolution implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String policy;
  private final SourcedAssertion chosen;
  private final String reason;
  private final List<Verdict> verdicts;

  private Resolution(String policy, SourcedAssertion chosen, String reason, List<Verdict> verdicts) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.chosen = chosen;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.verdicts = List.copyOf(verdicts);
  }

  /** A resolution that chose {@code chosen} for {@code reason}. */
  public static Resolution chosen(String policy, SourcedAssertion chosen, String reason, List<Verdict> verdicts) {
    return new Resolution(policy, Objects.requireNonNull(chosen, "chosen"), reason, verdicts);
  }

  /** A resolution that found no eligible candidate. */
  public static Resolution none(String policy, String reason, List<Verdict> verdicts) {
    return new Resolution(policy, null, reason, verdicts);
  }

  /** The name of the policy that resolved the field. */
  public String policy() {
    return policy;
  }

  /** The chosen assertion; empty when none was eligible. */
  public Optional<SourcedAssertion> chosen() {
    return Optional.ofNullable(chosen);
  }

  /** The chosen value; empty when nothing was chosen. */
  public Optional<AssertedValue> value() {
    return chosen().flatMap(SourcedAssertion::getValue);
  }

  /** Why the chosen assertion won, or why nothing was chosen. */
  public String reason() {
    return reason;
  }

  /** A verdict on every candidate, in the order given. */
  public List<Verdict> verdicts() {
    return verdicts;
  }

  /** The whole explanation: the policy, its choice and reason, then one line per candidate. */
  public String explanation() {
    String head = policy + ": " + chosen().map(a -> "chose " + a.getId() + " ("
        + a.getValue().map(AssertedValue::describe).orElse(a.getPolarity().name()) + ")").orElse("chose nothing")
        + " because " + reason;
    return verdicts.stream().map(v -> "\n  - " + v).collect(Collectors.joining("", head, ""));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Resolution that
        && policy.equals(that.policy)
        && Objects.equals(chosen, that.chosen)
        && reason.equals(that.reason)
        && verdicts.equals(that.verdicts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, chosen, reason, verdicts);
  }

  @Override
  public String toString() {
    return explanation();
  }
}
