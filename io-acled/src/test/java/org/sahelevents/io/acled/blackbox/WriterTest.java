package org.sahelevents.io.acled.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.sahelevents.io.acled.AcledCells;
import org.sahelevents.io.acled.AcledColumn;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledCsvWriter;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.ActorTypeStyle;
import org.sahelevents.io.acled.ByteOrderMark;
import org.sahelevents.io.acled.CsvLines;
import org.sahelevents.io.acled.DateStyle;
import org.sahelevents.io.acled.LineEnding;
import org.sahelevents.io.acled.SpellingPolicy;
import org.sahelevents.io.acled.SpreadsheetSafety;

class WriterTest {
  private static List<AcledRecord> read(String csv) {
    try (AcledRecords records = AcledCsv.reader().build().open(new StringReader(csv), "in.csv", null)) {
      return records.stream().toList();
    }
  }

  private static String write(AcledCsvWriter writer, List<AcledRecord> records) {
    StringWriter out = new StringWriter();
    try (AcledCsvWriter.Output o = writer.open(out)) {
      o.writeAll(records);
    }
    return out.toString();
  }

  private static final String G2 = "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,"
      + "event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,"
      + "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
      + "fatalities,timestamp,iso3,population_best\n"
      + "7,466,MLI4111,4111,\"31 July 2020\",2020,1,Battles,\"Armed clash\",\"JNIM: Group for Support of Islam and "
      + "Muslims\",,2,\"Police Forces of Mali (2013-)\",,1,12,\"Western Africa\",Mali,Sikasso,Koutiala,N'Goutjina,"
      + "NGoutjina,12.2967,-5.4785,1,\"Studio Tamani; AMAP\",National,\"=HYPERLINK(\"\"x\"\"), one killed\",1,"
      + "1596481840,MLI,3200\n";

  @Test
  void batchesAppendedInOrderWriteTheRowsOneOutputWrites() {
    List<AcledRecord> records = read(G2 + G2.substring(G2.indexOf('\n') + 1).replace("MLI4111", "MLI4112")
        + G2.substring(G2.indexOf('\n') + 1).replace("MLI4111", "MLI4113"));
    AcledCsvWriter writer = AcledCsv.writer().spreadsheetSafety(SpreadsheetSafety.NEUTRALIZE_FORMULAS).build();
    AcledCsvWriter.Output first = writer.batch().write(records.get(0));
    AcledCsvWriter.Output empty = writer.batch();
    AcledCsvWriter.Output rest = writer.batch().writeAll(records.subList(1, 3));
    StringWriter out = new StringWriter();
    try (AcledCsvWriter.Output o = writer.open(out)) {
      o.append(empty).append(first).append(rest);
      assertThat(o.rowsWritten()).isEqualTo(3);
    }
    assertThat(out.toString()).isEqualTo(write(writer, records));
  }

