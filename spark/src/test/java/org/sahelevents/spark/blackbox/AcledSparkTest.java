package org.sahelevents.spark.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKBReader;
import org.sahelevents.core.WarningPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.spark.AcledDatasets;
import org.sahelevents.spark.AcledSchema;
import org.sahelevents.spark.AcledSpark;

/** {@code AcledSpark.read} on the awkward fixture, against what the single-machine reader gives for it. */
class AcledSparkTest {
  private static final SparkSession SPARK = SharedSpark.session();
  private static Path file;
  private static Library library;
  private static AcledDatasets acled;
  private static List<Row> records;

  @BeforeAll
  static void read() {
    file = SharedData.awkward().toAbsolutePath().normalize();
    library = Library.read(file);
    acled = AcledSpark.read(SPARK, file.toString());
    records = acled.records().orderBy("source_line").collectAsList();
  }

  @Test
  void recordsAreTheRowsTheLibraryAccepts() {
    assertThat(records).extracting(r -> r.getAs("event_id_cnty"))
        .containsExactlyElementsOf(library.records().stream().map(AcledRecord::eventIdCnty).toList());
    assertThat(acled.records().schema()).isEqualTo(AcledSchema.RECORDS);
  }

  @Test
  void notesKeepLineBreaksDoubledQuotesAndATrailingBackslash() {
    assertThat(records).extracting(r -> (String) r.getAs("notes"))
        .containsExactlyElementsOf(library.records().stream().map(r -> r.notes().orElseThrow()).toList())
        .anySatisfy(n -> assertThat(n).contains("two lines,\nwith \"doubled quotes\" inside."))
        .anySatisfy(n -> assertThat(n).endsWith("backslash \\"));
  }

  @Test
  void columnsAreTypedAndThePointIsWkbAndDoubles() throws Exception {
    for (int i = 0; i < records.size(); i++) {
      Row row = records.get(i);
      AcledRecord expected = library.records().get(i);
      assertThat((Date) row.getAs("event_date")).isEqualTo(Date.valueOf(expected.eventDate()));
      assertThat((Integer) row.getAs("fatalities")).isEqualTo(expected.fatalities());
      assertThat((String) row.getAs("latitude")).isEqualTo(expected.latitude().toPlainString());
      assertThat((Double) row.getAs("lon")).isEqualTo(expected.longitude().doubleValue());
      assertThat((Long) row.getAs("source_line")).isEqualTo(expected.origin().orElseThrow().line().getAsLong());
      Point point = (Point) new WKBReader().read((byte[]) row.getAs("geometry"));
      assertThat(point.getX()).isEqualTo(expected.longitude().doubleValue());
      assertThat(point.getY()).isEqualTo(expected.latitude().doubleValue());
      assertThat((String) row.getAs("source_file")).isEqualTo(file.toString());
    }
  }

  @Test
  void problemsAreTheLibrarysWithFileLineColumnValueReasonAndSeverity() {
    List<Row> problems = acled.problems().orderBy("line").collectAsList();
    assertThat(problems).hasSameSizeAs(library.problems());
    List<DataProblem> expected = library.problems().stream()
        .sorted((a, b) -> Long.compare(a.location().line().getAsLong(), b.location().line().getAsLong())).toList();
    for (int i = 0; i < problems.size(); i++) {
      Row p = problems.get(i);
      DataProblem e = expected.get(i);
      assertThat((String) p.getAs("source_file")).isEqualTo(e.source());
      assertThat((Long) p.getAs("line")).isEqualTo(e.location().line().getAsLong());
      assertThat((String) p.getAs("column")).isEqualTo(e.column().orElse(null));
      assertThat((String) p.getAs("raw_value")).isEqualTo(e.rawValue().orElse(null));
      assertThat((String) p.getAs("reason")).isEqualTo(e.reason());
      assertThat((String) p.getAs("severity")).isEqualTo(e.severity().name());
      assertThat((String) p.getAs("message")).isEqualTo(e.toString());
      assertThat((Boolean) p.getAs("row_rejected")).isEqualTo(e.isError());
    }
  }

  @Test
  void nothingIsLostRejectedRowsKeepTheirText() {
    List<Row> rejected = acled.rejectedRows().orderBy("line").collectAsList();
    assertThat(rejected).hasSize((int) library.rejected());
    assertThat(records.size() + rejected.size()).isEqualTo(5);
    assertThat(rejected).extracting(r -> (String) r.getAs("raw_row"))
        .anySatisfy(raw -> assertThat(raw).startsWith("SPK3,").contains("95.2"))
        .anySatisfy(raw -> assertThat(raw).startsWith("SPK5,").contains("many"));
  }

  @Test
  void strictReadingRejectsRowsWithWarnings() {
    AcledDatasets strict = AcledSpark.reader().warnings(WarningPolicy.REJECT).build().read(SPARK, file.toString());
    assertThat(strict.records().count()).isEqualTo(library.records().size() - 1);
    assertThat(strict.rejectedRows().count()).isEqualTo(library.rejected() + 1);
  }

  @Test
  void theLayoutIsTheFilesOwn() {
    assertThat(acled.layout().headers()).isEqualTo(library.records().get(0).layout().orElseThrow().headers());
  }

  @Test
  void noPathOrAPathWithACommaIsRefused() {
    assertThatThrownBy(() -> AcledSpark.read(SPARK)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no ACLED file");
    assertThatThrownBy(() -> AcledSpark.read(SPARK, "a,b.csv")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a,b.csv");
  }
}
