package org.sahelevents.benchmarks;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;

/**
 * Writes a deterministic ACLED-like CSV in the current layout: real place names and coordinates of Mali, Burkina Faso
 * and Niger, plausible actors and types, notes of a few hundred characters with commas and quotes, as in real exports.
 * The same seed and row count give the same bytes. The data is synthetic, not ACLED's.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.sahelevents.benchmarks.AcledFileGenerator ROWS FILE}
 */
public final class AcledFileGenerator {
  static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
      + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,"
      + "region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
      + "fatalities,tags,timestamp";

  private record Place(String country, String prefix, int iso, String admin1, String name, double lat, double lon) {}

  private static final Place[] PLACES = {
    new Place("Mali", "MLI", 466, "Bamako", "Bamako", 12.60915, -7.97522),
    new Place("Mali", "MLI", 466, "Koulikoro", "Kati", 12.74409, -8.07257),
    new Place("Mali", "MLI", 466, "Kidal", "Kidal", 18.44345, 1.40921),
    new Place("Mali", "MLI", 466, "Kidal", "Tessalit", 20.20126, 1.01186),
    new Place("Mali", "MLI", 466, "Gao", "Gao", 16.27167, -0.04472),
    new Place("Mali", "MLI", 466, "Tombouctou", "Timbuktu", 16.77348, -3.00742),
    new Place("Mali", "MLI", 466, "Ségou", "Ségou", 13.44032, -6.25947),
    new Place("Mali", "MLI", 466, "Mopti", "Mopti", 14.48430, -4.18296),
    new Place("Mali", "MLI", 466, "Kayes", "Kayes", 14.44776, -11.44393),
    new Place("Mali", "MLI", 466, "Kayes", "Diéma", 14.54000, -9.19210),
    new Place("Mali", "MLI", 466, "Sikasso", "Bougouni", 11.41769, -7.48323),
    new Place("Burkina Faso", "BFO", 854, "Centre", "Ouagadougou", 12.3703, -1.5247),
    new Place("Burkina Faso", "BFO", 854, "Sahel", "Djibo", 14.1022, -1.6306),
    new Place("Niger", "NIR", 562, "Tillaberi", "Tillaberi", 14.2117, 1.4531),
    new Place("Niger", "NIR", 562, "Niamey", "Niamey", 13.5137, 2.1098),
  };

  private record Kind(String disorder, String type, String sub, int inter1, int inter2, boolean civilians) {}

  private static final Kind[] KINDS = {
    new Kind("Political violence", "Battles", "Armed clash", 1, 2, false),
    new Kind("Political violence", "Battles", "Non-state actor overtakes territory", 1, 2, false),
    new Kind("Political violence", "Violence against civilians", "Attack", 2, 7, true),
    new Kind("Political violence", "Violence against civilians", "Abduction/forced disappearance", 2, 7, true),
    new Kind("Political violence", "Explosions/Remote violence", "Air/drone strike", 1, 2, false),
    new Kind("Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED", 2, 1, false),
    new Kind("Demonstrations", "Protests", "Peaceful protest", 6, 0, false),
    new Kind("Strategic developments", "Strategic developments", "Looting/property destruction", 2, 7, false),
  };

  private static final String[] ACTOR_TYPES = {"", "State forces", "Rebel group", "Political militia",
      "Identity militia", "Rioters", "Protesters", "Civilians", "External/Other forces"};

  private static final String[] SOURCES = {"Studio Tamani; AFP", "Undisclosed Source", "Le Pays Dogon",
      "Reuters; RFI", "Burkina24; AIB (Burkina Faso)", "ActuNiger", "Maliweb; Studio Tamani; AP"};

