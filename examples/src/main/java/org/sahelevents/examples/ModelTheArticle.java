package org.sahelevents.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.sahelevents.core.json.ModelJson;
import org.sahelevents.core.model.ActorRelation;
import org.sahelevents.core.model.AssertedValue;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.Attribution;
import org.sahelevents.core.model.BlockadeAxis;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Claim;
import org.sahelevents.core.model.ClaimId;
import org.sahelevents.core.model.Condition;
import org.sahelevents.core.model.ConditionId;
import org.sahelevents.core.model.DateInterval;
import org.sahelevents.core.model.DocumentId;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.resolution.Resolution;
import org.sahelevents.core.resolution.StandardPolicy;
import org.sahelevents.core.validation.ModelValidator;
import org.sahelevents.core.validation.Violation;
import org.sahelevents.examples.MaliApril2026.Fact;
import org.sahelevents.examples.MaliApril2026.Ref;

/**
 * Teaches the point of the model: the article of 2 May 2026 on Mali ({@link MaliApril2026}) as one validated catalog.
 * For each of its statements F1-F19 it prints the statement, who said it and who reported it (read from the model's
 * claims and assertions, not written out by hand) and what the statement became in the model; then the facts added
 * from elsewhere with their sources and credibility; then, for each contested field, every version side by side and
 * the value each resolution policy picks and why.
 *
 * <p>Run it with {@code java -cp cli/target/sahel-events.jar org.sahelevents.examples.ModelTheArticle [--json FILE]};
 * with {@code --json FILE} it also writes the whole catalog in the model's JSON.
 *
 * <p>Stateless and thread-safe.
 */
public final class ModelTheArticle {
  private ModelTheArticle() {}

  // Kept in a field: the logging framework holds loggers weakly, and a collected one forgets its level.
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  /** The questions the contested fields answer, by subject and field; other contested fields are named as they are. */
  private static final Map<String, String> QUESTIONS = Map.of(
      key(SubjectRef.of(MaliApril2026.CAMARA_KILLING), MaliApril2026.FATALITIES),
      "How many were killed with Defence Minister Sadio Camara?",
      key(SubjectRef.of(MaliApril2026.CAMARA_KILLING), MaliApril2026.MANNER), "How was he killed?",
      key(SubjectRef.of(MaliApril2026.CAMARA_KILLING), MaliApril2026.TIME), "When was he killed?");

  public static void main(String[] args) throws IOException {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    if (args.length != 0 && !(args.length == 2 && args[0].equals("--json"))) {
      System.err.println("usage: ModelTheArticle [--json FILE]");
      System.exit(2);
    }
    Catalog catalog = MaliApril2026.catalog();
    print(catalog, System.out);
    if (args.length == 2) {
      Path file = Path.of(args[1]);
      writeJson(catalog, file);
      System.out.println();
      System.out.println("Wrote the catalog in the model's JSON to " + file);
    }
  }

  /** Writes the catalog in the model's JSON (UTF-8, indented). */
  public static void writeJson(Catalog catalog, Path file) throws IOException {
    Files.writeString(file, ModelJson.create().pretty().write(catalog), StandardCharsets.UTF_8);
  }

  /** Prints the validation result, the facts F1-F19 with their speakers and reporters, and the contested fields. */
  public static void print(Catalog catalog, PrintStream out) {
    List<Violation> violations = ModelValidator.standard().validate(catalog);
    out.printf("Mali, late April 2026, from an Arabic-language news article of 2 May 2026: %d actors, %d incidents, "
            + "%d conditions, %d claims, %d assertions from %d documents; %s%n", catalog.getActors().size(),
        catalog.getIncidents().size(), catalog.getConditions().size(), catalog.getClaims().size(),
        catalog.getAssertions().size(), catalog.getDocuments().size(),
        violations.isEmpty() ? "valid" : violations.size() + " problem(s):");
    violations.forEach(v -> out.println("  " + v));

    out.println();
    out.println("The article's statements: who said each, who reported it, and what it is in the model");
    for (Fact fact : MaliApril2026.facts()) {
      out.println();
      out.printf("%-4s %s%n", fact.number(), fact.statement());
      out.printf("     said by      %s%n", names(catalog, speakers(catalog, fact.statements())));
      out.printf("     reported by  %s%n", names(catalog, reporters(catalog, fact.statements())));
      for (Ref ref : fact.statements()) {
        out.printf("     %-12s %s%n", "statement", describe(catalog, ref));
      }
      for (Ref ref : fact.objects()) {
        out.printf("     %-12s %s%n", "about", describe(catalog, ref));
      }
    }

    out.println();
    out.println("Added from elsewhere, each with its own source and credibility");
    for (Ref ref : MaliApril2026.fromElsewhere()) {
      out.printf("  %s%n", describe(catalog, ref));
      out.printf("      said by %s; reported by %s%n", names(catalog, speakers(catalog, List.of(ref))),
          names(catalog, reporters(catalog, List.of(ref))));
    }

    out.println();
    out.println("Contested fields: every version side by side, and each policy's choice");
    Map<String, List<SourcedAssertion>> byField = new LinkedHashMap<>();
    for (SourcedAssertion a : catalog.getAssertions()) {
      byField.computeIfAbsent(key(a.getSubject(), a.getField()), k -> new ArrayList<>()).add(a);
    }
    byField.values().stream().filter(versions -> versions.size() > 1).forEach(versions -> contested(catalog, out,
        versions.get(0).getSubject(), versions.get(0).getField()));
  }

