package org.sahelevents.io.ucdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.DatasetEvent;
import org.sahelevents.core.model.FatalityValue;
import org.sahelevents.core.model.ParticipantRole;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.model.TimePrecision;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.validation.ModelValidator;

class UcdpModelMappingTest {
  private static UcdpRecord.Builder row() {
    return UcdpRecord.builder().id(7).relid("BFA-2022-3-1-1").typeOfViolence(UcdpViolenceType.ONE_SIDED)
        .sideA("JNIM").sideANewId("1234").sideB("Civilians").sideBNewId("1").wherePrec(6)
        .latitude(new BigDecimal("12.5")).longitude(new BigDecimal("-1.5")).country("Burkina Faso").datePrec(4)
        .dateStart(LocalDate.of(2022, 5, 20)).dateEnd(LocalDate.of(2022, 6, 10)).best(10).low(12).high(15);
  }

  @Test
  void oneSidedViolenceIsViolenceAgainstCiviliansWithAPerpetratorAndATarget() {
    DatasetEvent e = UcdpModelMapping.toEvent(row().build());
    assertThat(e.incident().getId().getValue()).isEqualTo("ucdp:7");
    assertThat(e.incident().getExternalIds()).containsEntry("ucdp", "BFA-2022-3-1-1");
    assertThat(e.incident().getEventType()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    assertThat(e.incident().getParticipants()).extracting(p -> p.getRole())
        .containsExactly(ParticipantRole.PERPETRATOR, ParticipantRole.TARGET);
    assertThat(e.actors().get(0).getExternalIds()).containsEntry("ucdp", "1234");
    assertThat(e.incident().getLocation().getPrecision()).isEqualTo(SpatialPrecision.COUNTRY);
    assertThat(ModelValidator.standard().isValid(e.catalog())).isTrue();
  }

  @Test
  void theSourcesAndThePlaceDescriptionAreKeptInTheNotes() {
    DatasetEvent e = UcdpModelMapping.toEvent(row().sourceArticle("\"RFI,2022-05-21,Attaque\"").sourceOffice("RFI")
        .whereDescription("near\tDjibo").build());
    assertThat(e.incident().getNotes()).contains("Sources: \"RFI,2022-05-21,Attaque\"\nPlace: near Djibo");
    assertThat(e.assertions().get(0).getAttributedTo().flatMap(a -> a.getDescription())).contains("RFI");
  }

  @Test
  void aRangeOverTwoMonthsOfOneYearIsDatedByTheYear() {
    DatasetEvent e = UcdpModelMapping.toEvent(row().build());
    assertThat(e.incident().getTime().getPrecision()).isEqualTo(TimePrecision.YEAR);
    assertThat(e.incident().getTime().getEarliest()).isEqualTo(LocalDate.of(2022, 5, 20));
    assertThat(e.incident().getTime().getLatest()).isEqualTo(LocalDate.of(2022, 6, 10));
  }

  @Test
  void aLowAboveBestIsLeftOutOfTheEstimate() {
    FatalityValue v = (FatalityValue) UcdpModelMapping.toEvent(row().build()).assertions().get(0).getValue()
        .orElseThrow();
    assertThat(v.getEstimate().getLow()).isEmpty();
    assertThat(v.getEstimate().getBest()).contains(10);
    assertThat(v.getEstimate().getHigh()).contains(15);
  }

  @Test
  void aWeekIsAWeekOnlyWhenDatePrecSaysSo() {
    UcdpRecord.Builder b = row().dateStart(LocalDate.of(2022, 5, 1)).dateEnd(LocalDate.of(2022, 5, 7));
    assertThat(UcdpModelMapping.toEvent(b.datePrec(3).build()).incident().getTime().getPrecision())
        .isEqualTo(TimePrecision.WEEK);
    assertThat(UcdpModelMapping.toEvent(row().dateStart(LocalDate.of(2022, 5, 1)).dateEnd(LocalDate.of(2022, 5, 3))
        .datePrec(2).build()).incident().getTime().getPrecision()).isEqualTo(TimePrecision.DAYS);
  }

  @Test
  void aRangeAcrossTheNewYearIsAPeriodAndAYearLongRangeAYear() {
    TemporalExtent winter = UcdpModelMapping.toEvent(row().dateStart(LocalDate.of(2021, 12, 20))
        .dateEnd(LocalDate.of(2022, 1, 10)).datePrec(5).build()).incident().getTime();
    assertThat(winter.getPrecision()).isEqualTo(TimePrecision.PERIOD);
    assertThat(winter.getEarliest()).isEqualTo(LocalDate.of(2021, 12, 20));
    assertThat(winter.getLatest()).isEqualTo(LocalDate.of(2022, 1, 10));
    assertThat(UcdpModelMapping.toEvent(row().dateStart(LocalDate.of(2022, 2, 1)).dateEnd(LocalDate.of(2022, 6, 30))
        .datePrec(5).build()).incident().getTime().getPrecision()).isEqualTo(TimePrecision.YEAR);
  }

  @Test
  void normalFormTurnsTabsAndLineBreaksIntoSingleSpaces() {
    assertThat(UcdpModelMapping.normal(" a\t\n\nb ")).contains("a b");
    assertThat(UcdpModelMapping.normal(" \t")).isEmpty();
  }
}
