package org.sahelevents.core.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.json.ModelJson;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.ActorKind;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.Attribution;
import org.sahelevents.core.model.AttributionKind;
import org.sahelevents.core.model.AxisStatus;
import org.sahelevents.core.model.BlockadeAxis;
import org.sahelevents.core.model.BlockadeDirection;
import org.sahelevents.core.model.BlockedTraffic;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Condition;
import org.sahelevents.core.model.ConditionId;
import org.sahelevents.core.model.ConditionKind;
import org.sahelevents.core.model.Credibility;
import org.sahelevents.core.model.DateInterval;
import org.sahelevents.core.model.Document;
import org.sahelevents.core.model.DocumentId;
import org.sahelevents.core.model.LocalizedName;
import org.sahelevents.core.model.NameKind;
import org.sahelevents.core.model.Reliability;
import org.sahelevents.core.model.RouteId;
import org.sahelevents.core.model.Source;
import org.sahelevents.core.model.SourceId;
import org.sahelevents.core.model.SourceKind;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.model.TextValue;
import org.sahelevents.core.resolution.StandardPolicy;
import org.sahelevents.core.validation.ModelValidator;
import org.sahelevents.core.validation.Violation;

/** A blockade holds one axis per road, each with its own sourced assertions; unnamed reports are a kind of source. */
class BlockadeAxesTest {
  private static final ConditionId BLOCKADE = ConditionId.of("bamako-blockade");
  private static final DocumentId LE_MONDE = DocumentId.of("lemonde-1");

  private static Condition blockade() {
    return Condition.builder().id(BLOCKADE).kind(ConditionKind.BLOCKADE).imposer(ActorId.of("jnim"))
        .direction(BlockadeDirection.ENTRY_BLOCKED).validity(DateInterval.from(LocalDate.of(2026, 4, 26)))
        .addReportedIn(LE_MONDE)
        .addAxes(BlockadeAxis.builder().route(RouteId.of("RN6")).status(AxisStatus.CUT)
            .direction(BlockadeDirection.ENTRY_BLOCKED).addBlockedTraffic(BlockedTraffic.FUEL, BlockedTraffic.GOODS)
            .validity(DateInterval.between(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30))).build())
        .addAxes(BlockadeAxis.builder().route(RouteId.of("RN3")).build())
        .build();
  }

  private static SourcedAssertion status(String id, String key, String value, Credibility credibility) {
    return SourcedAssertion.builder().id(AssertionId.of(id)).subject(SubjectRef.of(BLOCKADE))
        .field(BlockadeAxis.field(key, "status")).value(TextValue.of(value)).reportedIn(LE_MONDE)
        .attributionKind(AttributionKind.ANONYMOUS_OFFICIAL)
        .attributedTo(Attribution.source(SourceId.of("local-sources"))).credibility(credibility)
        .recordedAt(Instant.parse("2026-04-29T06:00:00Z")).build();
  }

  private static Catalog catalog(SourcedAssertion... assertions) {
    return Catalog.builder()
        .addActors(Actor.builder().id(ActorId.of("jnim")).name(LocalizedName.of("JNIM", "en", NameKind.ACRONYM))
            .kind(ActorKind.JIHADIST_ARMED_GROUP).build())
        .addSources(Source.builder().id(SourceId.of("lemonde")).name(LocalizedName.of("Le Monde", "fr",
            NameKind.OFFICIAL)).kind(SourceKind.NEWSPAPER).reliability(Reliability.B).build())
        .addSources(Source.unnamed(SourceId.of("local-sources"), "sources locales", "fr"))
        .addDocuments(Document.builder().id(LE_MONDE).source(SourceId.of("lemonde")).build())
        .addConditions(blockade())
        .addAssertions(assertions)
        .build();
  }

  @Test
  void eachRoadKeepsItsOwnStatusDirectionTrafficAndValidTime() {
    Condition c = blockade();
    assertThat(ModelValidator.standard().validate(c)).isEmpty();
    BlockadeAxis rn6 = c.axis("RN6").orElseThrow();
    assertThat(rn6.getStatus()).isEqualTo(AxisStatus.CUT);
    assertThat(rn6.getBlockedTraffic()).containsExactlyInAnyOrder(BlockedTraffic.FUEL, BlockedTraffic.GOODS);
    assertThat(rn6.getValidity().flatMap(DateInterval::getEnd)).contains(LocalDate.of(2026, 4, 30));
    assertThat(c.axis("RN3").orElseThrow().getStatus()).isEqualTo(AxisStatus.UNKNOWN);
  }

  @Test
  void theAxesRoundTripThroughTheModelsJson() {
    ModelJson json = ModelJson.create();
    Catalog catalog = catalog(status("a1", "RN6", "cut", Credibility.POSSIBLY_TRUE));
    String text = json.write(catalog);
    assertThat(text).contains("\"axes\"", "\"status\":\"CUT\"", "\"kind\":\"UNNAMED\"");
    assertThat(json.read(text, Catalog.class)).isEqualTo(catalog);
  }

  @Test
  void everySourcesVersionOfOneRoadIsKeptSideBySideAndResolved() {
    Catalog catalog = catalog(status("a1", "RN6", "cut", Credibility.POSSIBLY_TRUE),
        status("a2", "RN6", "restricted", Credibility.PROBABLY_TRUE));
    assertThat(ModelValidator.standard().validate(catalog)).isEmpty();
    assertThat(catalog.assertionsAbout(SubjectRef.of(BLOCKADE), "axes[RN6].status")).hasSize(2);
    assertThat(catalog.resolve(SubjectRef.of(BLOCKADE), "axes[RN6].status", StandardPolicy.HIGHEST_CREDIBILITY)
        .value()).contains(TextValue.of("restricted"));
  }

  @Test
  void anAssertionAboutAnAxisTheConditionLacksIsAnError() {
    List<Violation> found = ModelValidator.standard().validate(catalog(status("a1", "RN7", "cut",
        Credibility.POSSIBLY_TRUE)));
    assertThat(found).extracting(Violation::toString).containsExactly("assertions[0].field: is about the axis "
        + "\"RN7\" of condition \"bamako-blockade\", which has no such axis (it has RN6, RN3)");
  }

  @Test
  void anUnnamedSourceGradedAsIfItWereAnOutletIsWarnedAbout() {
    Source graded = Source.builder().from(Source.unnamed(SourceId.of("security-sources"), "security sources", "en"))
        .reliability(Reliability.B).build();
    assertThat(ModelValidator.standard().validate(graded)).extracting(Violation::toString).containsExactly(
        "warning: reliability: the reliability of unnamed reports cannot be judged: it should be F, not B");
    assertThat(ModelValidator.standard().validate(Source.unnamed(SourceId.of("s"), "local sources", "en")))
        .isEmpty();
  }
}
