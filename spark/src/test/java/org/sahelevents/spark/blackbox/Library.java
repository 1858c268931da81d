package org.sahelevents.spark.blackbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;

/** What the single-machine library reads from a file: the reference the Spark datasets are compared with. */
record Library(List<AcledRecord> records, List<DataProblem> problems, long rejected) {
  static Library read(Path file) {
    List<AcledRecord> records = new ArrayList<>();
    List<DataProblem> problems = new ArrayList<>();
    long[] rejected = {0};
    try (AcledRecords in = AcledCsv.reader().badRows(BadRowPolicy.COLLECT).build()
        .open(file, r -> {
          rejected[0]++;
          problems.addAll(r.problems());
        })) {
      in.forEachRemaining(r -> {
        records.add(r);
        problems.addAll(r.warnings());
      });
    }
    return new Library(records, problems, rejected[0]);
  }
}
