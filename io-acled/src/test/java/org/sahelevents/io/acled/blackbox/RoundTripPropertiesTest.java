package org.sahelevents.io.acled.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.Interaction;
import org.sahelevents.core.taxonomy.SubEventType;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledCsvWriter;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.DateStyle;

/** Generated records survive CSV in the current layout and in the 2019 layout, in every date style. */
class RoundTripPropertiesTest {
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.of("Kati", "Ségou", "Tombouctou", "تمبكتو", "N'Goutjina", "Bamako - Commune VI"),
        Arbitraries.strings().withCharRange(' ', '~').withChars('é', 'ç', 'ع', '\n', '"').ofMinLength(1)
            .ofMaxLength(40).map(String::strip).filter(s -> !s.isEmpty())));
  }

  private Arbitrary<String> names() {
    return texts().map(s -> s.replace(";", ",").replace("\n", " ").replace("\r", " ").strip())
        .filter(s -> !s.isEmpty() && !s.contains(" and/or "));
  }

  @Provide
  Arbitrary<AcledRecord> currentRecords() {
    return records(true);
  }

  @Provide
  Arbitrary<AcledRecord> records2019() {
    return records(false);
  }

  private Arbitrary<AcledRecord> records(boolean current) {
    Arbitrary<BigDecimal> lat = Arbitraries.bigDecimals().between(BigDecimal.valueOf(-90), BigDecimal.valueOf(90))
        .ofScale(4);
    Arbitrary<BigDecimal> lon = Arbitraries.bigDecimals().between(BigDecimal.valueOf(-180), BigDecimal.valueOf(180))
        .ofScale(4);
    Arbitrary<Optional<ActorType>> inter2 = Arbitraries.of(ActorType.class).optional();
    return Combinators.combine(
            Arbitraries.of(SubEventType.class), Arbitraries.of(ActorType.class), inter2,
            Arbitraries.integers().between(0, 365 * 28).map(d -> LocalDate.of(1997, 1, 1).plusDays(d)),
            names(), names().list().ofMaxSize(3), texts(), Combinators.combine(lat, lon).as(List::of))
        .as((sub, inter1, second, date, name, list, notes, point) -> {
          AcledRecord.Builder b = AcledRecord.builder()
              .eventIdCnty("MLI" + Math.abs(name.hashCode() % 100000))
              .eventDate(date).year(date.getYear()).timePrecision(1 + Math.abs(name.length() % 3))
              .eventType(sub.eventType()).subEventType(sub)
              .actor1(name).assocActor1(list).inter1(inter1)
              .interaction(Interaction.of(inter1, second))
              .iso(466).region("Western Africa").country("Mali").admin1(name).location(name)
              .latitude(point.get(0)).longitude(point.get(1)).geoPrecision(1 + Math.abs(notes.length() % 3))
              .sources(list).sourceScale("Local partner-National").notes(notes)
              .fatalities(Math.abs(notes.hashCode() % 300)).timestamp(1_700_000_000L + date.getDayOfYear());
          second.ifPresent(t -> b.actor2(name + " (2)").inter2(t).assocActor2(list));
          if (current) {
            b.disorderTypes(sub.disorderTypes()).tags(list)
                .civilianTargeting(sub.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS);
          } else {
            b.dataId(date.toEpochDay()).eventIdNoCnty(date.getDayOfYear()).iso3("MLI");
          }
          return b.build();
        });
  }

  private static List<AcledRecord> roundTrip(AcledCsvWriter writer, AcledRecord record) {
    StringWriter out = new StringWriter();
    try (AcledCsvWriter.Output o = writer.open(out)) {
      o.write(record).write(record);
    }
    try (AcledRecords back = AcledCsv.reader().build().open(new StringReader(out.toString()), "generated", null)) {
      return back.stream().toList();
    }
  }

  @Property(tries = 300)
  void currentLayoutRoundTrips(@ForAll("currentRecords") AcledRecord record, @ForAll DateStyle dates) {
    AcledCsvWriter writer = AcledCsv.writer().layout(AcledLayout.current()).dates(dates).build();
    assertThat(roundTrip(writer, record)).containsExactly(record, record);
  }

  @Property(tries = 300)
  void layout2019RoundTrips(@ForAll("records2019") AcledRecord record, @ForAll DateStyle dates) {
    AcledCsvWriter writer = AcledCsv.writer().layout(AcledLayout.export2019()).dates(dates).build();
    assertThat(roundTrip(writer, record)).containsExactly(record, record);
  }
}
