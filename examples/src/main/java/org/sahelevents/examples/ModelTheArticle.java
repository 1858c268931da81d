package org.sahelevents.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahelevents.core.model.AssertedValue;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Claim;
import org.sahelevents.core.model.Condition;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.resolution.Resolution;
import org.sahelevents.core.resolution.StandardPolicy;
import org.sahelevents.core.validation.ModelValidator;
import org.sahelevents.core.validation.Violation;

/**
 * Teaches the point of the model: the late-April 2026 events in Mali ({@link MaliApril2026}) as one validated
 * catalog, with each contested fact printed side by side (every assertion with its source, its credibility and who
 * said it), then the value each resolution policy picks and why.
 *
 * <p>Run it with {@code java -cp cli/target/sahel-events.jar org.sahelevents.examples.ModelTheArticle}.
 */
public final class ModelTheArticle {
  private ModelTheArticle() {}

  // Kept in a field: the logging framework holds loggers weakly, and a collected one forgets its level.
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    print(MaliApril2026.catalog(), System.out);
  }

  /** Prints the catalog's validation result, contested facts and conditions. */
  public static void print(Catalog catalog, PrintStream out) {
    List<Violation> violations = ModelValidator.standard().validate(catalog);
    out.printf("Mali, late April 2026: %d actors, %d incidents, %d conditions, %d claims, %d assertions from %d "
            + "documents; %s%n", catalog.getActors().size(), catalog.getIncidents().size(),
        catalog.getConditions().size(), catalog.getClaims().size(), catalog.getAssertions().size(),
        catalog.getDocuments().size(), violations.isEmpty() ? "valid" : violations.size() + " problem(s):");
    violations.forEach(v -> out.println("  " + v));

    contested(catalog, out, SubjectRef.of(MaliApril2026.CAMARA_KILLING), MaliApril2026.FATALITIES,
        "How many were killed with Defence Minister Sadio Camara?");
    contested(catalog, out, SubjectRef.of(MaliApril2026.CAMARA_KILLING), MaliApril2026.MANNER,
        "How was he killed?");

    out.println();
    out.println("Claims");
    for (Claim c : catalog.getClaims()) {
      out.printf("  %-24s %s by %s%s, %s, reported in %s%n", c.getId(), c.getClass().getSimpleName()
              .replace("Immutable", ""), c.getClaimant(), c.getChannel().map(ch -> " via " + ch).orElse(""),
          c.getAuthentication().name().toLowerCase(Locale.ROOT), c.getReportedIn());
    }

    out.println();
    out.println("Conditions");
    for (Condition c : catalog.getConditions()) {
      List<String> parts = new ArrayList<>();
      c.getDirection().ifPresent(d -> parts.add(d.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
      if (!c.getRoutes().isEmpty()) {
        parts.add("on " + c.getRoutes());
      }
      parts.add(validity(c));
      out.printf("  %-19s %-26s %s%n", c.getKind(), c.getImposer().map(Object::toString).orElse("?")
          + c.getArea().map(a -> " over " + a.getName()).orElse(""), String.join(", ", parts));
    }
  }

  private static void contested(Catalog catalog, PrintStream out, SubjectRef subject, String field, String question) {
    out.println();
    out.println(question);
    for (SourcedAssertion a : catalog.assertionsAbout(subject, field)) {
      String source = catalog.reportingSource(a).map(s -> s.getName().getValue() + " (reliability "
          + s.getReliability() + ")").orElse("no document");
      out.printf("  %-28s %-32s credibility %d, per %s%s%n", a.getId(),
          a.getValue().map(AssertedValue::describe).orElse(a.getPolarity().name()), a.getCredibility().grade(),
          source, a.getQuote().map(q -> ": \"" + q.getTranslation().orElse(q.getText()) + "\"").orElse(""));
    }
    for (StandardPolicy policy : StandardPolicy.values()) {
      Resolution r = catalog.resolve(subject, field, policy);
      out.printf("  -> %-20s %s%n", policy, r.value().map(AssertedValue::describe).orElse("nothing")
          + ", because " + r.reason());
    }
  }

  private static String validity(Condition c) {
    String from = c.getValidity().getStart().map(Object::toString).orElse("?");
    String to = c.getValidity().getEnd().map(Object::toString).orElse("");
    return "valid " + from + " to " + (to.isEmpty() ? "now" : to);
  }
}
