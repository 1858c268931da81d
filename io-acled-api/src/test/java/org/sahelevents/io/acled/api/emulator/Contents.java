package org.sahelevents.io.acled.api.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeatures;

/**
 * The events of a file and of the emulated server as comparable summaries, by id: date, fatalities, notes,
 * timestamp and country, the fields an update must carry over. Stateless and thread-safe.
 */
public final class Contents {
  private Contents() {}

  /** The events of an ACLED CSV file or GeoJSON sequence (told by its first byte). */
  public static Map<String, String> ofFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      int first = in.read();
      if (first != 0x1E && first != '{') {
        try (AcledRecords records = AcledCsv.reader().build().open(file)) {
          return summary(records.stream());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (GeoJsonFeatures features = GeoJson.sequenceReader().build().open(file, null);
         AcledRecords records = AcledFeatures.toRecords(features, file.toString(), AcledCsv.reader().build(), null)) {
      return summary(records.stream());
    }
  }

  /** The server's events dated up to {@code last}, of the countries given (all when none). */
  public static Map<String, String> ofServer(AcledEmulator server, LocalDate last, String... countries) {
    Map<String, String> byId = new TreeMap<>();
    server.events().stream()
        .filter(e -> !LocalDate.parse(e.get("event_date")).isAfter(last))
        .filter(e -> countries.length == 0 || Stream.of(countries).anyMatch(c -> c.equals(e.get("country"))))
        .forEach(e -> byId.put(e.get("event_id_cnty"), String.join("|", e.get("event_date"), e.get("fatalities"),
            e.get("notes"), e.get("timestamp"), e.get("country"))));
    return byId;
  }

  private static Map<String, String> summary(Stream<AcledRecord> records) {
    Map<String, String> byId = new TreeMap<>();
    records.forEach(r -> byId.put(r.eventIdCnty(), String.join("|", r.eventDate().toString(),
        Integer.toString(r.fatalities()), r.notes().orElse(""), Long.toString(r.timestamp().orElseThrow()),
        r.country())));
    return byId;
  }
}
