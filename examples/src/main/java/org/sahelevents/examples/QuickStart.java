package org.sahelevents.examples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;

/**
 * Teaches the shortest useful path: read an ACLED CSV (ACLED's consistency rules checked as it reads), print a
 * summary, write the incidents as GeoJSON for a map. {@code QuickStart [IN.csv [OUT.geojson]]}; without arguments it
 * reads the bundled {@link SampleData} and writes {@code incidents.geojson}.
 */
public final class QuickStart {
  public static void main(String[] args) throws Exception {
    try (var rows = args.length == 0 ? SampleData.records() : AcledCsv.reader().build().open(Path.of(args[0]))) {
      run(rows, Path.of(args.length > 1 ? args[1] : "incidents.geojson"), System.out);
    }
  }

  /** Writes the incidents of {@code rows} to {@code geojson} and prints how many there were, and their fatalities. */
  public static void run(AcledRecords rows, Path geojson, PrintStream out) throws Exception {
    long[] n = {0, 0}; // incidents, fatalities
    try (GeoJsonWriter.Output features = GeoJson.writer().build().open(Files.newOutputStream(geojson))) {
      AcledModelMapping.groupByEvent(rows.stream()).forEach(eventRows -> {
        var event = AcledModelMapping.toEvent(eventRows);
        features.write(IncidentFeatures.toFeature(event.incident(), event.catalog()));
        n[0]++;
        n[1] += eventRows.get(0).fatalities();
      });
    }
    out.printf("%s: %d rows read, %d accepted, %d rejected; %d incidents, %d fatalities; wrote %s%n", rows.name(),
        rows.rowsRead(), rows.rowsAccepted(), rows.rowsRejected(), n[0], n[1], geojson);
  }
}
