package org.sahelevents.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BlockadeAxisTest {
  @Test
  void anAxisNobodyDescribedIsUnknownNotCutOrOpen() {
    BlockadeAxis axis = BlockadeAxis.builder().route(RouteId.of("RN3")).build();
    assertThat(axis.getStatus()).isEqualTo(AxisStatus.UNKNOWN);
    assertThat(axis.getDirection()).isEmpty();
    assertThat(axis.getBlockedTraffic()).isEmpty();
    assertThat(axis.getValidity()).isEmpty();
  }

  @Test
  void theKeyIsTheRouteOrUnidentified() {
    assertThat(BlockadeAxis.of(RouteId.of("RN6"), AxisStatus.CUT).getKey()).isEqualTo("RN6");
    assertThat(BlockadeAxis.builder().description("several main roads, not named").build().getKey())
        .isEqualTo("unidentified");
    assertThat(BlockadeAxis.builder().key("south").build().getKey()).isEqualTo("south");
  }

  @Test
  void theAssertionFieldOfAnAxisNamesItsKeyAndAttribute() {
    assertThat(BlockadeAxis.field("RN6", "status")).isEqualTo("axes[RN6].status");
  }

  @Test
  void aConditionFindsItsAxesAndListsEveryRouteOnce() {
    Condition blockade = Condition.builder().id(ConditionId.of("b")).kind(ConditionKind.BLOCKADE)
        .direction(BlockadeDirection.ENTRY_BLOCKED).validity(DateInterval.from(LocalDate.of(2026, 4, 26)))
        .addReportedIn(DocumentId.of("d")).addRoutes(RouteId.of("RN5"), RouteId.of("RN6"))
        .addAxes(BlockadeAxis.of(RouteId.of("RN6"), AxisStatus.CUT), BlockadeAxis.of(RouteId.of("RN7"),
            AxisStatus.RESTRICTED), BlockadeAxis.builder().build())
        .build();
    assertThat(blockade.axis("RN7").map(BlockadeAxis::getStatus)).contains(AxisStatus.RESTRICTED);
    assertThat(blockade.axis("RN3")).isEmpty();
    assertThat(blockade.routeIds()).extracting(RouteId::getValue).containsExactly("RN5", "RN6", "RN7");
  }

  @Test
  void anUnnamedSourceHasNoOutletNameAndCannotBeJudged() {
    Source reports = Source.unnamed(SourceId.of("international-reports"), "international reports", "en");
    assertThat(reports.getKind()).isEqualTo(SourceKind.UNNAMED);
    assertThat(reports.isUnnamed()).isTrue();
    assertThat(reports.getReliability()).isEqualTo(Reliability.F);
    assertThat(reports.getName().getValue()).isEqualTo("international reports");
    assertThat(reports.getHomepage()).isEmpty();
  }
}
