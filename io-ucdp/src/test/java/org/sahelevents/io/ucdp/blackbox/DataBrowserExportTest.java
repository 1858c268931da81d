package org.sahelevents.io.ucdp.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.validation.ModelValidator;
import org.sahelevents.io.ucdp.UcdpGed;
import org.sahelevents.io.ucdp.UcdpModelMapping;
import org.sahelevents.io.ucdp.UcdpRecord;
import org.sahelevents.io.ucdp.UcdpRecords;

/**
 * A real export of the UCDP data browser (an excerpt, with its licence, in {@code src/test/resources/data-browser}):
 * its {@code *_est} columns, US dates, {@code True}/{@code False} and the comma that ends every data row.
 */
class DataBrowserExportTest {
  @Test
  void readsTheBrowsersLayoutWithNoProblem() throws Exception {
    List<UcdpRecord> read = new ArrayList<>();
    try (InputStream in = DataBrowserExportTest.class.getResourceAsStream(
        "/data-browser/sudan-gedevents-excerpt.csv");
         UcdpRecords records = UcdpGed.reader().badRows(BadRowPolicy.COLLECT).build().open(in, "export.csv", null)) {
      records.forEachRemaining(read::add);
      assertThat(records.rowsRead()).isEqualTo(27);
      assertThat(records.rowsRejected()).isZero();
      assertThat(records.warnings()).isZero();
    }
    UcdpRecord first = read.get(0);
    assertThat(first.relid()).contains("SUD-2001-3-625-2.1");
    assertThat(first.activeYear()).contains(true);
    assertThat(first.dateStart()).isEqualTo(LocalDate.of(2001, 1, 12));
    assertThat(first.best()).isEqualTo(2);
    assertThat(first.high()).hasValue(2);
    assertThat(first.extraColumns()).isEmpty();
    // 8694: an official claim of 630 rebels killed over a week of January 2001.
    UcdpRecord claim = read.stream().filter(r -> r.id() == 8694).findFirst().orElseThrow();
    assertThat(claim.dateEnd()).isEqualTo(LocalDate.of(2001, 1, 15));
    assertThat(claim.best()).isEqualTo(630);
    assertThat(read).anySatisfy(r -> assertThat(r.sourceHeadline().orElse("")).contains("\n"));
    assertThat(read).allSatisfy(r -> assertThat(ModelValidator.standard()
        .isValid(UcdpModelMapping.toEvent(r).catalog())).isTrue());
  }
}
