package org.sahelevents.core.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.sahelevents.core.model.AssertedValue;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.CasualtyKind;
import org.sahelevents.core.model.CasualtyScope;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Credibility;
import org.sahelevents.core.model.FatalityEstimate;
import org.sahelevents.core.model.FatalityValue;
import org.sahelevents.core.model.LocalizedName;
import org.sahelevents.core.model.Polarity;
import org.sahelevents.core.model.QuantityValue;
import org.sahelevents.core.model.Rank;
import org.sahelevents.core.model.Reliability;
import org.sahelevents.core.model.Source;
import org.sahelevents.core.model.SourcedAssertion;

/**
 * The standard resolution policies. Every policy first sets aside deprecated assertions, assertions that deny or
 * assert an unknown or absent value, and assertions superseded by another candidate; each then ranks what is left
 * in its own way, and breaks remaining ties by credibility, then the reliability of the reporting source, then the
 * most recent record, then the assertion id, so that the result never depends on input order.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum StandardPolicy implements ResolutionPolicy {
  /**
   * ACLED's rule for fatalities: "when there are conflicting reports, the most conservative estimate is recorded".
   * Among credible figures (credibility 1-3, or 6 when not judged) of deaths in total, the lowest wins. A figure is
   * an estimate's low, else best, else high; a vague term counts as ACLED codes it ("several" 3, "dozens" 12,
   * "hundreds" 100, and their French and Arabic equivalents); "casualties" alone counts as 0 deaths. Counts of
   * wounded or of one side only are set aside. For values that are not figures, the policy falls back to
   * {@link #PREFERRED_RANK}.
   */
  ACLED_CONSERVATIVE {
    @Override
    public Resolution resolve(List<SourcedAssertion> candidates, Catalog context) {
      if (candidates.stream().filter(a -> baseExclusion(a, candidates).isEmpty())
          .noneMatch(a -> a.getValue().filter(StandardPolicy::isFigure).isPresent())) {
        return PREFERRED_RANK.resolveAs(name(), candidates, context,
            "no candidate is a figure, so the preferred rank decides: ");
      }
      List<Verdict> verdicts = new ArrayList<>();
      List<SourcedAssertion> eligible = new ArrayList<>();
      Map<AssertionId, Long> figures = new HashMap<>();
      for (SourcedAssertion a : candidates) {
        Optional<String> exclusion = baseExclusion(a, candidates);
        if (exclusion.isEmpty() && !a.getCredibility().isCredible()) {
          exclusion = Optional.of("credibility " + grade(a.getCredibility()) + " is not credible enough for the"
              + " conservative rule");
        }
        Figure figure = exclusion.isPresent() ? null : figureOf(a.getValue().orElseThrow());
        if (figure != null && figure.value() < 0) {
          exclusion = Optional.of(figure.note());
        }
        if (exclusion.isPresent()) {
          verdicts.add(Verdict.excluded(a, exclusion.get()));
        } else {
          eligible.add(a);
          figures.put(a.getId(), figure.value());
          verdicts.add(Verdict.eligible(a, "figure " + figure.value() + figure.note() + ", credibility "
              + grade(a.getCredibility())));
        }
      }
      if (eligible.isEmpty()) {
        return Resolution.none(name(), "no credible figure of deaths in total", verdicts);
      }
      Comparator<SourcedAssertion> lowestFirst =
          Comparator.<SourcedAssertion>comparingLong(a -> figures.get(a.getId())).thenComparing(tieBreak(context));
      SourcedAssertion best = eligible.stream().min(lowestFirst).orElseThrow();
      return Resolution.chosen(name(), best, "it is the lowest credible figure (" + figures.get(best.getId())
          + ") among " + eligible.size() + " credible figure(s)", verdicts);
    }
  },

  /**
   * The assertion with the best Admiralty credibility (1 best, 5 worst, 6 "cannot be judged" after 5); ties go to
   * the more reliable reporting source.
   */
  HIGHEST_CREDIBILITY {
    @Override
    public Resolution resolve(List<SourcedAssertion> candidates, Catalog context) {
      return pick(candidates, context, tieBreak(context),
          a -> "credibility " + grade(a.getCredibility()) + ", source reliability " + reliability(a, context),
          "it has the best credibility");
    }
  },

  /** The assertion recorded last (knowledge time): the latest word, whoever said it. */
  MOST_RECENT {
    @Override
    public Resolution resolve(List<SourcedAssertion> candidates, Catalog context) {
      Comparator<SourcedAssertion> latestFirst =
          Comparator.comparing(SourcedAssertion::getRecordedAt).reversed().thenComparing(tieBreak(context));
      return pick(candidates, context, latestFirst, a -> "recorded " + a.getRecordedAt(),
          "it was recorded last");
    }
  },

  /**
   * Wikidata's rule: a preferred assertion wins over normal ones; among equals, the tie-break decides and the
   * explanation says how many shared the rank.
   */
  PREFERRED_RANK {
    @Override
    public Resolution resolve(List<SourcedAssertion> candidates, Catalog context) {
      return resolveAs(name(), candidates, context, "");
    }
  };

  Resolution resolveAs(String policyName, List<SourcedAssertion> candidates, Catalog context, String prefix) {
    Comparator<SourcedAssertion> preferredFirst =
        Comparator.comparing((SourcedAssertion a) -> a.getRank() != Rank.PREFERRED).thenComparing(tieBreak(context));
    Resolution r = pick(candidates, context, preferredFirst,
        a -> "rank " + a.getRank().name().toLowerCase(Locale.ROOT), "it has the best rank");
    long sameRank = r.chosen().map(c -> r.verdicts().stream()
        .filter(v -> v.isEligible() && v.assertion().getRank() == c.getRank()).count()).orElse(0L);
    String reason = prefix + r.reason() + (sameRank > 1
        ? " (" + sameRank + " share that rank; the tie went to credibility, source reliability, recency)"
        : "");
    return r.chosen()
        .map(c -> Resolution.chosen(policyName, c, reason, r.verdicts()))
        .orElseGet(() -> Resolution.none(policyName, prefix + r.reason(), r.verdicts()));
  }

  Resolution pick(List<SourcedAssertion> candidates, Catalog context, Comparator<SourcedAssertion> order,
      Function<SourcedAssertion, String> describe, String why) {
    List<Verdict> verdicts = new ArrayList<>();
    List<SourcedAssertion> eligible = new ArrayList<>();
    for (SourcedAssertion a : candidates) {
      Optional<String> exclusion = baseExclusion(a, candidates);
      if (exclusion.isPresent()) {
        verdicts.add(Verdict.excluded(a, exclusion.get()));
      } else {
        eligible.add(a);
        verdicts.add(Verdict.eligible(a, describe.apply(a)));
      }
    }
    return eligible.stream().min(order)
        .map(best -> Resolution.chosen(name(), best, why + " of " + eligible.size() + " eligible assertion(s)",
            verdicts))
        .orElseGet(() -> Resolution.none(name(), "no assertion is eligible", verdicts));
  }

  private static final Map<String, Integer> VAGUE_TERMS = vagueTerms();

  /** ACLED's fixed numbers for vague terms, taking the conservative one (3) where ACLED allows 3 or 10. */
  private static Map<String, Integer> vagueTerms() {
    Map<String, Integer> terms = new HashMap<>();
    for (String t : Set.of("several", "few", "a few", "many", "fatalities", "plusieurs", "quelques", "nombreux",
        "de nombreux", "des morts", "عدة", "عدد من", "قتلى")) {
      terms.put(LocalizedName.matchKey(t), 3);
    }
    for (String t : Set.of("dozens", "dizaines", "des dizaines", "عشرات")) {
      terms.put(LocalizedName.matchKey(t), 12);
    }
    for (String t : Set.of("hundreds", "centaines", "des centaines", "مئات")) {
      terms.put(LocalizedName.matchKey(t), 100);
    }
    return Map.copyOf(terms);
  }

  private record Figure(long value, String note) {}

  private static boolean isFigure(AssertedValue value) {
    return value instanceof FatalityValue || value instanceof QuantityValue;
  }

  // A negative value marks a figure that cannot be used; the note says why.
  private static Figure figureOf(AssertedValue value) {
    if (value instanceof QuantityValue q) {
      return new Figure(q.getAmount(), "");
    }
    if (!(value instanceof FatalityValue f)) {
      return new Figure(-1, "not a figure: " + value.describe());
    }
    FatalityEstimate e = f.getEstimate();
    if (e.getKind() == CasualtyKind.CASUALTIES_UNSPECIFIED) {
      return new Figure(0, " (\"casualties\" alone counts as 0 deaths)");
    }
    if (e.getKind() != CasualtyKind.KILLED) {
      return new Figure(-1, "counts " + e.getKind().name().toLowerCase(Locale.ROOT) + ", not deaths");
    }
    if (e.getScope() != CasualtyScope.TOTAL) {
      return new Figure(-1, "counts only " + e.getScope().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    OptionalInt number = e.getLow().or(e::getBest).or(e::getHigh).map(OptionalInt::of).orElse(OptionalInt.empty());
    if (number.isPresent()) {
      return new Figure(number.getAsInt(), " (" + e.describe() + ")");
    }
    Integer coded = e.getVagueTerm().map(LocalizedName::matchKey).map(VAGUE_TERMS::get).orElse(null);
    return coded == null
        ? new Figure(-1, "vague term " + e.getVagueTerm().map(t -> "\"" + t + "\"").orElse("(none)")
            + " has no ACLED number")
        : new Figure(coded, " (ACLED codes \"" + e.getVagueTerm().orElseThrow() + "\" as " + coded + ")");
  }

  private static Optional<String> baseExclusion(SourcedAssertion a, List<SourcedAssertion> all) {
    if (a.getRank() == Rank.DEPRECATED) {
      return Optional.of("deprecated" + a.getRankReason().map(r -> ": " + r).orElse(""));
    }
    if (a.getPolarity() != Polarity.AFFIRMS || a.getValue().isEmpty()) {
      return Optional.of(switch (a.getPolarity()) {
        case DENIES -> "denies " + a.getValue().map(AssertedValue::describe).orElse("the value");
        case UNKNOWN_VALUE -> "says the value is unknown";
        case NO_VALUE -> "says there is no value";
        case AFFIRMS -> "affirms no value";
      });
    }
    return all.stream()
        .filter(other -> other.getRank() != Rank.DEPRECATED
            && other.getSupersedes().filter(a.getId()::equals).isPresent())
        .findFirst()
        .map(other -> "superseded by " + other.getId());
  }

  private static Comparator<SourcedAssertion> tieBreak(Catalog context) {
    return Comparator.comparingInt((SourcedAssertion a) -> credibilityRank(a.getCredibility()))
        .thenComparing(a -> reliability(a, context))
        .thenComparing(SourcedAssertion::getRecordedAt, Comparator.reverseOrder())
        .thenComparing(SourcedAssertion::getId);
  }

  // Grade 6 ("cannot be judged") says nothing in favour of the information, so it ranks after grade 5.
  private static int credibilityRank(Credibility c) {
    return c == Credibility.CANNOT_BE_JUDGED ? 7 : c.grade();
  }

  private static Reliability reliability(SourcedAssertion a, Catalog context) {
    return context.reportingSource(a).map(Source::getReliability).orElse(Reliability.F);
  }

  private static String grade(Credibility c) {
    return c.grade() + " (" + c.label() + ")";
  }
}
