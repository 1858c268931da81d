package org.sahelevents.io.acled;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns ACLED has published, under their current names, with the older names they had ({@code ALLY_ACTOR_1}
 * is {@code assoc_actor_1}). Headers are matched ignoring case; a column not listed here is kept as an extra column.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum AcledColumn {
  EVENT_ID_CNTY("event_id_cnty"),
  EVENT_DATE("event_date"),
  YEAR("year"),
  TIME_PRECISION("time_precision"),
  DISORDER_TYPE("disorder_type"),
  EVENT_TYPE("event_type"),
  SUB_EVENT_TYPE("sub_event_type"),
  ACTOR1("actor1"),
  ASSOC_ACTOR_1("assoc_actor_1", "ally_actor_1"),
  INTER1("inter1"),
  ACTOR2("actor2"),
  ASSOC_ACTOR_2("assoc_actor_2", "ally_actor_2"),
  INTER2("inter2"),
  INTERACTION("interaction"),
  CIVILIAN_TARGETING("civilian_targeting"),
  ISO("iso"),
  REGION("region"),
  COUNTRY("country"),
  ADMIN1("admin1"),
  ADMIN2("admin2"),
  ADMIN3("admin3"),
  LOCATION("location"),
  LATITUDE("latitude"),
  LONGITUDE("longitude"),
  GEO_PRECISION("geo_precision"),
  SOURCE("source"),
  SOURCE_SCALE("source_scale"),
  NOTES("notes"),
  FATALITIES("fatalities"),
  TAGS("tags"),
  TIMESTAMP("timestamp"),
  /** 2019-2023 exports only: a row id that changed on every update. */
  DATA_ID("data_id"),
  /** 2017-2023 exports only: the number in {@code event_id_cnty}. */
  EVENT_ID_NO_CNTY("event_id_no_cnty"),
  /** 2019-2023 exports only: ISO 3166-1 alpha-3. */
  ISO3("iso3"),
  /** 2016 and earlier files: the Gleditsch-Ward country number, in place of {@code iso}. */
  GWNO("gwno");

  private static final Map<String, AcledColumn> BY_NAME = new HashMap<>();

  static {
    for (AcledColumn c : values()) {
      for (String name : c.names) {
        BY_NAME.put(name, c);
      }
    }
  }

  private final String[] names;

  AcledColumn(String... names) {
    this.names = names;
  }

  /** The current header name, for example {@code "assoc_actor_1"}. */
  public String header() {
    return names[0];
  }

  /** The column a header names, ignoring case and surrounding white space; empty for columns ACLED never had. */
  public static Optional<AcledColumn> forHeader(String header) {
    return Optional.ofNullable(BY_NAME.get(header.strip().toLowerCase(Locale.ROOT)));
  }
}