  private AcledFileGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: AcledFileGenerator ROWS FILE");
      System.exit(2);
    }
    try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      write(Long.parseLong(args[0]), 42, out);
    }
  }

  /** The records of {@code rows} generated rows, read by the ACLED reader. */
  public static List<AcledRecord> records(int rows, long seed) throws IOException {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (OutputStreamWriter w = new OutputStreamWriter(csv, StandardCharsets.UTF_8)) {
      write(rows, seed, w);
    }
    try (AcledRecords read = AcledCsv.reader().build().open(new ByteArrayInputStream(csv.toByteArray()), "gen",
        null)) {
      return read.stream().toList();
    }
  }

  /** Writes the header and {@code rows} rows. */
  public static void write(long rows, long seed, Writer out) throws IOException {
    Writer w = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder row = new StringBuilder(1024);
    w.write(HEADER);
    w.write("\r\n");
    LocalDate start = LocalDate.of(2018, 1, 1);
    for (long i = 0; i < rows; i++) {
      Place place = PLACES[random.nextInt(PLACES.length)];
      Kind kind = KINDS[random.nextInt(KINDS.length)];
      LocalDate date = start.plusDays(random.nextInt(3000));
      String actor1 = actor(kind.inter1(), place);
      String actor2 = kind.inter2() == 0 ? "" : actor(kind.inter2(), place);
      int fatalities = kind.type().equals("Protests") ? 0 : random.nextInt(10) < 6 ? random.nextInt(4)
          : random.nextInt(60);
      double lat = place.lat() + (random.nextDouble() - 0.5) * 0.2;
      double lon = place.lon() + (random.nextDouble() - 0.5) * 0.2;
      int low = Math.min(kind.inter1(), kind.inter2() == 0 ? 9 : kind.inter2());
      int high = Math.max(kind.inter1(), kind.inter2());
      String interaction = kind.inter2() == 0 ? ACTOR_TYPES[kind.inter1()] + " only"
          : ACTOR_TYPES[low] + "-" + ACTOR_TYPES[high];
      row.setLength(0);
      row.append(place.prefix()).append(i + 1).append(',').append(date).append(',').append(date.getYear())
          .append(',').append(1 + random.nextInt(3) / 2).append(',').append(kind.disorder()).append(',')
          .append(kind.type()).append(',').append(kind.sub()).append(',').append(actor1).append(',')
          .append(random.nextInt(4) == 0 ? "Fulani Ethnic Militia (" + place.country() + ")" : "").append(',')
          .append(ACTOR_TYPES[kind.inter1()]).append(',').append(actor2).append(",,")
          .append(ACTOR_TYPES[kind.inter2()]).append(',').append(interaction).append(',')
          .append(kind.civilians() ? "Civilian targeting" : "").append(',').append(place.iso())
          .append(",Western Africa,").append(place.country()).append(',').append(place.admin1()).append(',')
          .append(place.name()).append(",,").append(place.name()).append(',')
          .append(String.format(Locale.ROOT, "%.4f,%.4f", lat, lon)).append(',').append(1 + random.nextInt(3))
          .append(',').append(SOURCES[random.nextInt(SOURCES.length)]).append(",National-International,\"")
          .append(notes(random, date, place, actor1, fatalities)).append("\",").append(fatalities).append(',')
          .append(kind.type().equals("Protests") ? "crowd size=no report" : "").append(',')
          .append(1_600_000_000L + i).append("\r\n");
      w.append(row);
    }
    w.flush();
  }

  private static String actor(int type, Place place) {
    return switch (type) {
      case 1 -> "Military Forces of " + place.country() + " (2021-)";
      case 2 -> "JNIM: Group for Support of Islam and Muslims";
      case 6 -> "Protesters (" + place.country() + ")";
      case 7 -> "Civilians (" + place.country() + ")";
      default -> "Unidentified Armed Group (" + place.country() + ")";
    };
  }

  private static String notes(SplittableRandom random, LocalDate date, Place place, String actor, int fatalities) {
    String[] details = {"The attackers arrived on motorbikes, burned several shops and took livestock.",
        "Local sources said the \"\"checkpoint\"\" was overrun before reinforcements arrived from the nearby camp.",
        "Residents reported gunfire for several hours; the army said the situation was under control.",
        "The convoy, escorted by soldiers, was carrying fuel from the border; at least two trucks were burned."};
    return "On " + date.getDayOfMonth() + " " + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
        Locale.ENGLISH) + " " + date.getYear() + ", " + actor + " were involved in an incident in " + place.name()
        + " (" + place.admin1() + ", " + place.country() + "). " + details[random.nextInt(details.length)] + " "
        + details[random.nextInt(details.length)] + " " + fatalities + " fatalities were reported.";
  }
}
