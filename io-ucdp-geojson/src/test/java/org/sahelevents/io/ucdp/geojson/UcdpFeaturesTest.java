package org.sahelevents.io.ucdp.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.ucdp.UcdpGed;
import org.sahelevents.io.ucdp.UcdpRecord;
import org.sahelevents.io.ucdp.UcdpRecords;

class UcdpFeaturesTest {
  private static UcdpRecord read(String csv) {
    try (UcdpRecords records = UcdpGed.reader().build().open(new StringReader(csv), "t.csv", null)) {
      return records.next();
    }
  }

  @Test
  void aRowWithoutRelidIsIdentifiedByItsIdAndAnEmptyCellIsLeftOut() {
    UcdpRecord r = read("id,type_of_violence,side_a,side_b,where_prec,latitude,longitude,country,date_prec,"
        + "date_start,date_end,best,high,,start_year\n"
        + "7,3,JNIM,Civilians,1,14.4849,-4.1827,Mali,1,2020-03-01,2020-03-01,5,,0,2020\n");
    GeoJsonFeature f = UcdpFeatures.standard().toFeature(r);
    assertThat(f.id()).contains(new BigDecimal(7));
    assertThat(f.property("high").isMissingNode()).isTrue();
    assertThat(f.property("latitude").decimalValue()).isEqualByComparingTo("14.4849");
    assertThat(f.property("type_of_violence").asInt()).isEqualTo(3);
    assertThat(f.property("column 14").asText()).isEqualTo("0");
    assertThat(f.property("start_year").asText()).isEqualTo("2020");
    assertThat(f.geometry().orElseThrow().getCoordinate().x).isEqualTo(-4.1827);
  }
}
