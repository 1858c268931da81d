package org.sahelevents.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.acled.geojson.ModelProperty;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonWriter;

/**
 * Teaches the shortest useful path: read an ACLED CSV (ACLED's consistency rules checked as it reads), print a
 * summary, write the rows as GeoJSON for a map, with ACLED's columns and each event's model, exactly as
 * {@code sahel-events convert} writes them. {@code QuickStart [IN.csv [OUT.geojson]]}; without arguments it
 * reads the bundled {@link SampleData}; without OUT it writes {@code incidents.geojson} into a new folder under the
 * system's temporary directory, and says where. A bad row or a missing file is one line and a non-zero exit code.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuickStart {
  public static void main(String[] args) {
    System.exit(main(args, System.out, System.err));
  }

  /** What {@link #main(String[])} does, printing to {@code out} and {@code err}; returns the exit code. */
  static int main(String[] args, PrintStream out, PrintStream err) {
    return ExampleMain.run(printed -> {
      if (args.length > 2) {
        throw new ExampleMain.UsageException("QuickStart [IN.csv [OUT.geojson]]");
      }
      Path geojson = args.length > 1 ? Path.of(args[1])
          : ExampleMain.defaultFolder("quickstart").resolve("incidents.geojson");
      try (var rows = args.length == 0 ? SampleData.records()
          : AcledCsv.reader().build().open(ExampleMain.input(args[0]))) {
        run(rows, geojson, printed);
      }
      return 0;
    }, out, err);
  }

  /**
   * Writes the rows of {@code rows} to {@code geojson}, each with its event's model, and prints how many incidents
   * there were, and their fatalities (an event's rows in a monadic file count once).
   */
  public static void run(AcledRecords rows, Path geojson, PrintStream out) {
    long incidents = 0;
    long fatalities = 0;
    try (GeoJsonWriter.Output output = GeoJson.writer().build().open(geojson)) {
      AcledFeatures.Output features = AcledFeatures.builder().model(ModelProperty.INCLUDE).build().on(output);
      Iterator<List<AcledRecord>> events = AcledModelMapping.groupByEvent(rows.stream()).iterator();
      while (events.hasNext()) {
        List<AcledRecord> event = events.next();
        event.forEach(features::write);
        incidents++;
        fatalities += event.get(0).fatalities();
      }
    }
    out.printf("%s: %d rows read, %d accepted, %d rejected; %d incidents, %d fatalities; wrote %s%n", rows.name(),
        rows.rowsRead(), rows.rowsAccepted(), rows.rowsRejected(), incidents, fatalities, geojson);
  }
}