  @Test
  void batchesAppendedToAByteStreamWriteTheBytesOneOutputWrites() {
    List<AcledRecord> records = read(G2.replace("NGoutjina", "N\u2019Goutjina S\u00e9gou"));
    AcledCsvWriter writer = AcledCsv.writer().byteOrderMark(ByteOrderMark.WRITE).build();
    ByteArrayOutputStream direct = new ByteArrayOutputStream();
    try (AcledCsvWriter.Output o = writer.open(direct)) {
      o.writeAll(records).writeAll(records);
    }
    ByteArrayOutputStream batched = new ByteArrayOutputStream();
    AcledCsvWriter.Output batch = writer.batch().writeAll(records);
    try (AcledCsvWriter.Output o = writer.open(batched)) {
      o.append(batch).append(batch.clear().writeAll(records));
    }
    assertThat(batched.toByteArray()).isEqualTo(direct.toByteArray());
    assertThat(batched.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFdata_id,")
        .contains("N\u2019Goutjina S\u00e9gou");
  }

  @Test
  void aBatchOfOtherColumnsOrOfAnotherWriterIsNotAppended() {
    AcledCsvWriter writer = AcledCsv.writer().build();
    AcledCsvWriter.Output current = writer.batch().write(AcledRecord.builder().from(read(G2).get(0))
        .layout(Optional.empty()).build());
    try (AcledCsvWriter.Output o = writer.open(new StringWriter())) {
      o.append(writer.batch().write(read(G2).get(0)));
      assertThatThrownBy(() -> o.append(current)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("the batch has columns [event_id_cnty, event_date,");
      assertThatThrownBy(() -> o.append(AcledCsv.writer().build().batch()))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("not a batch of this writer");
    }
  }

  @Test
  void writesTheInputLayoutByDefaultWithItsExtraColumnsAndStyles() {
    String out = write(AcledCsv.writer().lineEnding(LineEnding.LF).build(), read(G2));
    assertThat(out).startsWith("data_id,iso,event_id_cnty,").contains(",iso3,population_best\n")
        .contains("\"31 July 2020\"".replace("\"", "")).contains(",2,Police Forces of Mali (2013-),,1,12,")
        .endsWith(",1596481840,MLI,3200\n");
    assertThat(read(out)).isEqualTo(read(G2));
  }

  @Test
  void convertsToTheCurrentLayoutWithTextActorTypesAndDerivedColumns() {
    String out = write(AcledCsv.writer().layout(AcledLayout.current()).build(), read(G2));
    String[] lines = out.split("\r\n");
    assertThat(lines[0]).isEqualTo("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
        + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,"
        + "region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
        + "fatalities,tags,timestamp");
    assertThat(lines[1]).startsWith("MLI4111,2020-07-31,2020,1,Political violence,Battles,Armed clash,JNIM: Group "
        + "for Support of Islam and Muslims,,Rebel group,Police Forces of Mali (2013-),,State forces,"
        + "State forces-Rebel group,,466,");
    AcledRecord back = read(out).get(0);
    assertThat(back.interaction()).isEqualTo(read(G2).get(0).interaction());
    assertThat(back.extraColumns()).isEmpty();
  }

  @Test
  void numericActorTypesAndOtherDateStylesOnRequest() {
    String out = write(AcledCsv.writer().layout(AcledLayout.current()).actorTypes(ActorTypeStyle.NUMERIC)
        .dates(DateStyle.DAY_MONTH_YEAR_SLASHES).build(), read(G2));
    assertThat(out).contains("MLI4111,31/07/2020,2020,1,").contains(",2,Police Forces of Mali (2013-),,1,12,,466,");
  }

  @Test
  void aByteOrderMarkForExcelOnRequestAndNoneByDefault() {
    ByteArrayOutputStream with = new ByteArrayOutputStream();
    try (AcledCsvWriter.Output o = AcledCsv.writer().byteOrderMark(ByteOrderMark.WRITE).build().open(with)) {
      o.writeAll(read(G2));
    }
    assertThat(with.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
    ByteArrayOutputStream without = new ByteArrayOutputStream();
    try (AcledCsvWriter.Output o = AcledCsv.writer().build().open(without)) {
      o.writeAll(read(G2));
    }
    assertThat(without.toByteArray()[0]).isEqualTo((byte) 'd');
    try (AcledRecords back = AcledCsv.reader().build().open(new ByteArrayInputStream(with.toByteArray()), "bom",
        null)) {
      assertThat(back.stream().toList()).isEqualTo(read(G2));
    }
  }

  @Test
  void spreadsheetSafetyNeutralisesFormulasButNotNegativeNumbers() {
    String out = write(AcledCsv.writer().spreadsheetSafety(SpreadsheetSafety.NEUTRALIZE_FORMULAS).build(), read(G2));
    assertThat(out).contains(",\"'=HYPERLINK(\"\"x\"\"), one killed\",").contains(",12.2967,-5.4785,");
    String unsafe = write(AcledCsv.writer().build(), read(G2));
    assertThat(unsafe).contains(",\"=HYPERLINK(\"\"x\"\"), one killed\",");
  }

  @Test
  void everyKnownColumnIsWrittenAndReadBackUnchanged() {
    List<String> headers = Arrays.stream(AcledColumn.values()).map(AcledColumn::header).toList();
    AcledLayout all = AcledLayout.of(headers, null, DateStyle.ISO, ActorTypeStyle.NUMERIC);
    AcledRecord record = read(G2).get(0);
    AcledCsvWriter writer = AcledCsv.writer().layout(all).build();
    AcledCells cells = writer.cellsFor(record.layout());
    assertThat(cells.headers()).isEqualTo(headers);
    assertThat(cells.cells(record)).hasSize(headers.size()).contains("4111", "7", "MLI", "2020-07-31", "-5.4785");
    AcledRecord back = read(write(writer, List.of(record))).get(0);
    assertThat(back.dataId()).isEqualTo(record.dataId());
    assertThat(back.eventIdNoCnty()).isEqualTo(record.eventIdNoCnty());
    assertThat(back.iso3()).isEqualTo(record.iso3());
    assertThat(back.eventDate()).isEqualTo(record.eventDate());
    assertThat(back.interaction()).isEqualTo(record.interaction());
    assertThat(back.notes()).isEqualTo(record.notes());
    assertThat(back.latitude()).isEqualTo(record.latitude());
  }

  @Test
  void aWholeNumberColumnsCellIsItsNumberInPlainNotation() {
    List<String> headers = Arrays.stream(AcledColumn.values()).map(AcledColumn::header).toList();
    AcledCells cells = AcledCells.forLayout(AcledLayout.of(headers, null, DateStyle.ISO, ActorTypeStyle.NUMERIC));
    AcledRecord record = read(G2).get(0);
    AcledRecord yearless = AcledRecord.builder().from(record).year(OptionalInt.empty())
        .timePrecision(OptionalInt.empty()).timestamp(OptionalLong.empty()).build();
    List<AcledColumn> wholes = Arrays.stream(AcledColumn.values()).filter(AcledColumn::holdsWholeNumbers).toList();
    assertThat(wholes).extracting(AcledColumn::header).containsExactlyInAnyOrder("year", "time_precision", "iso",
        "geo_precision", "fatalities", "timestamp", "data_id", "event_id_no_cnty", "gwno");
    for (AcledRecord r : List.of(record, yearless)) {
      for (AcledColumn column : wholes) {
        int position = headers.indexOf(column.header());
        OptionalLong number = column.wholeNumber(r);
        assertThat(cells.cell(position, r)).as(column.header())
            .isEqualTo(number.isPresent() ? Long.toString(number.getAsLong()) : "");
        assertThat(cells.keepsSpelling(position, r)).isFalse();
      }
    }
    assertThat(AcledColumn.YEAR.wholeNumber(yearless)).hasValue(2020);
    assertThat(AcledColumn.TIMESTAMP.wholeNumber(yearless)).isEmpty();
    assertThat(AcledColumn.FATALITIES.wholeNumber(record)).hasValue(1);
    assertThat(AcledColumn.NOTES.holdsWholeNumbers()).isFalse();
    assertThatThrownBy(() -> AcledColumn.LATITUDE.wholeNumber(record))
        .isInstanceOf(UnsupportedOperationException.class).hasMessage("latitude does not hold whole numbers");
  }

  @Test
  void aCellKeepsItsFilesSpellingOnlyInItsOwnLayoutAndWhileItsValueIsUnchanged() {
    AcledRecord record = read(G2.replace("killed\",1,", "killed\",1.0,").replace(",2020,1,Battles", ",2020,01,Battles"))
        .get(0);
    AcledCells own = AcledCells.forLayout(record.layout().orElseThrow());
    int fatalities = record.layout().orElseThrow().headers().indexOf("fatalities");
    int precision = record.layout().orElseThrow().headers().indexOf("time_precision");
    int year = record.layout().orElseThrow().headers().indexOf("year");
    assertThat(own.keepsSpelling(fatalities, record)).isTrue();
    assertThat(own.cell(fatalities, record)).isEqualTo("1.0");
    assertThat(own.keepsSpelling(precision, record)).isTrue();
    assertThat(own.cell(precision, record)).isEqualTo("01");
    assertThat(own.keepsSpelling(year, record)).isFalse();
    assertThat(AcledColumn.FATALITIES.wholeNumber(record)).hasValue(1);
    AcledRecord edited = AcledRecord.builder().from(record).fatalities(2).build();
    assertThat(own.keepsSpelling(fatalities, edited)).isFalse();
    assertThat(own.cell(fatalities, edited)).isEqualTo("2");
    AcledCells other = AcledCells.forLayout(AcledLayout.current());
    assertThat(other.keepsSpelling(AcledLayout.current().headers().indexOf("fatalities"), record)).isFalse();
    assertThat(AcledCells.forLayout(record.layout().orElseThrow(), SpellingPolicy.NORMALIZE)
        .keepsSpelling(fatalities, record)).isFalse();
  }

  @Test
  void anEmptyOutputStillHasItsHeader() {
    StringWriter out = new StringWriter();
    AcledCsv.writer().build().open(out).close();
    assertThat(out.toString()).startsWith("event_id_cnty,event_date,year,").endsWith(",tags,timestamp\r\n");
    assertThat(StandardCharsets.UTF_8.name()).isEqualTo("UTF-8");
  }

  @Test
  void cellsAreWhatTheWriterWritesInTheOrderOfItsHeaders() {
    AcledCsvWriter writer = AcledCsv.writer().lineEnding(LineEnding.LF).build();
    AcledRecord record = read(G2).get(0);
    String[] lines = write(writer, List.of(record)).split("\n");
    AcledCells written = writer.cellsFor(record.layout());
    assertThat(String.join(",", written.headers())).isEqualTo(lines[0]);
    List<String> cells = written.cells(record);
    assertThat(cells).hasSize(32).startsWith("7", "466", "MLI4111", "4111", "31 July 2020", "2020", "1", "Battles")
        .contains("Studio Tamani; AMAP", "12.2967", "-5.4785").endsWith("1596481840", "MLI", "3200");
    assertThat(read(G2.substring(0, G2.indexOf('\n') + 1) + cells.stream()
        .map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(java.util.stream.Collectors.joining(",")) + "\n"))
        .containsExactly(record);
  }

  @Test
  void isoDatesAreWrittenAsTheFormatterWritesThemForEveryYear() {
    for (int year : new int[] {1, 999, 1000, 1997, 2026, 9999}) {
      java.time.LocalDate date = java.time.LocalDate.of(year, 2, 3);
      assertThat(DateStyle.ISO.format(date))
          .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd", java.util.Locale.ENGLISH).format(date));
    }
  }

  @Test
  void namesNameEveryCellEvenWhenBlankOrRepeated() {
    AcledLayout layout = AcledLayout.of(List.of("notes", "", "notes", "column 2", " ", "NOTES"), null, DateStyle.ISO,
        ActorTypeStyle.TEXT);
    assertThat(layout.names()).containsExactly("notes", "column 2", "notes (column 3)", "column 2 (column 4)",
        "column 5", "NOTES");
    assertThat(AcledCells.forLayout(layout).names()).isEqualTo(layout.names());
    assertThat(AcledLayout.of(List.of("a", "a (column 3)", "a"), null, DateStyle.ISO, ActorTypeStyle.TEXT).names())
        .containsExactly("a", "a (column 3)", "a (column 3)'");
  }

  @Test
  void csvLinesQuoteWhatNeedsQuotingAndNeutraliseFormulasWhenAsked() {
    assertThat(CsvLines.line(List.of("a", "b,c", "say \"x\"", " pad", "line\nbreak", ""), SpreadsheetSafety.OFF,
        LineEnding.CRLF)).isEqualTo("a,\"b,c\",\"say \"\"x\"\"\",\" pad\",\"line\nbreak\",\r\n");
    assertThat(CsvLines.line(List.of("=1+1", "-5.4785", "@x", "+cmd|' /C calc'!A0"),
        SpreadsheetSafety.NEUTRALIZE_FORMULAS, LineEnding.LF)).isEqualTo("'=1+1,-5.4785,'@x,'+cmd|' /C calc'!A0\n");
  }
}
