package org.sahelevents.io.acled.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataLocation;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledFormatException;
import org.sahelevents.io.acled.AcledJson;
import org.sahelevents.io.acled.AcledReader;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.AcledValidation;

/** The readers' limits against hostile input: each ends in a located error or a rejected row, never a crash. */
class LimitsTest {
  private static final String HEADER = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,inter1,"
      + "interaction,country,location,latitude,longitude,fatalities,notes\n";
  private static final String ROW = "MLI1,2025-09-07,2025,Battles,Armed clash,"
      + "JNIM: Group for Support of Islam and Muslims,2,20,Mali,Dioema,14.54,-9.1921,3,";

  private static final String API_ROW = "{\"event_id_cnty\":\"MLI1\",\"event_date\":\"2025-09-07\",\"year\":\"2025\","
      + "\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"actor1\":\"JNIM\",\"inter1\":\"2\","
      + "\"interaction\":\"20\",\"country\":\"Mali\",\"location\":\"Dioema\",\"latitude\":\"14.54\","
      + "\"longitude\":\"-9.1921\",\"fatalities\":\"3\"}";

  private static List<AcledRejectedRow> rejected = new ArrayList<>();

  private static List<AcledRecord> read(AcledReader reader, String input) {
    rejected = new ArrayList<>();
    try (AcledRecords records = reader.open(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "in",
        rejected::add)) {
      List<AcledRecord> all = records.stream().toList();
      assertThat(records.rowsRead()).isEqualTo(records.rowsAccepted() + records.rowsRejected());
      return all;
    }
  }

  @Test
  void anOverlongQuotedFieldIsOneRejectedRowAndTheNextLineIsRead() {
    AcledReader reader = AcledCsv.reader().badRows(BadRowPolicy.COLLECT).maxRecordChars(1_000).build();
    String input = HEADER + ROW + "\"" + "x, \"\"quoted\"\"\n".repeat(300) + "\"\n" + ROW.replace("MLI1", "MLI2")
        + "fine\n";
    List<AcledRecord> records = read(reader, input);
    assertThat(records).extracting(AcledRecord::eventIdCnty).containsExactly("MLI2");
    assertThat(rejected).hasSize(1);
    assertThat(rejected.get(0).problems().get(0).toString()).isEqualTo(
        "in:2-302: column notes: record longer than 1000 characters");
    // The quoted field spanned 300 lines; the next row is located on its own line.
    assertThat(read(AcledCsv.reader().badRows(BadRowPolicy.COLLECT).maxRecordChars(1_000).build(),
        input + ROW.replace("MLI1", "MLI3") + "\"unterminated")).hasSize(1);
    assertThat(rejected.get(1).location()).isEqualTo(DataLocation.atLine(304));
  }

  @Test
  void anOverlongUnquotedFieldIsOneRejectedRow() {
    AcledReader reader = AcledCsv.reader().badRows(BadRowPolicy.COLLECT).maxRecordChars(1_000).build();
    List<AcledRecord> records = read(reader, HEADER + ROW + "x".repeat(5_000) + "\n" + ROW + "fine\n");
    assertThat(records).hasSize(1);
    assertThat(rejected).hasSize(1);
  }

  @Test
  void aTimestampPastYear9999IsARejectedCellNotAnInstantOverflow() {
    // Found by fuzzing: converting such a row to the model overflowed java.time.Instant.
    String header = HEADER.strip() + ",timestamp\n";
    AcledReader reader = AcledCsv.reader().badRows(BadRowPolicy.COLLECT).validation(AcledValidation.MODEL).build();
    List<AcledRecord> records = read(reader, header + ROW + "fine,99999999999999999\n" + ROW + "fine,1757500000\n");
    assertThat(records).singleElement().satisfies(r -> assertThat(r.timestamp()).hasValue(1_757_500_000L));
    assertThat(rejected).singleElement().satisfies(r -> assertThat(r.problems().get(0).toString()).isEqualTo(
        "in:2: column timestamp: \"99999999999999999\" must be a Unix time in seconds from 0 to 253402300799"));
  }

  @Test
  void aHeaderWiderThanTheColumnLimitIsAnError() {
    AcledReader reader = AcledCsv.reader().maxColumns(20).build();
    String wide = HEADER.strip() + ",extra".repeat(10) + "\n";
    assertThatThrownBy(() -> read(reader, wide + ROW + "x" + ",".repeat(10) + "\n"))
        .isInstanceOf(AcledFormatException.class)
        .hasMessage("in:1: the header has 24 columns, more than the limit of 20");
  }

  @Test
  void apiJsonNestedDeeperThanTheLimitIsALocatedErrorNotAnIoError() {
    String deep = "{\"data\":[{\"event_id_cnty\":\"MLI1\",\"notes\":" + "[".repeat(100) + "]".repeat(100) + "}]}";
    assertThatThrownBy(() -> read(AcledJson.reader().build(), deep)).isInstanceOf(AcledFormatException.class)
        .hasMessageStartingWith("in:").hasMessageContaining("over a limit").hasMessageContaining("nesting depth");
  }

  @Test
  void anApiValueOverTheRecordLimitEndsTheInputWithALocatedRejection() {
    String input = "{\"data\":[" + API_ROW + ",{\"event_id_cnty\":\"MLI2\",\"notes\":\"" + "x".repeat(5_000)
        + "\"}," + API_ROW + "]}";
    List<AcledRecord> records = read(AcledJson.reader().badRows(BadRowPolicy.COLLECT).maxRecordChars(1_000).build(),
        input);
    assertThat(records).hasSize(1);
    assertThat(rejected).hasSize(1);
    assertThat(rejected.get(0).problems().get(0).location().pointer()).contains("/data/1");
    assertThat(rejected.get(0).problems().get(0).reason()).startsWith("over a limit: String value length (5000)");
  }

  @Test
  void anApiRowWithMoreFieldsThanTheLimitIsRejectedAndTheNextIsRead() {
    StringBuilder wide = new StringBuilder("{\"event_id_cnty\":\"MLI1\"");
    for (int i = 0; i < 30; i++) {
      wide.append(",\"f").append(i).append("\":\"v\"");
    }
    String input = "[" + API_ROW + "," + wide + "}," + API_ROW + "]";
    List<AcledRecord> records = read(AcledJson.reader().badRows(BadRowPolicy.COLLECT).maxColumns(20).build(), input);
    assertThat(records).hasSize(2);
    assertThat(rejected).hasSize(1);
    assertThat(rejected.get(0).problems().get(0).location().pointer()).contains("/data/1");
    assertThat(rejected.get(0).problems().get(0).reason()).isEqualTo("row has more than 20 fields");
  }
}
