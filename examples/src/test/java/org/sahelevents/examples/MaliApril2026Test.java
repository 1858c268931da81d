package org.sahelevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.core.json.ModelJson;
import org.sahelevents.core.model.AxisStatus;
import org.sahelevents.core.model.BlockadeAxis;
import org.sahelevents.core.model.BlockadeDirection;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Condition;
import org.sahelevents.core.model.FatalityValue;
import org.sahelevents.core.model.SourceKind;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.model.TextValue;
import org.sahelevents.core.resolution.Resolution;
import org.sahelevents.core.resolution.StandardPolicy;
import org.sahelevents.core.validation.ModelValidator;
import org.sahelevents.examples.MaliApril2026.Fact;
import org.sahelevents.examples.MaliApril2026.Ref;

class MaliApril2026Test {
  private final Catalog mali = MaliApril2026.catalog();
  private final SubjectRef killing = SubjectRef.of(MaliApril2026.CAMARA_KILLING);

  private record Expected(String fact, String speaker, String reporter) {}

  private static JsonNode table() throws IOException {
    try (InputStream in = MaliApril2026Test.class.getResourceAsStream("/article-facts.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static List<Expected> expected() throws IOException {
    List<Expected> rows = new ArrayList<>();
    table().get("facts").forEach(f -> rows.add(new Expected(f.get("fact").asText(), f.get("speaker").asText(),
        f.get("reporter").asText())));
    return rows;
  }

  private Fact fact(String number) {
    return MaliApril2026.facts().stream().filter(f -> f.number().equals(number)).findFirst().orElseThrow(
        () -> new AssertionError(number + " is not modelled"));
  }

  @Test
  void theCatalogValidatesWithoutErrorsOrWarnings() {
    assertThat(ModelValidator.standard().validate(mali)).isEmpty();
  }

  @Test
  void everyFactOfTheTableIsModelledByObjectsTheCatalogHolds() throws IOException {
    assertThat(MaliApril2026.facts()).extracting(Fact::number)
        .containsExactlyElementsOf(expected().stream().map(Expected::fact).toList());
    for (Fact f : MaliApril2026.facts()) {
      assertThat(f.statements()).as(f.number()).isNotEmpty();
      for (Ref ref : Stream.concat(f.statements().stream(), f.objects().stream()).toList()) {
        assertThat(ModelTheArticle.exists(mali, ref)).as("%s: %s", f.number(), ref).isTrue();
      }
    }
  }

  @Test
  void everyFactIsAttributedToTheSpeakerAndReporterTheArticleNames() throws IOException {
    for (Expected e : expected()) {
      Fact f = fact(e.fact());
      for (Ref statement : f.statements()) {
        assertThat(ModelTheArticle.speakers(mali, List.of(statement))).as("speaker of %s (%s)", e.fact(), statement)
            .containsExactly(e.speaker());
        assertThat(ModelTheArticle.reporters(mali, List.of(statement))).as("reporter of %s (%s)", e.fact(),
            statement).containsExactly(e.reporter());
      }
      for (Ref object : f.objects()) {
        assertThat(ModelTheArticle.reporters(mali, List.of(object))).as("%s is reported in the article (%s)",
            object, e.fact()).contains(e.reporter());
      }
    }
  }

  @Test
  void nothingIsAttributedToAPartyTheArticleDoesNotNameForIt() throws IOException {
    Set<Ref> statements = new HashSet<>();
    Set<Ref> objects = new HashSet<>();
    MaliApril2026.facts().forEach(f -> {
      statements.addAll(f.statements());
      objects.addAll(f.objects());
    });
    Set<Ref> elsewhere = new HashSet<>(MaliApril2026.fromElsewhere());
    List<Ref> everyStatement = new ArrayList<>();
    mali.getClaims().forEach(c -> everyStatement.add(new Ref("claim", c.getId().getValue())));
    mali.getAssertions().forEach(a -> everyStatement.add(new Ref("assertion", a.getId().getValue())));
    String article = "source:" + MaliApril2026.ARTICLE_SOURCE;
    for (Ref ref : everyStatement) {
      if (statements.contains(ref) || objects.contains(ref)) {
        continue;
      }
      // Not one of the article's statements: a fact from elsewhere, with its own source, not the article.
      assertThat(elsewhere).as("%s is neither a statement of the article nor listed as from elsewhere", ref)
          .contains(ref);
      assertThat(ModelTheArticle.reporters(mali, List.of(ref))).as(ref.toString()).doesNotContain(article);
    }
    // Every incident, condition and relation is what a fact is about, or comes from elsewhere with its own source.
    List<Ref> everyObject = new ArrayList<>();
    mali.getIncidents().forEach(i -> everyObject.add(new Ref("incident", i.getId().getValue())));
    mali.getConditions().forEach(c -> everyObject.add(new Ref("condition", c.getId().getValue())));
    mali.getRelations().forEach(r -> everyObject.add(new Ref("relation", r.getId().getValue())));
    for (Ref ref : everyObject) {
      if (!objects.contains(ref)) {
        assertThat(ModelTheArticle.reporters(mali, List.of(ref))).as(ref.toString()).isNotEmpty()
            .doesNotContain(article);
      }
    }
    // Speakers of the article's statements are only those the table names.
    Set<String> named = new HashSet<>();
    table().get("namedByTheArticle").forEach(n -> named.add(n.asText()));
    assertThat(ModelTheArticle.speakers(mali, List.copyOf(statements))).isSubsetOf(named);
  }

  @Test
  void theLossOfKidalIsCreditedToUnnamedInternationalReportsNotToAnOutlet() {
    SourcedAssertion kidal = mali.assertion(org.sahelevents.core.model.AssertionId.of("reports-kidal-lost"))
        .orElseThrow();
    assertThat(kidal.getAttributedTo().flatMap(a -> a.getSource()).flatMap(mali::source).orElseThrow().getKind())
        .isEqualTo(SourceKind.UNNAMED);
    assertThat(mali.reportingSource(kidal).orElseThrow().getId()).isEqualTo(MaliApril2026.ARTICLE_SOURCE);
  }

  @Test
  void theBlockadeSaysWhichRoadsAreUnknownRatherThanAssumingThem() {
    Condition blockade = mali.condition(MaliApril2026.BAMAKO_BLOCKADE).orElseThrow();
    assertThat(blockade.getDirection()).contains(BlockadeDirection.ENTRY_BLOCKED);
    assertThat(blockade.getImposer()).contains(MaliApril2026.JNIM);
    assertThat(blockade.getValidity().getStart()).isEmpty();
    assertThat(blockade.getAxes()).extracting(BlockadeAxis::getKey)
        .containsExactly(MaliApril2026.UNNAMED_ROADS, "RN3", "RN5", "RN6", "RN7");
    assertThat(blockade.getAxes()).allMatch(a -> a.getStatus() == AxisStatus.UNKNOWN);
    assertThat(mali.assertionsAbout(SubjectRef.of(MaliApril2026.BAMAKO_BLOCKADE),
        BlockadeAxis.field(MaliApril2026.UNNAMED_ROADS, "status"))).singleElement()
        .satisfies(a -> assertThat(mali.source(a.getAttributedTo().orElseThrow().getSource().orElseThrow())
            .orElseThrow().getName().getValue()).isEqualTo("Le Monde"));
    assertThat(org.sahelevents.geo.Gazetteer.sahel().checkRoutes(mali)).isEmpty();
  }

  @Test
  void theConservativeRuleKeepsTheArticlesFigureWhileTheMostRecentReportIsTheArticleToo() {
    Resolution conservative = mali.resolve(killing, MaliApril2026.FATALITIES, StandardPolicy.ACLED_CONSERVATIVE);
    assertThat(((FatalityValue) conservative.value().orElseThrow()).getEstimate().getLow()).contains(1);
    assertThat(conservative.chosen().orElseThrow().getId().getValue()).isEqualTo("article-camara-killed");
    Resolution manner = mali.resolve(killing, MaliApril2026.MANNER, StandardPolicy.HIGHEST_CREDIBILITY);
    assertThat(manner.value()).contains(TextValue.of("killed in a coordinated attack"));
  }

  @Test
  void theCatalogRoundTripsThroughJsonAndTheExampleWritesIt(@TempDir Path dir) throws IOException {
    ModelJson json = ModelJson.create();
    assertThat(json.read(json.write(mali), Catalog.class)).isEqualTo(mali);
    Path file = dir.resolve("mali.json");
    ModelTheArticle.writeJson(mali, file);
    assertThat(json.read(Files.readString(file), Catalog.class)).isEqualTo(mali);
  }

  @Test
  void theExamplePrintsEachFactWithWhoSaidItAndWhoReportedItAndEachContestedField() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ModelTheArticle.print(mali, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("; valid");
    for (Expected e : expected()) {
      Fact f = fact(e.fact());
      int at = out.indexOf(String.format("%-4s %s%n", f.number(), f.statement()));
      assertThat(at).as(e.fact()).isNotNegative();
      String block = out.substring(at, out.indexOf(System.lineSeparator() + System.lineSeparator(), at));
      assertThat(block).contains("said by      " + words(e.speaker()) + System.lineSeparator(),
          "reported by  Arabic-language news article, 2 May 2026" + System.lineSeparator());
    }
    assertThat(out).contains("How many were killed with Defence Minister Sadio Camara?", "How was he killed?",
        "-> ACLED_CONSERVATIVE   at least 1 killed, because it is the lowest credible figure (1)",
        "said by      international reports (unnamed)")
        .doesNotContain("communiqué").doesNotContain("said by      Reuters" + System.lineSeparator()
            + "     reported by  Arabic-language news article, 2 May 2026" + System.lineSeparator()
            + "     statement    assertion reports-kidal-lost");
  }

  private String words(String party) {
    String id = party.substring(party.indexOf(':') + 1);
    return party.startsWith("actor:")
        ? mali.getActors().stream().filter(a -> a.getId().getValue().equals(id)).findFirst().orElseThrow()
            .getName().getValue()
        : mali.getSources().stream().filter(s -> s.getId().getValue().equals(id)).findFirst()
            .map(s -> s.getName().getValue() + (s.isUnnamed() ? " (unnamed)" : "")).orElseThrow();
  }
}
