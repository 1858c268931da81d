package org.sahelevents.io.acled.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledFormatException;
import org.sahelevents.io.acled.AcledJson;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;

class ReaderTest {
  static final String HEADER = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,inter1,country,"
      + "location,latitude,longitude,fatalities\n";

  static String row(String id, String location) {
    return id + ",2025-09-07,2025,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,2,Mali,"
        + location + ",14.54,-9.1921,3\n";
  }

  private static AcledRecords open(byte[] bytes) {
    return AcledCsv.reader().build().open(new ByteArrayInputStream(bytes), "test.csv", null);
  }

  @Test
  void batchesAreAskedForBeforeReadingAndTheRecordsAreThenTakenFromThem() {
    byte[] bytes = (HEADER + row("MLI1", "Kati") + row("MLI2", "Kayes")).getBytes(StandardCharsets.UTF_8);
    try (AcledRecords records = open(bytes)) {
      records.hasNext();
      assertThatThrownBy(() -> records.batches(List::size)).isInstanceOf(IllegalStateException.class)
          .hasMessage("records were read already: ask for batches before reading");
    }
    try (AcledRecords records = open(bytes)) {
      Iterator<AcledRecords.Batch<List<String>>> batches =
          records.batches(rows -> rows.stream().map(AcledRecord::location).toList());
      assertThatThrownBy(records::hasNext).isInstanceOf(IllegalStateException.class)
          .hasMessage("the records are read in batches: take them from the batches");
      AcledRecords.Batch<List<String>> batch = batches.next();
      assertThat(batch.size()).isEqualTo(2);
      assertThat(batch.result()).containsExactly("Kati", "Kayes");
      assertThat(batches.hasNext()).isFalse();
      assertThat(records.rowsAccepted()).isEqualTo(2);
    }
  }

  @Test
  void windows1252FilesAreReadAsSuchAndTheReaderSaysSo() {
    byte[] bytes = (HEADER + row("MLI1", "Ségou") + row("MLI2", "Diéma")).getBytes(Charset.forName("windows-1252"));
    try (AcledRecords records = open(bytes)) {
      assertThat(records.stream().map(AcledRecord::location)).containsExactly("Ségou", "Diéma");
      int firstAccent = (HEADER + row("MLI1", "Ségou")).indexOf('é');
      assertThat(records.encodingNote()).contains("not valid UTF-8 from byte " + firstAccent
          + "; read as Windows-1252");
    }
  }

  @Test
  void aFileThatMixesEncodingsIsReadAndFlagged() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((HEADER + row("MLI1", "Ségou")).getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(row("MLI2", "Diéma").getBytes(Charset.forName("windows-1252")));
    try (AcledRecords records = open(bytes.toByteArray())) {
      assertThat(records.stream().map(AcledRecord::location)).containsExactly("Ségou", "Diéma");
      assertThat(records.encodingNote().orElseThrow()).contains("mixes encodings");
    }
  }

  @Test
  void utf8WithAByteOrderMarkAndArabicIsReadAsIs() {
    byte[] bytes = ("\uFEFF" + HEADER + row("MLI1", "تمبكتو")).getBytes(StandardCharsets.UTF_8);
    try (AcledRecords records = open(bytes)) {
      assertThat(records.stream().map(AcledRecord::location)).containsExactly("تمبكتو");
      assertThat(records.encodingNote()).isEmpty();
      assertThat(records.layout().headers().get(0)).isEqualTo("event_id_cnty");
    }
  }

