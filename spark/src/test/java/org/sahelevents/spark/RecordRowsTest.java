package org.sahelevents.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;

/** Records become rows of the schema and come back as equal records. */
class RecordRowsTest {
  // An illustrative 2019-layout file (not ACLED data): numeric actor types, a name-of-month date, an extra column.
  private static final String CSV = "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,"
      + "event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,"
      + "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,"
      + "iso3,analyst_flag\n"
      + "9001,466,MLI9001,9001,07 September 2025,2025,1,Battles,Armed clash,JNIM: Group for Support of Islam and "
      + "Muslims,,2,Military Forces of Mali (2021-),,1,12,Western Africa,Mali,Kayes,Dioema,,Dioema,14.5400,-9.1921,1,"
      + "Studio Tamani;AFP,National,\"Illustrative, not ACLED data.\",3,1757500000,MLI,checked\n"
      + "9002,466,MLI9002,9002,08 September 2025,2025,1,Battles,Armed clash,JNIM,,2,,,0,20,Western Africa,Mali,Kayes,"
      + "Dioema,,Dioema,95.2,-9.1921,1,Studio Tamani,National,\"Illustrative, not ACLED data.\",3,1757500000,MLI,\n";

  private static List<AcledRecord> records(List<AcledRejectedRow> rejected) {
    List<AcledRecord> out = new ArrayList<>();
    try (AcledRecords in = AcledCsv.reader().badRows(BadRowPolicy.COLLECT).build()
        .open(new StringReader(CSV), "mali-2019.csv", rejected::add)) {
      in.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void aRecordBecomesTypedCellsOfTheSchema() throws ParseException {
    AcledRecord record = records(new ArrayList<>()).get(0);
    Row row = RecordRows.record(record, "mali-2019.csv");
    assertThat(row.size()).isEqualTo(AcledSchema.RECORDS.size());
    assertThat(row.get(AcledSchema.RECORDS.fieldIndex("event_date"))).isEqualTo(Date.valueOf("2025-09-07"));
    assertThat(row.get(AcledSchema.RECORDS.fieldIndex("data_id"))).isEqualTo(9001L);
    assertThat(row.get(AcledSchema.RECORDS.fieldIndex("fatalities"))).isEqualTo(3);
    assertThat(row.get(AcledSchema.RECORDS.fieldIndex("latitude"))).isEqualTo("14.5400");
    assertThat(row.get(AcledSchema.RECORDS.fieldIndex("inter1"))).isEqualTo("Rebel group");
    assertThat(row.get(AcledSchema.RECORDS.fieldIndex("disorder_type"))).isEqualTo("Political violence");
    assertThat(row.get(AcledSchema.RECORDS.fieldIndex("source"))).isEqualTo("Studio Tamani; AFP");
    assertThat(row.get(AcledSchema.RECORDS.fieldIndex("tags"))).isNull();
    assertThat(row.<String, String>getJavaMap(AcledSchema.RECORDS.fieldIndex("extra_columns")))
        .containsExactly(Map.entry("analyst_flag", "checked"));
    assertThat(row.get(AcledSchema.RECORDS.fieldIndex("source_line"))).isEqualTo(2L);
    Point p = (Point) new WKBReader().read((byte[]) row.get(AcledSchema.RECORDS.fieldIndex("geometry")));
    assertThat(p.getX()).isEqualTo(-9.1921);
    assertThat(p.getY()).isEqualTo(14.54);
  }

  @Test
  void aRowGivesBackTheSameRecord() {
    AcledRecord record = records(new ArrayList<>()).get(0);
    // The row fills in the disorder type the sub-event type implies, as the schema says; nothing else changes.
    assertThat(RecordRows.toRecord(RecordRows.record(record, "mali-2019.csv"))).isEqualTo(AcledRecord.builder()
        .from(record).disorderTypes(record.subEventType().orElseThrow().disorderTypes()).build());
  }

  @Test
  void aRowWithoutOptionalValuesGivesBackTheSameRecord() {
    AcledRecord record = AcledRecord.builder().from(records(new ArrayList<>()).get(0)).dataId(OptionalLong.empty())
        .interaction(Optional.empty()).inter1(Optional.empty()).inter2(Optional.empty()).actor2(Optional.empty())
        .sources(List.of("A", "B", "C")).tags(List.of()).civilianTargeting(true).extraColumns(Map.of()).build();
    assertThat(RecordRows.toRecord(RecordRows.record(record, "mali-2019.csv"))).isEqualTo(AcledRecord.builder()
        .from(record).disorderTypes(record.subEventType().orElseThrow().disorderTypes()).build());
  }

  @Test
  void aRejectedRowKeepsItsTextAndEveryProblem() {
    List<AcledRejectedRow> rejected = new ArrayList<>();
    records(rejected);
    assertThat(rejected).hasSize(1);
    List<Row> problems = RecordRows.rejected(rejected.get(0));
    assertThat(problems).hasSameSizeAs(rejected.get(0).problems());
    Row p = problems.get(0);
    assertThat(p.getString(0)).isEqualTo("mali-2019.csv");
    assertThat(p.getLong(1)).isEqualTo(3L);
    assertThat(p.getString(3)).isEqualTo("latitude");
    assertThat(p.getString(4)).isEqualTo("95.2");
    assertThat(p.getString(6)).isEqualTo("ERROR");
    assertThat(p.getBoolean(8)).isTrue();
    assertThat(p.getString(9)).startsWith("9002,466,MLI9002,").contains(",95.2,")
        .contains("\"Illustrative, not ACLED data.\"");
  }
}
