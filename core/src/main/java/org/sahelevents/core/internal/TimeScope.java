package org.sahelevents.core.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.resolution.AsOf;
import org.sahelevents.core.resolution.Resolution;
import org.sahelevents.core.resolution.ResolutionPolicy;
import org.sahelevents.core.resolution.TimeAxis;
import org.sahelevents.core.resolution.Verdict;

/**
 * Brings the two clocks into resolution. Assertions with different valid times form a series (a toll as of 26 April,
 * revised upward as of 28 April) and only the latest state competes; assertions with the same valid time, or none,
 * compete with each other. A question about a date first sets aside what lies after it on its clock.
 *
 * <p>The class is stateless and thread-safe.
 */
public final class TimeScope {
  private static final Comparator<TemporalExtent> STATE_ORDER =
      Comparator.comparing(TemporalExtent::getEarliest).thenComparing(TemporalExtent::getLatest);

  private TimeScope() {}

  /** Resolves the candidates for the latest state, or for {@code asOf} when it is present. */
  public static Resolution resolve(List<SourcedAssertion> candidates, ResolutionPolicy policy, Catalog context,
      Optional<AsOf> asOf) {
    Map<SourcedAssertion, String> setAside = new IdentityHashMap<>();
    List<SourcedAssertion> known = new ArrayList<>();
    for (SourcedAssertion a : candidates) {
      Optional<String> why = asOf.flatMap(q -> afterTheDate(a, q));
      if (why.isPresent()) {
        setAside.put(a, why.get());
      } else {
        known.add(a);
      }
    }
    Optional<TemporalExtent> current = known.stream().flatMap(a -> a.getValidTime().stream()).max(STATE_ORDER);
    List<SourcedAssertion> competing = new ArrayList<>();
    for (SourcedAssertion a : known) {
      Optional<TemporalExtent> valid = a.getValidTime();
      if (valid.isPresent() && STATE_ORDER.compare(valid.get(), current.orElseThrow()) != 0) {
        setAside.put(a, "an earlier state (valid " + valid.get().describe() + "), followed by the state valid "
            + current.get().describe() + ": a series, not a contradiction");
      } else {
        competing.add(a);
      }
    }
    Resolution r = policy.resolve(competing, context);
    if (asOf.isEmpty() && setAside.isEmpty()) {
      return r;
    }
    String scope = asOf.map(AsOf::describe)
        .orElseGet(() -> "the latest state (valid " + current.orElseThrow().describe() + ")");
    Iterator<Verdict> policyVerdicts = r.verdicts().iterator();
    List<Verdict> verdicts = new ArrayList<>();
    for (SourcedAssertion a : candidates) {
      String why = setAside.get(a);
      if (why != null) {
        verdicts.add(Verdict.excluded(a, why));
      } else if (policyVerdicts.hasNext()) {
        verdicts.add(policyVerdicts.next());
      }
    }
    policyVerdicts.forEachRemaining(verdicts::add);
    return r.forScope(scope, verdicts);
  }

  private static Optional<String> afterTheDate(SourcedAssertion a, AsOf q) {
    if (q.axis() == TimeAxis.RECORDED_TIME) {
      Instant endOfDay = q.date().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      return a.getRecordedAt().isBefore(endOfDay) ? Optional.empty()
          : Optional.of("recorded " + a.getRecordedAt() + ", after " + q.date());
    }
    return a.getValidTime().filter(v -> v.getEarliest().isAfter(q.date()))
        .map(v -> "holds from " + v.getEarliest() + ", after " + q.date());
  }
}