  @Test
  void inputThatIsNotAcledFailsAtOnceWithAClearMessage() {
    assertThatThrownBy(() -> open(new byte[0])).isInstanceOf(AcledFormatException.class)
        .hasMessage("test.csv:1: empty input: no header");
    assertThatThrownBy(() -> open("name,age\nAmadou,30\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("test.csv:1: not an ACLED file: the header names none of ACLED's columns (event_id_cnty, "
            + "event_date, ...)");
    assertThatThrownBy(() -> open("event_id_cnty,event_date\nMLI1,2025-01-01\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("test.csv:1: the header lacks required column(s) event_type, actor1, country, location, "
            + "latitude, longitude, fatalities");
    assertThatThrownBy(() -> AcledJson.reader().build()
        .open(new ByteArrayInputStream("{\"status\":200}".getBytes(StandardCharsets.UTF_8)), "api.json", null))
        .hasMessage("api.json: /: not an ACLED API response: no \"data\" array");
  }

  @Test
  void theFirstBadRowStopsReadingByDefaultWithEveryProblemOfTheRow() {
    byte[] bytes = (HEADER + row("MLI1", "Kati") + "MLI2,someday,2025,Battles,Armed clash,JNIM,2,Mali,Kati,95,"
        + "-8,x\n" + row("MLI3", "Gao")).getBytes(StandardCharsets.UTF_8);
    try (AcledRecords records = open(bytes)) {
      assertThat(records.next().eventIdCnty()).isEqualTo("MLI1");
      assertThatThrownBy(records::next)
          .isInstanceOf(AcledFormatException.class)
          .hasMessage("test.csv:3: column event_date: \"someday\" not a date in any ACLED format (2020-07-31, 31 July "
              + "2020, 31/07/2020, 31-Jul-20) (and 2 more problem(s) in this row)")
          .satisfies(e -> assertThat(((AcledFormatException) e).problems()).extracting(DataProblem::message)
              .containsExactly("column event_date: \"someday\" not a date in any ACLED format (2020-07-31, 31 July "
                  + "2020, 31/07/2020, 31-Jul-20)", "column latitude: \"95\" must be between -90 and 90",
                  "column fatalities: \"x\" is not a whole number"));
      assertThat(records.rowsRead()).isEqualTo(records.rowsAccepted() + records.rowsRejected()).isEqualTo(2);
    }
  }

  @Test
  void recordsKeepTheirLineAndLayoutButEqualityIgnoresThem() {
    byte[] one = (HEADER + row("MLI1", "Kati")).getBytes(StandardCharsets.UTF_8);
    byte[] two = (HEADER + "\n\n" + row("MLI1", "Kati")).getBytes(StandardCharsets.UTF_8);
    List<AcledRecord> a;
    List<AcledRecord> b;
    try (AcledRecords r1 = open(one); AcledRecords r2 = open(two)) {
      a = r1.stream().toList();
      b = r2.stream().toList();
    }
    assertThat(a.get(0).origin()).contains(DataLocation.atLine(2));
    assertThat(b.get(0).origin()).contains(DataLocation.atLine(4));
    assertThat(a).isEqualTo(b);
  }

  @Test
  void decodedTextIsReadLikeTheSameFileWithAnUnpairedSurrogateAsAReplacementCharacter() {
    String text = HEADER + row("MLI1", "ⵜⵉⵏⴱⵓⴽⵜⵓ 𝄞") + row("MLI2", "Kidal \uD800");
    try (AcledRecords records = AcledCsv.reader().build().open(new java.io.StringReader(text), "text", null)) {
      assertThat(records.stream().map(AcledRecord::location)).containsExactly("ⵜⵉⵏⴱⵓⴽⵜⵓ 𝄞", "Kidal \uFFFD");
      assertThat(records.encodingNote()).isEmpty();
    }
  }

  @Test
  void cellsAreStrippedOfWhiteSpaceOfAnyKindButNotOfPrintableEdges() {
    String csv = HEADER + row("MLI1", " Gao\t") + row("MLI2", "\u2003Kidal\u3000") + row("MLI3", "~Mopti!")
        + row("MLI4", "\u00A0Tombouctou");
    try (AcledRecords records = open(csv.getBytes(StandardCharsets.UTF_8))) {
      // Every Unicode space goes, the no-break space included, which String.strip would keep.
      assertThat(records.stream().map(AcledRecord::location)).containsExactly("Gao", "Kidal", "~Mopti!",
          "Tombouctou");
    }
  }

  @Test
  void repeatedAndUniqueCellsKeepTheirValuesOverThousandsOfRows() {
    // Over many buffer fills, repeated and unique cells alike.
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 3000; i++) {
      csv.append(row("MLI" + i, i % 7 == 0 ? "Place " + i : "Gao " + (i % 3)));
    }
    try (AcledRecords records = open(csv.toString().getBytes(StandardCharsets.UTF_8))) {
      List<AcledRecord> read = records.stream().toList();
      assertThat(read).hasSize(3000);
      for (int i = 0; i < 3000; i++) {
        assertThat(read.get(i).eventIdCnty()).isEqualTo("MLI" + i);
        assertThat(read.get(i).location()).isEqualTo(i % 7 == 0 ? "Place " + i : "Gao " + (i % 3));
      }
    }
  }

  @Test
  void aRejectedApiRowKeepsItsJsonAsItWas() {
    String json = "{\"data\":[{\"event_id_cnty\":\"NIR1\",\"event_date\":\"2024-11-01\",\"year\":2024,"
        + "\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"actor1\":\"JNIM\",\"inter1\":\"Rebel group\","
        + "\"country\":\"Niger\",\"location\":\"Tera \\\"north\\\"\",\"latitude\":\"north\",\"longitude\":0.3214,"
        + "\"notes\":null,\"fatalities\":5}]}";
    List<AcledRejectedRow> rejected = new java.util.ArrayList<>();
    try (AcledRecords records = AcledJson.reader().badRows(BadRowPolicy.COLLECT).build()
        .open(new java.io.StringReader(json), "api.json", rejected::add)) {
      assertThat(records.stream()).isEmpty();
    }
    assertThat(rejected.get(0).raw()).contains(json.substring(json.indexOf('{', 1), json.length() - 2));
  }

  private record Outcome(List<String> accepted, List<AcledRejectedRow> rejected, long read) {}

  private static Outcome readAll(String csv) {
    List<AcledRejectedRow> rejected = new java.util.ArrayList<>();
    try (AcledRecords records = AcledCsv.reader().badRows(BadRowPolicy.COLLECT).build()
        .open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv", rejected::add)) {
      List<String> ids = records.stream().map(AcledRecord::eventIdCnty).toList();
      assertThat(records.rowsRead()).isEqualTo(records.rowsAccepted() + records.rowsRejected());
      return new Outcome(ids, rejected, records.rowsRead());
    }
  }

  @Test
  void aStrayQuoteThatSwallowsTheNextRowsIsReportedAndReadingResumesWhereTheRowsStartAgain() {
    // MLI2's location opens a quote that the quoted location of MLI4 closes: MLI3 and MLI4 were swallowed.
    String csv = HEADER + row("MLI1", "Kati") + row("MLI2", "\"Kayes") + row("MLI3", "Gao")
        + row("MLI4", "\"Mopti, north\"") + row("MLI5", "Sevare");
    Outcome outcome = readAll(csv);
    assertThat(outcome.accepted()).containsExactly("MLI1", "MLI3", "MLI4", "MLI5");
    assertThat(outcome.read()).isEqualTo(5);
    AcledRejectedRow damaged = outcome.rejected().get(0);
    assertThat(damaged.location()).isEqualTo(DataLocation.atLine(3));
    assertThat(damaged.raw()).contains(row("MLI2", "\"Kayes").strip());
    assertThat(damaged.problems().get(0).toString()).startsWith("test.csv:3: ")
        .endsWith("line 4 starts a row of its own, and reading goes on there");
  }

  @Test
  void anUnterminatedQuoteNearTheEndNamesEveryLineItSpansOrGivesThemBack() {
    String csv = HEADER + row("MLI1", "Kati") + row("MLI2", "\"Kayes") + row("MLI3", "Gao");
    Outcome outcome = readAll(csv);
    assertThat(outcome.accepted()).containsExactly("MLI1", "MLI3");
    assertThat(outcome.rejected()).singleElement().satisfies(r -> {
      assertThat(r.location()).isEqualTo(DataLocation.atLine(3));
      assertThat(r.raw()).contains(row("MLI2", "\"Kayes").strip());
    });
  }

  @Test
  void aQuotedNoteOverSeveralLinesOfARowTooWideIsOneRejectedRowNamingAllItsLines() {
    String csv = HEADER + row("MLI1", "\"Kati\nnorth\nof Bamako\"").replace(",3\n", ",3,extra\n")
        + row("MLI2", "Gao");
    Outcome outcome = readAll(csv);
    assertThat(outcome.accepted()).containsExactly("MLI2");
    AcledRejectedRow wide = outcome.rejected().get(0);
    assertThat(wide.location()).isEqualTo(DataLocation.atLine(2));
    assertThat(wide.cells()).hasSize(13).contains("Kati\nnorth\nof Bamako", "extra");
  }

  @Test
  void aHeaderThatAStrayQuoteRunsIntoTheRowsIsRefusedNamingItsLines() {
    String csv = HEADER.replace("event_date", "\"event_date") + "\n" + row("MLI1", "Kati\"") + row("MLI2", "Gao");
    assertThatThrownBy(() -> readAll(csv)).isInstanceOf(AcledFormatException.class)
        .hasMessage("test.csv:1-3: the header runs over lines 1 to 3: a quote in it is not closed on its line");
  }
}
