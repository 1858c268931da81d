package org.sahelevents.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledReader;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledValidation;

/**
 * Reading one generated ACLED file from memory, side by side in one run: raw CSV tokenising with Jackson (the
 * baseline), typed {@code AcledRecord}s checked against ACLED's rules, those records converted to model incidents, and
 * full model validation of every event with Hibernate Validator. One operation reads the whole file; rows per second
 * is operations per second times {@code rows}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class AcledReadBenchmark {
  @Param("20000")
  int rows;

  private byte[] data;
  private final CsvMapper csv = new CsvMapper();
  private final AcledReader consistency = AcledCsv.reader().build();
  private final AcledReader model = AcledCsv.reader().validation(AcledValidation.MODEL).build();

  @Setup
  public void generate() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStreamWriter w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      AcledFileGenerator.write(rows, 42, w);
    }
    data = bytes.toByteArray();
  }

  @Benchmark
  public long jacksonCsvTokens() throws IOException {
    long fields = 0;
    try (MappingIterator<String[]> it = csv.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
        .readValues(new ByteArrayInputStream(data))) {
      while (it.hasNext()) {
        fields += it.next().length;
      }
    }
    return fields;
  }

  @Benchmark
  public long acledRecords() {
    try (AcledRecords records = consistency.open(new ByteArrayInputStream(data), "bench", null)) {
      return records.stream().mapToLong(r -> r.fatalities()).sum();
    }
  }

  @Benchmark
  public long acledIncidents() {
    try (AcledRecords records = consistency.open(new ByteArrayInputStream(data), "bench", null)) {
      return records.stream().map(AcledModelMapping::toEvent).mapToLong(e -> e.incident().getParticipants().size())
          .sum();
    }
  }

  @Benchmark
  public long modelValidatedIncidents() {
    try (AcledRecords records = model.open(new ByteArrayInputStream(data), "bench", null)) {
      return records.stream().count();
    }
  }
}
