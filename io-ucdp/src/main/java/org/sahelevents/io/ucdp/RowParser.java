package org.sahelevents.io.ucdp;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.WarningPolicy;
import org.sahelevents.core.validation.Severity;

/**
 * Turns the cells of one GED row into a {@link UcdpRecord}, checking them: errors make the row unusable, warnings
 * keep it (see the README's severities). Not thread-safe: one parser per input.
 */
final class RowParser {
  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}(?:\\.0*)?");
  private static final Pattern ISO_DATE =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[ T](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d{1,9})?Z?)?");
  private static final Pattern US_DATE =
      Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: (\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?: ?[AaPp][Mm])?)?");
  private static final Pattern WKT_POINT =
      Pattern.compile("POINT\\s*\\(\\s*([+-]?[0-9.]+(?:[eE][+-]?\\d+)?)\\s+([+-]?[0-9.]+(?:[eE][+-]?\\d+)?)\\s*\\)",
          Pattern.CASE_INSENSITIVE);
  // The widest date range each date_prec allows, in days between date_start and date_end, and the narrowest: 1 one
  // day; 2 two to six days; 3 a week; 4 about a month; 5 more than a month, within a year. Checked against every row
  // of the real GED files in shared/data/ucdp, which all fit.
  private static final long[] MIN_SPAN = {0, 0, 1, 1, 1, 1};
  private static final long[] MAX_SPAN = {0, 0, 5, 6, 30, 365};
  // WKT gives 7 decimals where latitude and longitude give 6: the two agree to a unit of the coarser.
  private static final int FINEST_COMPARED_DECIMALS = 6;

  private final String name;
  private final List<String> headers;
  private final Map<UcdpColumn, Integer> index;
  private final WarningPolicy warningPolicy;
  private final boolean[] known;
  private final List<DataProblem> problems = new ArrayList<>();
  private List<String> cells;
  private DataLocation location;

  RowParser(String name, List<String> headers, WarningPolicy warningPolicy) {
    this.name = name;
    this.headers = headers;
    this.warningPolicy = warningPolicy;
    this.index = new EnumMap<>(UcdpColumn.class);
    for (int i = 0; i < headers.size(); i++) {
      int column = i;
      UcdpColumn.forHeader(headers.get(i)).ifPresent(c -> index.putIfAbsent(c, column));
    }
    this.known = new boolean[headers.size()];
    index.values().forEach(i -> known[i] = true);
  }

  List<String> headers() {
    return headers;
  }

  /** The problems of the row last parsed; those of a rejected row when {@link #parse} gave null. */
  List<DataProblem> problems() {
    return List.copyOf(problems);
  }

  /** The record, or null when the row is rejected. {@code cells} has exactly one cell per header. */
  UcdpRecord parse(List<String> cells, DataLocation location) {
    this.cells = cells;
    this.location = location;
    problems.clear();
    UcdpRecord.Builder b = UcdpRecord.builder().origin(location);

    OptionalLong id = whole(UcdpColumn.ID, true);
    id.ifPresent(b::id);
    b.relid(text(UcdpColumn.RELID));
    OptionalInt year = integer(UcdpColumn.YEAR, false);
    b.year(year);
    text(UcdpColumn.ACTIVE_YEAR).ifPresent(v -> bool(UcdpColumn.ACTIVE_YEAR, v).ifPresent(b::activeYear));
    b.codeStatus(text(UcdpColumn.CODE_STATUS));
    OptionalInt type = integer(UcdpColumn.TYPE_OF_VIOLENCE, true);
    if (type.isPresent()) {
      Optional<UcdpViolenceType> t = UcdpViolenceType.ofCode(type.getAsInt());
      t.ifPresentOrElse(b::typeOfViolence, () -> error(UcdpColumn.TYPE_OF_VIOLENCE,
          "is not a type of violence: expected 1 (state-based), 2 (non-state) or 3 (one-sided)"));
    }
    b.conflictDsetId(text(UcdpColumn.CONFLICT_DSET_ID)).conflictNewId(text(UcdpColumn.CONFLICT_NEW_ID))
        .conflictName(text(UcdpColumn.CONFLICT_NAME)).dyadDsetId(text(UcdpColumn.DYAD_DSET_ID))
        .dyadNewId(text(UcdpColumn.DYAD_NEW_ID)).dyadName(text(UcdpColumn.DYAD_NAME))
        .sideADsetId(text(UcdpColumn.SIDE_A_DSET_ID)).sideANewId(text(UcdpColumn.SIDE_A_NEW_ID))
        .sideBDsetId(text(UcdpColumn.SIDE_B_DSET_ID)).sideBNewId(text(UcdpColumn.SIDE_B_NEW_ID));
    required(UcdpColumn.SIDE_A).ifPresent(b::sideA);
    required(UcdpColumn.SIDE_B).ifPresent(b::sideB);
    b.numberOfSources(integer(UcdpColumn.NUMBER_OF_SOURCES, false));
    b.sourceArticle(text(UcdpColumn.SOURCE_ARTICLE)).sourceOffice(text(UcdpColumn.SOURCE_OFFICE))
        .sourceDate(text(UcdpColumn.SOURCE_DATE)).sourceHeadline(text(UcdpColumn.SOURCE_HEADLINE))
        .sourceOriginal(text(UcdpColumn.SOURCE_ORIGINAL));
    code(UcdpColumn.WHERE_PREC, 7, "1 (exact place) to 7 (international waters or airspace)").ifPresent(b::wherePrec);
    b.whereCoordinates(text(UcdpColumn.WHERE_COORDINATES)).whereDescription(text(UcdpColumn.WHERE_DESCRIPTION))
        .adm1(text(UcdpColumn.ADM_1)).adm2(text(UcdpColumn.ADM_2));
    Optional<BigDecimal> lat = coordinate(UcdpColumn.LATITUDE, 90);
    Optional<BigDecimal> lon = coordinate(UcdpColumn.LONGITUDE, 180);
    lat.ifPresent(b::latitude);
    lon.ifPresent(b::longitude);
    Optional<String> wkt = text(UcdpColumn.GEOM_WKT);
    b.geomWkt(wkt);
    if (wkt.isPresent() && lat.isPresent() && lon.isPresent()) {
      checkWkt(wkt.get(), lat.get(), lon.get());
    }
    b.priogridGid(whole(UcdpColumn.PRIOGRID_GID, false));
    required(UcdpColumn.COUNTRY).ifPresent(b::country);
    b.iso3(text(UcdpColumn.ISO3)).countryId(integer(UcdpColumn.COUNTRY_ID, false)).region(text(UcdpColumn.REGION))
        .eventClarity(integer(UcdpColumn.EVENT_CLARITY, false));
    OptionalInt datePrec = code(UcdpColumn.DATE_PREC, 5, "1 (exact day) to 5 (more than a month)");
    datePrec.ifPresent(b::datePrec);
    Optional<LocalDate> start = date(UcdpColumn.DATE_START);
    Optional<LocalDate> end = date(UcdpColumn.DATE_END);
    start.ifPresent(b::dateStart);
    end.ifPresent(b::dateEnd);
    if (start.isPresent() && end.isPresent()) {
      checkDates(start.get(), end.get(), datePrec, year);
    }
    OptionalInt a = integer(UcdpColumn.DEATHS_A, false);
    OptionalInt bd = integer(UcdpColumn.DEATHS_B, false);
    OptionalInt civilians = integer(UcdpColumn.DEATHS_CIVILIANS, false);
    OptionalInt unknown = integer(UcdpColumn.DEATHS_UNKNOWN, false);
    b.deathsA(a).deathsB(bd).deathsCivilians(civilians).deathsUnknown(unknown);
    OptionalInt best = integer(UcdpColumn.BEST, true);
    OptionalInt high = integer(UcdpColumn.HIGH, false);
    OptionalInt low = integer(UcdpColumn.LOW, false);
    best.ifPresent(b::best);
    b.high(high).low(low);
    for (UcdpColumn c : List.of(UcdpColumn.DEATHS_A, UcdpColumn.DEATHS_B, UcdpColumn.DEATHS_CIVILIANS,
        UcdpColumn.DEATHS_UNKNOWN, UcdpColumn.BEST, UcdpColumn.HIGH, UcdpColumn.LOW)) {
      negative(c);
    }
    if (best.isPresent()) {
      checkDeaths(best.getAsInt(), high, low, a, bd, civilians, unknown);
    }
    b.gwnoa(text(UcdpColumn.GWNOA)).gwnob(text(UcdpColumn.GWNOB));
    Set<String> extras = new HashSet<>();
    for (int i = 0; i < headers.size(); i++) {
      // A header ending in a comma names an empty column: nothing to keep unless a row has a value there.
      if (!known[i] && !(headers.get(i).isBlank() && cells.get(i).isBlank())) {
        // An unnamed column (a pandas re-save's row index) is named by its position, and so is a repeated name.
        String name = headers.get(i).isBlank() ? "column " + (i + 1) : headers.get(i);
        b.putExtraColumns(extras.add(name) ? name : name + " (column " + (i + 1) + ")", cells.get(i));
      }
    }

    boolean rejected = problems.stream().anyMatch(DataProblem::isError)
        || warningPolicy == WarningPolicy.REJECT && !problems.isEmpty();
    if (rejected) {
      return null;
    }
    return b.warnings(problems).build();
  }

  private void checkWkt(String wkt, BigDecimal lat, BigDecimal lon) {
    Matcher m = WKT_POINT.matcher(wkt);
    if (!m.matches()) {
      warning(UcdpColumn.GEOM_WKT, "is not a WKT point such as POINT (-1.5 12.3); latitude and longitude are used");
      return;
    }
    BigDecimal wktLon;
    BigDecimal wktLat;
    try {
      wktLon = new BigDecimal(m.group(1));
      wktLat = new BigDecimal(m.group(2));
    } catch (NumberFormatException e) {
      warning(UcdpColumn.GEOM_WKT, "is not a WKT point such as POINT (-1.5 12.3); latitude and longitude are used");
      return;
    }
    if (!agree(wktLat, lat) || !agree(wktLon, lon)) {
      warning(UcdpColumn.GEOM_WKT, "is not the point of latitude " + lat.toPlainString() + " and longitude "
          + lon.toPlainString() + "; latitude and longitude are used");
    }
  }

  private static boolean agree(BigDecimal wkt, BigDecimal column) {
    int decimals = Math.min(Math.max(column.scale(), 0), FINEST_COMPARED_DECIMALS);
    return wkt.subtract(column).abs().compareTo(BigDecimal.ONE.movePointLeft(decimals)) < 0;
  }

  private void checkDates(LocalDate start, LocalDate end, OptionalInt datePrec, OptionalInt year) {
    if (end.isBefore(start)) {
      error(UcdpColumn.DATE_END, "is before date_start " + start + ": the event has no date range");
      return;
    }
    long span = ChronoUnit.DAYS.between(start, end);
    if (datePrec.isPresent()) {
      int p = datePrec.getAsInt();
      if (span < MIN_SPAN[p] || span > MAX_SPAN[p]) {
        warning(UcdpColumn.DATE_PREC, "does not match the dates " + start + " to " + end + " (" + (span + 1)
            + " days): " + precisionInWords(p));
      }
    }
    if (year.isPresent() && year.getAsInt() != start.getYear() && year.getAsInt() != end.getYear()) {
      warning(UcdpColumn.YEAR, "is neither the year of date_start nor that of date_end (" + start + " to " + end
          + ")");
    }
  }

  private static String precisionInWords(int p) {
    return switch (p) {
      case 1 -> "1 means one day";
      case 2 -> "2 means two to six days";
      case 3 -> "3 means about a week";
      case 4 -> "4 means about a month, up to 31 days";
      default -> "5 means more than a month, within a year";
    };
  }

  private void checkDeaths(int best, OptionalInt high, OptionalInt low, OptionalInt a, OptionalInt b,
      OptionalInt civilians, OptionalInt unknown) {
    if (low.isPresent() && low.getAsInt() > best) {
      warning(UcdpColumn.LOW, "is higher than best (" + best + "): expected low <= best <= high");
    }
    if (high.isPresent() && high.getAsInt() < best) {
      warning(UcdpColumn.HIGH, "is lower than best (" + best + "): expected low <= best <= high");
    }
    if (a.isPresent() && b.isPresent() && civilians.isPresent() && unknown.isPresent()) {
      long sum = (long) a.getAsInt() + b.getAsInt() + civilians.getAsInt() + unknown.getAsInt();
      if (sum != best) {
        warning(UcdpColumn.BEST, "is not the sum of deaths_a, deaths_b, deaths_civilians and deaths_unknown ("
            + sum + ")");
      }
    }
  }

  private void negative(UcdpColumn c) {
    Optional<String> v = text(c);
    if (v.isPresent() && v.get().startsWith("-") && WHOLE.matcher(v.get()).matches()
        && Double.parseDouble(v.get()) != 0) {
      error(c, "is negative: a number of deaths is 0 or more");
    }
  }

  private Optional<String> cell(UcdpColumn c) {
    Integer i = index.get(c);
    return i == null ? Optional.empty() : Optional.of(cells.get(i));
  }

  private Optional<String> text(UcdpColumn c) {
    return cell(c).map(String::strip).filter(v -> !v.isEmpty());
  }

  private Optional<String> required(UcdpColumn c) {
    Optional<String> v = text(c);
    if (v.isEmpty()) {
      error(c, index.containsKey(c) ? "is empty; every GED event has one" : "is missing; every GED event has one");
    }
    return v;
  }

  private OptionalLong whole(UcdpColumn c, boolean required) {
    Optional<String> v = required ? required(c) : text(c);
    if (v.isEmpty()) {
      return OptionalLong.empty();
    }
    String s = v.get();
    if (!WHOLE.matcher(s).matches()) {
      error(c, "is not a whole number");
      return OptionalLong.empty();
    }
    int dot = s.indexOf('.');
    return OptionalLong.of(Long.parseLong(dot < 0 ? s : s.substring(0, dot)));
  }

  private OptionalInt integer(UcdpColumn c, boolean required) {
    OptionalLong v = whole(c, required);
    if (v.isEmpty()) {
      return OptionalInt.empty();
    }
    if (v.getAsLong() < Integer.MIN_VALUE || v.getAsLong() > Integer.MAX_VALUE) {
      error(c, "is too large a number");
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) v.getAsLong());
  }

  private OptionalInt code(UcdpColumn c, int max, String expected) {
    OptionalInt v = integer(c, true);
    if (v.isPresent() && (v.getAsInt() < 1 || v.getAsInt() > max)) {
      error(c, "is not a precision code: expected " + expected);
      return OptionalInt.empty();
    }
    return v;
  }

  private Optional<Boolean> bool(UcdpColumn c, String v) {
    switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "1.0" -> {
        return Optional.of(true);
      }
      case "false", "0", "0.0" -> {
        return Optional.of(false);
      }
      default -> {
        error(c, "is not true or false (True, False, 1 or 0)");
        return Optional.empty();
      }
    }
  }

  private Optional<BigDecimal> coordinate(UcdpColumn c, int limit) {
    Optional<String> v = required(c);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal d;
    try {
      d = new BigDecimal(v.get());
    } catch (NumberFormatException e) {
      error(c, "is not a number");
      return Optional.empty();
    }
    if (d.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
      error(c, "is out of range: expected -" + limit + " to " + limit);
      return Optional.empty();
    }
    return Optional.of(d);
  }

  private Optional<LocalDate> date(UcdpColumn c) {
    Optional<String> v = required(c);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      Matcher iso = ISO_DATE.matcher(v.get());
      if (iso.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3))));
      }
      Matcher us = US_DATE.matcher(v.get());
      if (us.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
            Integer.parseInt(us.group(2))));
      }
    } catch (DateTimeException e) {
      error(c, "is not a date of the calendar");
      return Optional.empty();
    }
    error(c, "is not a date: expected YYYY-MM-DD (with or without a time) or MM/DD/YYYY");
    return Optional.empty();
  }

  private void error(UcdpColumn c, String reason) {
    problem(c, reason, Severity.ERROR);
  }

  private void warning(UcdpColumn c, String reason) {
    problem(c, reason, Severity.WARNING);
  }

  private void problem(UcdpColumn c, String reason, Severity severity) {
    Integer i = index.get(c);
    String header = i == null ? c.header() : headers.get(i);
    problems.add(new DataProblem(name, location.member(header), header, cell(c).orElse(null), reason, severity));
  }
}
