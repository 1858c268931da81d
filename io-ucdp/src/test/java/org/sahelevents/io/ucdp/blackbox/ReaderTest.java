package org.sahelevents.io.ucdp.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.io.ucdp.UcdpFormatException;
import org.sahelevents.io.ucdp.UcdpGed;
import org.sahelevents.io.ucdp.UcdpRecord;
import org.sahelevents.io.ucdp.UcdpRecords;

class ReaderTest {
  private static final String HEADER = "id,type_of_violence,side_a,side_b,where_prec,latitude,longitude,country,"
      + "date_prec,date_start,date_end,best\n";

  @Test
  void failsAtTheFirstBadRowByDefaultNamingLineColumnValueAndReason() {
    String csv = HEADER + "1,1,A,B,1,14.5,-4.2,Mali,1,2020-03-01,2020-03-01,5\n"
        + "2,9,A,B,1,14.5,-4.2,Mali,1,2020-03-01,2020-03-01,5\n";
    try (UcdpRecords records = UcdpGed.reader().build().open(new StringReader(csv), "f.csv", null)) {
      assertThat(records.next().id()).isEqualTo(1);
      assertThatThrownBy(records::next).isInstanceOf(UcdpFormatException.class)
          .hasMessage("f.csv:3: column type_of_violence: \"9\" is not a type of violence: expected 1 (state-based), "
              + "2 (non-state) or 3 (one-sided)");
    }
  }

  @Test
  void refusesAHeaderThatLacksARequiredColumn() {
    assertThatThrownBy(() -> UcdpGed.reader().build().open(new StringReader("id,side_a\n"), "f.csv", null))
        .isInstanceOf(UcdpFormatException.class)
        .hasMessageStartingWith("f.csv:1: the header lacks required column(s) type_of_violence, side_b");
  }

  @Test
  void refusesAFileThatIsNotGed() {
    assertThatThrownBy(() -> UcdpGed.reader().build().open(new StringReader("event_id_cnty,event_date\n"), "f.csv",
        null)).isInstanceOf(UcdpFormatException.class).hasMessageContaining("not a UCDP GED file");
  }

  @Test
  void refusesEmptyInput() {
    assertThatThrownBy(() -> UcdpGed.reader().build().open(new StringReader(""), "f.csv", null))
        .hasMessage("f.csv:1: empty input: no header");
  }

  @Test
  void refusesJsonWithoutAResultArray() {
    assertThatThrownBy(() -> UcdpGed.apiReader().build().open(new StringReader("{\"TotalCount\": 0}"), "p.json",
        null)).isInstanceOf(UcdpFormatException.class)
        .hasMessage("p.json: /: not UCDP API JSON: there is no Result array");
  }

  @Test
  void readsASpreadsheetResaveInWindows1252AndSaysSo() {
    byte[] csv = (HEADER.replace("country", "country,where_description")
        + "1,1,A,B,1,14.5,-4.2,Mali,pr\u00e8s de S\u00e9gou,1,2020-03-01,2020-03-01,5\n")
        .getBytes(Charset.forName("windows-1252"));
    try (UcdpRecords records = UcdpGed.reader().build().open(new ByteArrayInputStream(csv), "f.csv", null)) {
      assertThat(records.next().whereDescription()).contains("pr\u00e8s de S\u00e9gou");
      assertThat(records.hasNext()).isFalse();
      assertThat(records.encodingNote()).contains("not valid UTF-8 from byte 152; read as Windows-1252");
    }
  }

  @Test
  void readsEveryPageOfAFileOfApiPagesAndLocatesLaterPagesByRecord() {
    String row = "{\"id\": %d, \"type_of_violence\": 1, \"side_a\": \"A\", \"side_b\": \"B\", \"where_prec\": 1, "
        + "\"latitude\": 14.5, \"longitude\": -4.2, \"country\": \"Mali\", \"date_prec\": 1, "
        + "\"date_start\": \"2020-03-01\", \"date_end\": \"2020-03-01\", \"best\": %s}";
    String pages = "{\"TotalPages\": 2, \"Result\": [" + row.formatted(1, "5") + "], \"NextPageUrl\": \"x\"}\n"
        + "{\"TotalPages\": 2, \"Result\": [" + row.formatted(2, "5") + ", " + row.formatted(3, "\"many\"") + "]}";
    try (UcdpRecords records = UcdpGed.apiReader().badRows(BadRowPolicy.COLLECT).build()
        .open(new StringReader(pages), "pages.json", null)) {
      assertThat(records.stream().map(UcdpRecord::id)).containsExactly(1L, 2L);
      assertThat(records.rowsRead()).isEqualTo(3);
      assertThat(records.rejectedRows()).singleElement().extracting(r -> r.problems().get(0).toString())
          .isEqualTo("pages.json record 2: /Result/1/best: \"many\" is not a whole number");
    }
  }
}