  private static void contested(Catalog catalog, PrintStream out, SubjectRef subject, String field) {
    out.println();
    out.println(QUESTIONS.getOrDefault(key(subject, field), subject.getId() + " " + field + "?"));
    for (SourcedAssertion a : catalog.assertionsAbout(subject, field)) {
      String source = catalog.reportingSource(a).map(s -> s.getName().getValue() + " (reliability "
          + s.getReliability() + ")").orElse("no document");
      out.printf("  %-34s %-44s credibility %d, per %s%s%n", a.getId(),
          a.getValue().map(AssertedValue::describe).orElse(a.getPolarity().name()), a.getCredibility().grade(),
          source, a.getQuote().map(q -> ": \"" + q.getTranslation().orElse(q.getText()) + "\"").orElse(""));
    }
    for (StandardPolicy policy : StandardPolicy.values()) {
      Resolution r = catalog.resolve(subject, field, policy);
      out.printf("  -> %-20s %s%n", policy, r.value().map(AssertedValue::describe).orElse("nothing")
          + ", because " + r.reason());
    }
  }

  private static String key(SubjectRef subject, String field) {
    return subject.getKind() + ":" + subject.getId() + "#" + field;
  }

  /**
   * Who made the statements: {@code actor:ID} for a claimant or a speaker who is an actor, {@code source:ID} for an
   * outlet or unnamed reports, {@code described:WORDS} for a speaker described in words, {@code analyst} for an
   * analyst's inference. An assertion attributed to nobody is the reporting outlet's own statement.
   */
  public static Set<String> speakers(Catalog catalog, List<Ref> statements) {
    Set<String> found = new LinkedHashSet<>();
    for (Ref ref : statements) {
      switch (ref.kind()) {
        case "claim" -> catalog.claim(ClaimId.of(ref.id())).ifPresent(c -> found.add("actor:" + c.getClaimant()));
        case "assertion" -> catalog.assertion(AssertionId.of(ref.id())).ifPresent(a -> found.add(a.getAttributedTo()
            .map(ModelTheArticle::speaker)
            .orElseGet(() -> catalog.reportingSource(a).map(s -> "source:" + s.getId()).orElse("analyst"))));
        default -> throw new IllegalArgumentException("a statement is a claim or an assertion, not " + ref);
      }
    }
    return found;
  }

  private static String speaker(Attribution at) {
    return at.getActor().map(a -> "actor:" + a).or(() -> at.getSource().map(s -> "source:" + s))
        .orElseGet(() -> "described:" + at.getDescription().orElseThrow());
  }

  /** Who reported the statements or objects: {@code source:ID} of each document they were reported in. */
  public static Set<String> reporters(Catalog catalog, List<Ref> refs) {
    Set<String> found = new LinkedHashSet<>();
    for (Ref ref : refs) {
      for (DocumentId d : documents(catalog, ref)) {
        found.add(catalog.document(d).map(doc -> "source:" + doc.getSource()).orElse("document:" + d));
      }
      if (ref.kind().equals("assertion") && documents(catalog, ref).isEmpty()) {
        found.add("analyst");
      }
    }
    return found;
  }

  /** The documents an object was reported in; for an incident, those of the assertions about it. */
  public static List<DocumentId> documents(Catalog catalog, Ref ref) {
    return switch (ref.kind()) {
      case "claim" -> catalog.claim(ClaimId.of(ref.id())).map(Claim::getReportedIn).orElse(List.of());
      case "assertion" -> catalog.assertion(AssertionId.of(ref.id())).flatMap(SourcedAssertion::getReportedIn)
          .map(List::of).orElse(List.of());
      case "condition" -> catalog.condition(ConditionId.of(ref.id())).map(Condition::getReportedIn)
          .orElse(List.of());
      case "relation" -> relation(catalog, ref).map(ActorRelation::getReportedIn).orElse(List.of());
      case "incident" -> catalog.getAssertions().stream()
          .filter(a -> a.getSubject().equals(SubjectRef.of(IncidentId.of(ref.id()))))
          .flatMap(a -> a.getReportedIn().stream()).distinct().toList();
      default -> throw new IllegalArgumentException("no such kind of object: " + ref);
    };
  }

