package org.sahelevents.io.ucdp.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.model.DatasetEvent;
import org.sahelevents.core.validation.ModelValidator;
import org.sahelevents.core.validation.Severity;
import org.sahelevents.io.ucdp.UcdpGed;
import org.sahelevents.io.ucdp.UcdpModelMapping;
import org.sahelevents.io.ucdp.UcdpRecord;
import org.sahelevents.io.ucdp.UcdpRecords;

/**
 * Every real GED file of {@code shared/data/ucdp} reads with no rejected row and maps to a valid model; the counts
 * come from PROVENANCE.md, and the warnings from the inconsistencies it lists (low, best and high out of order).
 */
class RealGedFilesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "OmdenaAI_SudanChapter_AnalyzeHealthcareAccessibility__conflict_data_sdn.csv, 3822, 12",
      "t-downing_nigeria_rice_model__conflict_data_nga.csv, 4603, 70",
      "tsekhmeistruk_travel-advisor__ucdp-ged.csv, 23, 1"})
  void readsEveryRowAndMapsItToAValidModel(String file, long rows, long rowsOutOfOrder) {
    Path path = SharedData.ucdp(file);
    Map<String, Integer> kinds = new TreeMap<>();
    List<String> invalid = new ArrayList<>();
    long outOfOrder = 0;
    ModelValidator validator = ModelValidator.standard();
    try (UcdpRecords records = UcdpGed.reader().badRows(BadRowPolicy.COLLECT).build().open(path)) {
      while (records.hasNext()) {
        UcdpRecord r = records.next();
        for (DataProblem w : r.warnings()) {
          kinds.merge(w.column().orElse("-") + ": " + w.reason().replaceAll("\\d+", "N"), 1, Integer::sum);
        }
        if (r.warnings().stream().anyMatch(w -> w.reason().contains("low <= best <= high"))) {
          outOfOrder++;
        }
        DatasetEvent e = UcdpModelMapping.toEvent(r);
        validator.validate(e.catalog()).stream().filter(v -> v.severity() == Severity.ERROR)
            .forEach(v -> invalid.add(e.incident().getId() + ": " + v));
      }
      System.out.println(file + ": " + records.rowsRead() + " rows, " + records.rowsAccepted() + " accepted, "
          + records.rowsRejected() + " rejected, " + records.warnings() + " warnings in "
          + records.rowsWithWarnings() + " rows " + kinds);
      assertThat(records.rejectedRows()).isEmpty();
      assertThat(records.rowsRead()).isEqualTo(rows);
      assertThat(records.rowsAccepted()).isEqualTo(rows);
      // PROVENANCE.md found no other inconsistency: best is the sum of the deaths columns in every row, and so on.
      assertThat(records.warnings()).isEqualTo(rowsOutOfOrder);
    }
    assertThat(invalid).isEmpty();
    assertThat(outOfOrder).isEqualTo(rowsOutOfOrder);
  }
}
