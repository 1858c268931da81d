package org.sahelevents.io.ucdp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A GED record's cells as text, under GED's official column names in the official order, for writers of other formats
 * (GeoJSON properties, a table): whole numbers as digits, coordinates as read, dates as {@code YYYY-MM-DD},
 * {@code active_year} as {@code true}/{@code false}, and {@code null} for an empty cell. An HDX copy's {@code iso3} and
 * any other extra column follow the official ones, under their own names, so nothing of a row is lost.
 *
 * <p>Stateless and thread-safe.
 */
public final class UcdpCells {
  private static final List<UcdpColumn> OFFICIAL = Arrays.stream(UcdpColumn.values())
      .filter(c -> c != UcdpColumn.ISO3).toList();
  private static final Set<UcdpColumn> NUMERIC = EnumSet.of(UcdpColumn.ID, UcdpColumn.YEAR,
      UcdpColumn.TYPE_OF_VIOLENCE, UcdpColumn.NUMBER_OF_SOURCES, UcdpColumn.WHERE_PREC, UcdpColumn.LATITUDE,
      UcdpColumn.LONGITUDE, UcdpColumn.PRIOGRID_GID, UcdpColumn.COUNTRY_ID, UcdpColumn.EVENT_CLARITY,
      UcdpColumn.DATE_PREC, UcdpColumn.DEATHS_A, UcdpColumn.DEATHS_B, UcdpColumn.DEATHS_CIVILIANS,
      UcdpColumn.DEATHS_UNKNOWN, UcdpColumn.BEST, UcdpColumn.HIGH, UcdpColumn.LOW);
  private static final Map<UcdpColumn, Function<UcdpRecord, String>> CELL = Map.ofEntries(
      Map.entry(UcdpColumn.ID, r -> Long.toString(r.id())),
      Map.entry(UcdpColumn.RELID, r -> text(r.relid())),
      Map.entry(UcdpColumn.YEAR, r -> number(r.year())),
      Map.entry(UcdpColumn.ACTIVE_YEAR, r -> r.activeYear().map(String::valueOf).orElse(null)),
      Map.entry(UcdpColumn.CODE_STATUS, r -> text(r.codeStatus())),
      Map.entry(UcdpColumn.TYPE_OF_VIOLENCE, r -> Integer.toString(r.typeOfViolence().code())),
      Map.entry(UcdpColumn.CONFLICT_DSET_ID, r -> text(r.conflictDsetId())),
      Map.entry(UcdpColumn.CONFLICT_NEW_ID, r -> text(r.conflictNewId())),
      Map.entry(UcdpColumn.CONFLICT_NAME, r -> text(r.conflictName())),
      Map.entry(UcdpColumn.DYAD_DSET_ID, r -> text(r.dyadDsetId())),
      Map.entry(UcdpColumn.DYAD_NEW_ID, r -> text(r.dyadNewId())),
      Map.entry(UcdpColumn.DYAD_NAME, r -> text(r.dyadName())),
      Map.entry(UcdpColumn.SIDE_A_DSET_ID, r -> text(r.sideADsetId())),
      Map.entry(UcdpColumn.SIDE_A_NEW_ID, r -> text(r.sideANewId())),
      Map.entry(UcdpColumn.SIDE_A, UcdpRecord::sideA),
      Map.entry(UcdpColumn.SIDE_B_DSET_ID, r -> text(r.sideBDsetId())),
      Map.entry(UcdpColumn.SIDE_B_NEW_ID, r -> text(r.sideBNewId())),
      Map.entry(UcdpColumn.SIDE_B, UcdpRecord::sideB),
      Map.entry(UcdpColumn.NUMBER_OF_SOURCES, r -> number(r.numberOfSources())),
      Map.entry(UcdpColumn.SOURCE_ARTICLE, r -> text(r.sourceArticle())),
      Map.entry(UcdpColumn.SOURCE_OFFICE, r -> text(r.sourceOffice())),
      Map.entry(UcdpColumn.SOURCE_DATE, r -> text(r.sourceDate())),
      Map.entry(UcdpColumn.SOURCE_HEADLINE, r -> text(r.sourceHeadline())),
      Map.entry(UcdpColumn.SOURCE_ORIGINAL, r -> text(r.sourceOriginal())),
      Map.entry(UcdpColumn.WHERE_PREC, r -> Integer.toString(r.wherePrec())),
      Map.entry(UcdpColumn.WHERE_COORDINATES, r -> text(r.whereCoordinates())),
      Map.entry(UcdpColumn.WHERE_DESCRIPTION, r -> text(r.whereDescription())),
      Map.entry(UcdpColumn.ADM_1, r -> text(r.adm1())),
      Map.entry(UcdpColumn.ADM_2, r -> text(r.adm2())),
      Map.entry(UcdpColumn.LATITUDE, r -> decimal(r.latitude())),
      Map.entry(UcdpColumn.LONGITUDE, r -> decimal(r.longitude())),
      Map.entry(UcdpColumn.GEOM_WKT, r -> text(r.geomWkt())),
      Map.entry(UcdpColumn.PRIOGRID_GID, r -> r.priogridGid().isPresent()
          ? Long.toString(r.priogridGid().getAsLong()) : null),
      Map.entry(UcdpColumn.COUNTRY, UcdpRecord::country),
      Map.entry(UcdpColumn.ISO3, r -> text(r.iso3())),
      Map.entry(UcdpColumn.COUNTRY_ID, r -> number(r.countryId())),
      Map.entry(UcdpColumn.REGION, r -> text(r.region())),
      Map.entry(UcdpColumn.EVENT_CLARITY, r -> number(r.eventClarity())),
      Map.entry(UcdpColumn.DATE_PREC, r -> Integer.toString(r.datePrec())),
      Map.entry(UcdpColumn.DATE_START, r -> r.dateStart().toString()),
      Map.entry(UcdpColumn.DATE_END, r -> r.dateEnd().toString()),
      Map.entry(UcdpColumn.DEATHS_A, r -> number(r.deathsA())),
      Map.entry(UcdpColumn.DEATHS_B, r -> number(r.deathsB())),
      Map.entry(UcdpColumn.DEATHS_CIVILIANS, r -> number(r.deathsCivilians())),
      Map.entry(UcdpColumn.DEATHS_UNKNOWN, r -> number(r.deathsUnknown())),
      Map.entry(UcdpColumn.BEST, r -> Integer.toString(r.best())),
      Map.entry(UcdpColumn.HIGH, r -> number(r.high())),
      Map.entry(UcdpColumn.LOW, r -> number(r.low())),
      Map.entry(UcdpColumn.GWNOA, r -> text(r.gwnoa())),
      Map.entry(UcdpColumn.GWNOB, r -> text(r.gwnob())));
  private static final Set<String> NUMERIC_HEADERS = NUMERIC.stream().map(UcdpColumn::header)
      .collect(Collectors.toUnmodifiableSet());

