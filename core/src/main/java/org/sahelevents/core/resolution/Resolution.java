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
  private final String scope;

  private Resolution(String policy, SourcedAssertion chosen, String reason, List<Verdict> verdicts, String scope) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.chosen = chosen;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.verdicts = List.copyOf(verdicts);
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  /** A resolution that chose {@code chosen} for {@code reason}. */
  public static Resolution chosen(String policy, SourcedAssertion chosen, String reason, List<Verdict> verdicts) {
    return new Resolution(policy, Objects.requireNonNull(chosen, "chosen"), reason, verdicts, "");
  }

  /** A resolution that found no eligible candidate. */
  public static Resolution none(String policy, String reason, List<Verdict> verdicts) {
    return new Resolution(policy, null, reason, verdicts, "");
  }

  /**
   * This resolution as the answer to a question about time, such as "what was true on 2026-04-27 (valid time)",
   * with {@code verdicts} (which include the candidates set aside by time) replacing this one's.
   */
  public Resolution forScope(String scope, List<Verdict> verdicts) {
    return new Resolution(policy, chosen, reason, verdicts, scope);
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

  /**
   * The question about time this resolution answers, such as "what was true on 2026-04-27 (valid time)"; empty
   * when time played no part.
   */
  public Optional<String> scope() {
    return Optional.of(scope).filter(s -> !s.isEmpty());
  }

  /** Why the chosen assertion won, or why nothing was chosen. */
  public String reason() {
    return reason;
  }

  /** A verdict on every candidate, in the order given. */
  public List<Verdict> verdicts() {
    return verdicts;
  }

  /** The whole explanation: the policy and the question about time (if any), its choice and reason, then one line per candidate. */
  public String explanation() {
    String head = policy + scope().map(s -> ", for " + s).orElse("") + ": " + chosen().map(a -> "chose " + a.getId() + " ("
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
        && verdicts.equals(that.verdicts)
        && scope.equals(that.scope);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, chosen, reason, verdicts, scope);
  }

  @Override
  public String toString() {
    return explanation();
  }
}
