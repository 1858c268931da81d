package org.sahelevents.io.geojson.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonReader;
import org.sahelevents.io.geojson.GeoJsonWriter;

/**
 * The GeoJSON reader and sequence writer are shared between threads as their javadoc says they may be: one
 * configuration of each, eight threads converting different inputs (generated collections and the conformance
 * fixtures) at once, and every result equals the single-threaded one.
 */
class ConcurrencyTest {
  private static final GeoJsonReader GEOJSON = GeoJson.reader().badRecords(BadRowPolicy.COLLECT).build();
  private static final GeoJsonWriter SEQUENCE_WRITER = GeoJson.sequenceWriter().precision(5).build();

  private record Job(byte[] input, Function<byte[], String> convert) {}

  // GeoJSON: every problem, then the features written back as a sequence.
  private static String geoJson(byte[] input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder problems = new StringBuilder();
    try (GeoJsonFeatures features = GEOJSON.open(new ByteArrayInputStream(input), "in",
        p -> problems.append(p).append('\n'));
        GeoJsonWriter.Output output = SEQUENCE_WRITER.open(out)) {
      features.forEachRemaining(output::write);
    } catch (RuntimeException e) {
      problems.append(e.getMessage());
    }
    return problems + out.toString(StandardCharsets.UTF_8);
  }

  private static List<Job> jobs() throws IOException {
    List<Job> jobs = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      StringBuilder collection = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
      for (int f = 0; f < i * 5; f++) {
        collection.append(f == 0 ? "" : ",").append("{\"type\":\"Feature\",\"id\":").append(f)
            .append(",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[").append(i).append(".1234567,0],[")
            .append(i).append(',').append(f).append(".5],[0,0]]]},\"properties\":{\"n\":").append(f * i).append("}}");
      }
      jobs.add(new Job(collection.append("]}").toString().getBytes(StandardCharsets.UTF_8),
          ConcurrencyTest::geoJson));
    }
    for (Path f : GeoJsonReaderChecks.fixtures()) {
      jobs.add(new Job(Files.readAllBytes(f), ConcurrencyTest::geoJson));
    }
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