  private UcdpCells() {}

  /** The record's column names: GED's official ones, then {@code iso3} if it has one, then its extra columns. */
  public static List<String> headers(UcdpRecord record) {
    List<String> headers = new ArrayList<>(OFFICIAL.size() + 1 + record.extraColumns().size());
    OFFICIAL.forEach(c -> headers.add(c.header()));
    if (record.iso3().isPresent()) {
      headers.add(UcdpColumn.ISO3.header());
    }
    headers.addAll(record.extraColumns().keySet());
    return headers;
  }

  /** The record's cells, one per name of {@link #headers(UcdpRecord)}; null where the cell is empty. */
  public static List<String> cells(UcdpRecord record) {
    List<String> cells = new ArrayList<>(OFFICIAL.size() + 1 + record.extraColumns().size());
    OFFICIAL.forEach(c -> cells.add(CELL.get(c).apply(record)));
    if (record.iso3().isPresent()) {
      cells.add(CELL.get(UcdpColumn.ISO3).apply(record));
    }
    record.extraColumns().values().forEach(v -> cells.add(v.isEmpty() ? null : v));
    return cells;
  }

  /** The official columns that hold numbers: ids, years, codes, coordinates and death counts. */
  public static Set<String> numericHeaders() {
    return NUMERIC_HEADERS;
  }

  private static String text(Optional<String> value) {
    return value.filter(v -> !v.isEmpty()).orElse(null);
  }

  private static String number(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : null;
  }

  private static String decimal(BigDecimal value) {
    return value.toPlainString();
  }
}
