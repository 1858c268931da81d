package org.sahelevents.io.acled.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledCsvWriter;
import org.sahelevents.io.acled.AcledJson;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledReader;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledValidation;

/**
 * The ACLED readers and writer are shared between threads as their javadoc says they may be: one configuration of
 * each, eight threads converting different inputs (the spec cases, CSV and API JSON) at once, and every result equals
 * the single-threaded one.
 */
class ConcurrencyTest {
  private static final AcledReader CSV = AcledCsv.reader().badRows(BadRowPolicy.COLLECT)
      .validation(AcledValidation.MODEL).build();
  private static final AcledReader API = AcledJson.reader().badRows(BadRowPolicy.COLLECT)
      .validation(AcledValidation.MODEL).build();
  private static final AcledCsvWriter CSV_WRITER = AcledCsv.writer().build();

  private record Job(byte[] input, Function<byte[], String> convert) {}

  // ACLED: the CSV written, each record's cells as the shared writer gives them, its model event, every rejection.
  private static String acled(AcledReader reader, byte[] input) {
    StringBuilder result = new StringBuilder();
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (AcledRecords records = reader.open(new ByteArrayInputStream(input), "in",
        row -> result.append(row.problems()).append('\n'));
        AcledCsvWriter.Output out = CSV_WRITER.open(csv)) {
      records.forEachRemaining(r -> {
        out.write(r);
        result.append(CSV_WRITER.cellsFor(r.layout()).cells(r)).append('\n').append(AcledModelMapping.toEvent(r)).append('\n');
      });
    } catch (RuntimeException e) {
      result.append(e.getMessage());
    }
    return result.append(csv.toString(StandardCharsets.UTF_8)).toString();
  }

  private static List<Job> jobs() {
    List<Job> jobs = new ArrayList<>();
    AcledReaderChecks.specCases().forEach(c -> {
      AcledReader reader = AcledReaderChecks.isJson(c) ? API : CSV;
      jobs.add(new Job(c.get("input").asText().getBytes(StandardCharsets.UTF_8), in -> acled(reader, in)));
    });
    return jobs;
  }

  @Test
  void eightThreadsSharingOneConfigurationGetTheSingleThreadedResults() throws Exception {
    List<Job> jobs = jobs();
    List<String> expected = jobs.stream().map(j -> j.convert().apply(j.input())).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      List<Integer> order = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (int i = 0; i < jobs.size(); i++) {
          // Each round starts elsewhere, so that different inputs run side by side.
          int index = (i + round * 7) % jobs.size();
          Job job = jobs.get(index);
          order.add(index);
          results.add(pool.submit((Callable<String>) () -> job.convert().apply(job.input())));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(expected.get(order.get(i)));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