  /** Whether the catalog holds the object. */
  public static boolean exists(Catalog catalog, Ref ref) {
    return switch (ref.kind()) {
      case "claim" -> catalog.claim(ClaimId.of(ref.id())).isPresent();
      case "assertion" -> catalog.assertion(AssertionId.of(ref.id())).isPresent();
      case "condition" -> catalog.condition(ConditionId.of(ref.id())).isPresent();
      case "relation" -> relation(catalog, ref).isPresent();
      case "incident" -> catalog.incident(IncidentId.of(ref.id())).isPresent();
      default -> false;
    };
  }

  private static Optional<ActorRelation> relation(Catalog catalog, Ref ref) {
    return catalog.getRelations().stream().filter(r -> r.getId().getValue().equals(ref.id())).findFirst();
  }

  private static String names(Catalog catalog, Set<String> parties) {
    return parties.stream().map(p -> name(catalog, p)).collect(Collectors.joining(", "));
  }

  private static String name(Catalog catalog, String party) {
    String id = party.substring(party.indexOf(':') + 1);
    if (party.startsWith("actor:")) {
      return catalog.getActors().stream().filter(a -> a.getId().getValue().equals(id)).findFirst()
          .map(a -> a.getName().getValue()).orElse(id);
    }
    if (party.startsWith("source:")) {
      return catalog.getSources().stream().filter(s -> s.getId().getValue().equals(id)).findFirst()
          .map(s -> s.getName().getValue() + (s.isUnnamed() ? " (unnamed)" : "")).orElse(id);
    }
    return party.equals("analyst") ? "the analyst (an inference, no document)" : id;
  }

  private static String describe(Catalog catalog, Ref ref) {
    return switch (ref.kind()) {
      case "claim" -> catalog.claim(ClaimId.of(ref.id())).map(c -> claimKind(c) + " " + ref.id() + " by "
          + name(catalog, "actor:" + c.getClaimant()) + c.getChannel().map(ch -> " via " + ch).orElse("")
          + ", " + c.getAuthentication().name().toLowerCase(Locale.ROOT)).orElse("missing " + ref);
      case "assertion" -> catalog.assertion(AssertionId.of(ref.id())).map(a -> "assertion " + ref.id() + ": "
          + a.getSubject().getKind().name().toLowerCase(Locale.ROOT) + " " + a.getSubject().getId() + " "
          + a.getField() + " = " + a.getValue().map(AssertedValue::describe).orElse(a.getPolarity().name())
          + " (credibility " + a.getCredibility().grade() + ")").orElse("missing " + ref);
      case "condition" -> catalog.condition(ConditionId.of(ref.id())).map(ModelTheArticle::condition)
          .orElse("missing " + ref);
      case "relation" -> relation(catalog, ref).map(r -> "relation " + r.getSubject() + " "
          + r.getType().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + r.getObject()
          + r.getValidity().map(v -> ", " + validity(v)).orElse("")).orElse("missing " + ref);
      case "incident" -> catalog.incident(IncidentId.of(ref.id())).map(ModelTheArticle::incident)
          .orElse("missing " + ref);
      default -> "unknown " + ref;
    };
  }

  private static String claimKind(Claim c) {
    String name = c.getClass().getSimpleName().replace("Immutable", "");
    return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private static String incident(Incident i) {
    return "incident " + i.getId() + ": " + i.getEventType().label()
        + i.getSubEventType().map(s -> " / " + s.label()).orElse("") + ", " + i.getTime().describe() + ", "
        + i.getLocation().getName() + i.getLocation().getDescription().map(d -> " (" + d + ")").orElse("")
        + i.getParent().map(p -> ", part of " + p).orElse("");
  }

  private static String condition(Condition c) {
    List<String> parts = new ArrayList<>();
    c.getImposer().ifPresent(i -> parts.add("by " + i));
    c.getArea().ifPresent(a -> parts.add("over " + a.getName()));
    c.getDirection().ifPresent(d -> parts.add(d.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    if (!c.getAxes().isEmpty()) {
      parts.add("roads " + c.getAxes().stream().map(ModelTheArticle::axis).collect(Collectors.joining(", ")));
    }
    parts.add(validity(c.getValidity()));
    return c.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " condition " + c.getId() + ": "
        + String.join(", ", parts);
  }

  private static String axis(BlockadeAxis a) {
    return a.getKey() + " " + a.getStatus().name().toLowerCase(Locale.ROOT)
        + a.getDirection().map(d -> " (" + d.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")").orElse("");
  }

  private static String validity(DateInterval v) {
    if (v.getStart().isEmpty() && v.getEnd().isEmpty()) {
      return "valid time not reported";
    }
    return "valid " + v.getStart().map(Object::toString).orElse("(start not reported)") + " to "
        + v.getEnd().map(Object::toString).orElse("(end not reported, or still holding)");
  }
}
