package org.sahelevents.io.ucdp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of GED files, with the other names they go by: the data browser's export writes {@code best_est},
 * {@code high_est} and {@code low_est} for {@code best}, {@code high} and {@code low}. Columns are found by header,
 * ignoring case and surrounding spaces, so their order does not matter. Stateless and thread-safe.
 */
enum UcdpColumn {
  ID("id"), RELID("relid"), YEAR("year"), ACTIVE_YEAR("active_year"), CODE_STATUS("code_status"),
  TYPE_OF_VIOLENCE("type_of_violence"), CONFLICT_DSET_ID("conflict_dset_id"), CONFLICT_NEW_ID("conflict_new_id"),
  CONFLICT_NAME("conflict_name"), DYAD_DSET_ID("dyad_dset_id"), DYAD_NEW_ID("dyad_new_id"), DYAD_NAME("dyad_name"),
  SIDE_A_DSET_ID("side_a_dset_id"), SIDE_A_NEW_ID("side_a_new_id"), SIDE_A("side_a"),
  SIDE_B_DSET_ID("side_b_dset_id"), SIDE_B_NEW_ID("side_b_new_id"), SIDE_B("side_b"),
  NUMBER_OF_SOURCES("number_of_sources"), SOURCE_ARTICLE("source_article"), SOURCE_OFFICE("source_office"),
  SOURCE_DATE("source_date"), SOURCE_HEADLINE("source_headline"), SOURCE_ORIGINAL("source_original"),
  WHERE_PREC("where_prec"), WHERE_COORDINATES("where_coordinates"), WHERE_DESCRIPTION("where_description"),
  ADM_1("adm_1"), ADM_2("adm_2"), LATITUDE("latitude"), LONGITUDE("longitude"), GEOM_WKT("geom_wkt"),
  PRIOGRID_GID("priogrid_gid"), COUNTRY("country"), ISO3("iso3"), COUNTRY_ID("country_id"), REGION("region"),
  EVENT_CLARITY("event_clarity"), DATE_PREC("date_prec"), DATE_START("date_start"), DATE_END("date_end"),
  DEATHS_A("deaths_a"), DEATHS_B("deaths_b"), DEATHS_CIVILIANS("deaths_civilians"),
  DEATHS_UNKNOWN("deaths_unknown"), BEST("best", "best_est"), HIGH("high", "high_est"), LOW("low", "low_est"),
  GWNOA("gwnoa"), GWNOB("gwnob");

  private static final Map<String, UcdpColumn> BY_HEADER = new HashMap<>();

  static {
    for (UcdpColumn c : values()) {
      for (String name : c.names) {
        BY_HEADER.put(name, c);
      }
    }
  }

  private final String[] names;

  UcdpColumn(String... names) {
    this.names = names;
  }

  /** The official GED name. */
  String header() {
    return names[0];
  }

  static Optional<UcdpColumn> forHeader(String header) {
    return Optional.ofNullable(BY_HEADER.get(header.strip().toLowerCase(Locale.ROOT)));
  }
}
