package org.sahelevents.io.acled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Records read in batches keep the row they were read from, and {@link AcledCells} gives it as their cells in their
 * own layout: the same cells as their values and spellings give, but only while nothing asks for other cells. (That
 * every row of the real exports gets the same cells this way is checked in {@code CellExactRoundTripTest}.)
 */
class KeptCellsTest {
  private static final String HEADER = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,inter1,country,"
      + "location,latitude,longitude,fatalities,source";
  // Cells as spreadsheets and old exports write them: a fraction on whole numbers, padding, a list without spaces.
  private static final String RESPELLED = "MLI1,2025-09-07,2025.0,Battles,Armed clash,JNIM,Rebel group,Mali,"
      + "\u00A0Kati,12.7441,-8.0726,3.0,Reuters;AFP";

  @Test
  void aRecordKeepsItsRowAsItsFileWroteIt() {
    AcledRecord record = readInBatches(HEADER + "\r\n" + RESPELLED + "\r\n").get(0);
    assertThat(record.rowAsRead().cells()).containsExactly(RESPELLED.split(","));
    assertThat(AcledCells.forLayout(record.layout().orElseThrow()).cells(record))
        .isEqualTo(AcledCells.forLayout(record.layout().orElseThrow()).cells(unkept(record)))
        .containsExactly(RESPELLED.split(","));
  }

  @Test
  void recordsReadOneAtATimeKeepNoRow() {
    try (AcledRecords records = AcledCsv.reader().build().open(input(HEADER + "\r\n" + RESPELLED + "\r\n"), "t",
        null)) {
      assertThat(records.next().rowAsRead()).isNull();
    }
  }

  @Test
  void aRecordBuiltFromAnotherKeepsNoRowSoAnEditIsWritten() {
    AcledRecord record = readInBatches(HEADER + "\r\n" + RESPELLED + "\r\n").get(0);
    AcledRecord edited = AcledRecord.builder().from(record).fatalities(4).build();
    assertThat(edited.rowAsRead()).isNull();
    assertThat(AcledCells.forLayout(record.layout().orElseThrow()).cells(edited).get(11)).isEqualTo("4");
  }

  @Test
  void normalisedCellsAndCellsOfAnotherLayoutAreMadeFromTheValues() {
    AcledRecord record = readInBatches(HEADER + "\r\n" + RESPELLED + "\r\n").get(0);
    assertThat(AcledCells.forLayout(record.layout().orElseThrow(), SpellingPolicy.NORMALIZE).cells(record))
        .containsExactly("MLI1", "2025-09-07", "2025", "Battles", "Armed clash", "JNIM", "Rebel group", "Mali",
            "Kati", "12.7441", "-8.0726", "3", "Reuters; AFP");
    AcledCells current = AcledCells.forLayout(AcledLayout.current());
    assertThat(current.cells(record)).isEqualTo(current.cells(unkept(record)))
        .hasSize(AcledLayout.current().headers().size());
  }

  @Test
  void aRowOfAnotherWidthThanItsHeaderKeepsNothing() {
    // Spare commas after the last column: the row is read, but its cells are not the layout's.
    AcledRecord record = readInBatches(HEADER + "\r\n" + RESPELLED + ",,\r\n").get(0);
    assertThat(record.rowAsRead()).isNull();
    assertThat(AcledCells.forLayout(record.layout().orElseThrow()).cells(record))
        .containsExactly(RESPELLED.split(","));
  }

  private static List<AcledRecord> readInBatches(String csv) {
    List<AcledRecord> read = new ArrayList<>();
    try (AcledRecords records = AcledCsv.reader().build().open(input(csv), "t", null)) {
      records.batches(read::addAll).forEachRemaining(batch -> { });
    }
    return read;
  }

  // The same record, built anew: it keeps no row, so its cells are made from its values and spellings.
  private static AcledRecord unkept(AcledRecord record) {
    AcledRecord copy = AcledRecord.builder().from(record).build();
    assertThat(copy.rowAsRead()).isNull();
    return copy;
  }

  private static ByteArrayInputStream input(String csv) {
    return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
  }
}
