package org.sahelevents.io.acled.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.DatasetEvent;
import org.sahelevents.core.model.ParticipantRole;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.Interaction;
import org.sahelevents.core.taxonomy.SubEventType;
import org.sahelevents.core.validation.ModelValidator;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledValidation;
import org.sahelevents.io.acled.ActorTypeStyle;
import org.sahelevents.io.acled.DateStyle;

/** Every real export in ../shared/data/acled validates, has the expected content, and round-trips. */
class RealExportsTest {
  static final String BURKINA = "ElliottMess_WSC_bfa_analysis__1997-01-01-2020-12-10-Burkina_Faso.csv";
  static final String MONADIC = "ValenGe_UZH_Seminar_UN_PKO__MINUSMA_2017-01-01-2020-12-31-Mali_monadic.csv";
  static final String HDX = "alegalli_conflictSahel__hdx_conflict_data_mli.csv";
  static final String CURRENT = "Tanisboxed_GeoSentinel__acled_data_sample_2024format.csv";

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of(BURKINA, 3010, 3010),
        Arguments.of(MONADIC, 6214, 3314),
        Arguments.of(HDX, 3990, 3990),
        Arguments.of(CURRENT, 2, 2));
  }

  private static List<AcledRecord> readAll(Path file, AcledValidation validation) {
    try (AcledRecords records = AcledCsv.reader().validation(validation).build().open(file)) {
      List<AcledRecord> all = records.stream().collect(Collectors.toList());
      assertThat(records.rowsRejected()).isZero();
      assertThat(records.rowsRead()).isEqualTo(all.size());
      assertThat(records.encodingNote()).isEmpty();
      return all;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyRowValidatesAndCountsMatch(String file, int rows, int events) {
    List<AcledRecord> all = readAll(SharedData.acled(file), AcledValidation.CONSISTENCY);
    assertThat(all).hasSize(rows);
    assertThat(all.stream().map(AcledRecord::eventIdCnty).distinct().count()).isEqualTo(events);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void readWriteReadGivesEqualRecordsInTheSameLayout(String file, int rows, int events) {
    List<AcledRecord> original = readAll(SharedData.acled(file), AcledValidation.CONSISTENCY);
    StringWriter text = new StringWriter();
    try (var out = AcledCsv.writer().build().open(text)) {
      original.forEach(out::write);
    }
    List<AcledRecord> back;
    try (AcledRecords records = AcledCsv.reader().build().open(new StringReader(text.toString()), "copy", null)) {
      back = records.stream().toList();
      assertThat(records.layout()).isEqualTo(original.get(0).layout().orElseThrow());
    }
    assertThat(back).isEqualTo(original);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyEventMapsToAValidModel(String file, int rows, int events) {
    List<AcledRecord> all = readAll(SharedData.acled(file), AcledValidation.CONSISTENCY);
    List<DatasetEvent> mapped = AcledModelMapping.groupByEvent(all.stream()).map(AcledModelMapping::toEvent).toList();
    assertThat(mapped).hasSize(events);
    List<String> problems = new ArrayList<>();
    for (DatasetEvent e : mapped) {
      ModelValidator.standard().validate(e.catalog()).forEach(v -> problems.add(e.incident().getId() + ": " + v));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void burkinaFasoExportSpotChecks() {
    List<AcledRecord> all = readAll(SharedData.acled(BURKINA), AcledValidation.MODEL);
    AcledRecord first = all.get(0);
    assertThat(first.layout().orElseThrow().dateStyle()).isEqualTo(DateStyle.DAY_MONTH_NAME_YEAR);
    assertThat(first.layout().orElseThrow().actorTypeStyle()).isEqualTo(ActorTypeStyle.NUMERIC);
    assertThat(first.eventIdCnty()).isEqualTo("BFO4217");
    assertThat(first.eventDate()).isEqualTo(LocalDate.of(2020, 12, 3));
    assertThat(first.subEventType()).contains(SubEventType.PEACEFUL_PROTEST);
    assertThat(first.assocActor1()).containsExactly("Students (Burkina Faso)");
    assertThat(first.inter1()).contains(ActorType.PROTESTERS);
    assertThat(first.inter2()).isEmpty();
    assertThat(first.interaction()).contains(Interaction.only(ActorType.PROTESTERS));
    assertThat(first.sources()).containsExactly("Burkina24", "AIB (Burkina Faso)");
    assertThat(first.latitude()).isEqualTo(new BigDecimal("12.3703"));
    assertThat(first.iso3()).contains("BFA");
    assertThat(first.origin()).contains(DataLocation.atLine(2));
  }

  @Test
  void monadicRowsGroupIntoEventsWithoutAddingUpFatalities() {
    List<AcledRecord> all = readAll(SharedData.acled(MONADIC), AcledValidation.CONSISTENCY);
    assertThat(all.get(0).layout().orElseThrow().isMonadic()).isTrue();
    DatasetEvent first = AcledModelMapping.groupByEvent(all.stream()).map(AcledModelMapping::toEvent).findFirst()
        .orElseThrow();
    assertThat(first.incident().getId().getValue()).isEqualTo("MLI4682");
    assertThat(first.incident().getParticipants()).extracting(p -> p.getActor().getValue() + "/" + p.getRole()
        + "/" + p.getSide().orElseThrow()).containsExactly("Katiba_Macina/MAIN_ACTOR/A",
        "JNIM:_Group_for_Support_of_Islam_and_Muslims/ASSOCIATED/A", "Civilians_(Mali)/MAIN_ACTOR/B");
    int rowSum = all.stream().mapToInt(AcledRecord::fatalities).sum();
    int eventSum = AcledModelMapping.groupByEvent(all.stream()).mapToInt(g -> g.get(0).fatalities()).sum();
    assertThat(eventSum).isLessThan(rowSum);
  }

  @Test
  void hdxCopyKeepsItsHxlRowAndCountsOnlyDataRows() {
    List<AcledRecord> all = readAll(SharedData.acled(HDX), AcledValidation.CONSISTENCY);
    assertThat(all.get(0).layout().orElseThrow().hxlTags().orElseThrow()).contains("#event+code", "#geo+lat");
    assertThat(all.get(0).origin()).contains(DataLocation.atLine(3));
    assertThat(all.get(0).eventIdCnty()).isEqualTo("MLI4111");
    assertThat(all.get(0).eventType()).isEqualTo(EventType.BATTLES);
  }

  @Test
  void currentLayoutSampleReadsTextActorTypesAndTags() {
    List<AcledRecord> all = readAll(SharedData.acled(CURRENT), AcledValidation.MODEL);
    assertThat(all.get(0).layout().orElseThrow().actorTypeStyle()).isEqualTo(ActorTypeStyle.TEXT);
    assertThat(all.get(0).interaction()).contains(Interaction.of(ActorType.POLITICAL_MILITIA, ActorType.CIVILIANS));
    assertThat(all.get(1).tags()).containsExactly("crowd size=large");
    assertThat(all.get(1).inter2()).isEmpty();
    Catalog c = AcledModelMapping.toEvent(all.get(1)).catalog();
    assertThat(c.getIncidents().get(0).getParticipants()).extracting(p -> p.getRole())
        .containsExactly(ParticipantRole.MAIN_ACTOR, ParticipantRole.ASSOCIATED);
  }
}
