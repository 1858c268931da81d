package org.sahelevents.io.ucdp.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.io.ucdp.UcdpGed;
import org.sahelevents.io.ucdp.UcdpReader;
import org.sahelevents.io.ucdp.UcdpRecords;

/**
 * Whatever follows a GED header, reading it collects every bad row and never fails otherwise: rows read = rows
 * accepted + rows rejected, and each rejected row says why. API JSON broken after its first row ends reading with a
 * rejected row, not an exception.
 */
class NothingLostPropertiesTest {
  private static final String HEADER = "id,type_of_violence,side_a,side_b,where_prec,latitude,longitude,country,"
      + "date_prec,date_start,date_end,best,low,high,geom_wkt\n";

  @Property(tries = 300)
  void everyRowIsAcceptedOrRejectedWithAReason(
      @ForAll @StringLength(max = 300) @Chars({'1', '2', '-', '.', ',', '"', '\n', '\r', 'a', '#', ' ', '/'})
          String body) {
    UcdpReader reader = UcdpGed.reader().badRows(BadRowPolicy.COLLECT).maxRecordChars(200).build();
    try (UcdpRecords records = reader.open(new StringReader(HEADER + body), "p", null)) {
      records.forEachRemaining(r -> { });
      assertThat(records.rowsRead()).isEqualTo(records.rowsAccepted() + records.rowsRejected());
      records.rejectedRows().forEach(row -> assertThat(row.problems()).isNotEmpty());
    }
  }

  @Property(tries = 300)
  void brokenJsonIsARejectedRowLocatedByItsPointer(
      @ForAll @StringLength(max = 200) @Chars({'{', '}', '[', ']', '"', ':', ',', '1', 'n', 'R', 'e', 's'})
          String tail) {
    String json = "{\"TotalCount\": 1, \"Result\": [{\"id\": 1}" + tail;
    UcdpReader reader = UcdpGed.apiReader().badRows(BadRowPolicy.COLLECT).build();
    try (UcdpRecords records = reader.open(new StringReader(json), "p", null)) {
      records.forEachRemaining(r -> { });
      assertThat(records.rowsRead()).isEqualTo(records.rowsAccepted() + records.rowsRejected());
      records.rejectedRows().forEach(row -> assertThat(row.location().pointer()).isPresent());
    }
  }
}
