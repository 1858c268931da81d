package org.sahelevents.io.acled;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shape of an ACLED file: its columns in order (as the header wrote them, unknown ones included), the HXL hashtag
 * row of HDX copies, and how it writes dates and actor types. A reader detects the layout of each file; a writer
 * writes records in a layout, by default the one they were read in.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AcledLayout implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final List<AcledColumn> CURRENT_COLUMNS = List.of(
      AcledColumn.EVENT_ID_CNTY, AcledColumn.EVENT_DATE, AcledColumn.YEAR, AcledColumn.TIME_PRECISION,
      AcledColumn.DISORDER_TYPE, AcledColumn.EVENT_TYPE, AcledColumn.SUB_EVENT_TYPE, AcledColumn.ACTOR1,
      AcledColumn.ASSOC_ACTOR_1, AcledColumn.INTER1, AcledColumn.ACTOR2, AcledColumn.ASSOC_ACTOR_2,
      AcledColumn.INTER2, AcledColumn.INTERACTION, AcledColumn.CIVILIAN_TARGETING, AcledColumn.ISO,
      AcledColumn.REGION, AcledColumn.COUNTRY, AcledColumn.ADMIN1, AcledColumn.ADMIN2, AcledColumn.ADMIN3,
      AcledColumn.LOCATION, AcledColumn.LATITUDE, AcledColumn.LONGITUDE, AcledColumn.GEO_PRECISION,
      AcledColumn.SOURCE, AcledColumn.SOURCE_SCALE, AcledColumn.NOTES, AcledColumn.FATALITIES, AcledColumn.TAGS,
      AcledColumn.TIMESTAMP);

  private static final List<AcledColumn> EXPORT_2019_COLUMNS = List.of(
      AcledColumn.DATA_ID, AcledColumn.ISO, AcledColumn.EVENT_ID_CNTY, AcledColumn.EVENT_ID_NO_CNTY,
      AcledColumn.EVENT_DATE, AcledColumn.YEAR, AcledColumn.TIME_PRECISION, AcledColumn.EVENT_TYPE,
      AcledColumn.SUB_EVENT_TYPE, AcledColumn.ACTOR1, AcledColumn.ASSOC_ACTOR_1, AcledColumn.INTER1,
      AcledColumn.ACTOR2, AcledColumn.ASSOC_ACTOR_2, AcledColumn.INTER2, AcledColumn.INTERACTION, AcledColumn.REGION,
      AcledColumn.COUNTRY, AcledColumn.ADMIN1, AcledColumn.ADMIN2, AcledColumn.ADMIN3, AcledColumn.LOCATION,
      AcledColumn.LATITUDE, AcledColumn.LONGITUDE, AcledColumn.GEO_PRECISION, AcledColumn.SOURCE,
      AcledColumn.SOURCE_SCALE, AcledColumn.NOTES, AcledColumn.FATALITIES, AcledColumn.TIMESTAMP, AcledColumn.ISO3);

  private final List<String> headers;
  private final List<String> names;
  private final List<AcledColumn> columns;
  private final List<String> hxlTags;
  private final DateStyle dateStyle;
  private final ActorTypeStyle actorTypeStyle;

  private AcledLayout(List<String> headers, List<String> hxlTags, DateStyle dateStyle, ActorTypeStyle actorTypeStyle) {
    this.headers = List.copyOf(headers);
    this.names = uniqueNames(this.headers);
    List<AcledColumn> mapped = new ArrayList<>();
    for (String h : headers) {
      mapped.add(AcledColumn.forHeader(h).orElse(null));
    }
    this.columns = java.util.Collections.unmodifiableList(mapped);
    this.hxlTags = hxlTags == null ? null : List.copyOf(hxlTags);
    this.dateStyle = Objects.requireNonNull(dateStyle, "dateStyle");
    this.actorTypeStyle = Objects.requireNonNull(actorTypeStyle, "actorTypeStyle");
  }

  /**
   * The current layout (since March 2023): 31 columns from {@code event_id_cnty} to {@code timestamp}, with
   * {@code disorder_type}, {@code civilian_targeting} and {@code tags}, text actor types and ISO dates.
   */
  public static AcledLayout current() {
    return of(CURRENT_COLUMNS, DateStyle.ISO, ActorTypeStyle.TEXT);
  }

  /** The 2019 to March 2023 export: 31 columns with {@code data_id}, {@code iso3}, numeric actor types. */
  public static AcledLayout export2019() {
    return of(EXPORT_2019_COLUMNS, DateStyle.DAY_MONTH_NAME_YEAR, ActorTypeStyle.NUMERIC);
  }

  private static AcledLayout of(List<AcledColumn> columns, DateStyle dates, ActorTypeStyle actorTypes) {
    return new AcledLayout(columns.stream().map(AcledColumn::header).toList(), null, dates, actorTypes);
  }

  /**
   * A layout with these header cells, as a file wrote them; headers are matched to {@link AcledColumn}s ignoring
   * case, and the others are extra columns.
   *
   * @param hxlTags the HXL hashtag row of an HDX copy, or null
   */
  public static AcledLayout of(List<String> headers, List<String> hxlTags, DateStyle dateStyle,
      ActorTypeStyle actorTypeStyle) {
    return new AcledLayout(headers, hxlTags, dateStyle, actorTypeStyle);
  }

  /** The header cells in file order, as written. */
  public List<String> headers() {
    return headers;
  }

  /** The known column at each position; null for an extra column. */
  public List<AcledColumn> columns() {
    return columns;
  }

  /** Whether the layout has this column. */
  public boolean has(AcledColumn column) {
    return columns.contains(column);
  }

  /** The HXL hashtag row of an HDX copy. */
  public Optional<List<String>> hxlTags() {
    return Optional.ofNullable(hxlTags);
  }

  public DateStyle dateStyle() {
    return dateStyle;
  }

  public ActorTypeStyle actorTypeStyle() {
    return actorTypeStyle;
  }

  /** A monadic export has {@code actor1} but no {@code actor2}: one row per actor, event ids repeat. */
  public boolean isMonadic() {
    return has(AcledColumn.ACTOR1) && !has(AcledColumn.ACTOR2);
  }

  /** The same columns with another date style. */
  public AcledLayout withDateStyle(DateStyle style) {
    if (style == dateStyle) {
      return this;
    }
    return new AcledLayout(headers, hxlTags, style, actorTypeStyle);
  }

  /** The same columns with another actor type style. */
  public AcledLayout withActorTypeStyle(ActorTypeStyle style) {
    if (style == actorTypeStyle) {
      return this;
    }
    return new AcledLayout(headers, hxlTags, dateStyle, style);
  }

  /**
   * The name of the cell at each position, unique within the layout: the header without surrounding white space,
   * except that a blank header is {@code column N} and a header that repeats an earlier name is
   * {@code header (column N)}, N counting from 1 (with {@code '} added in the unlikely case that this is taken too). A record keeps an extra column's value under this name,
   * and formats with named fields (GeoJSON properties) use it, so that no cell is lost.
   */
  public List<String> names() {
    return names;
  }

  private static List<String> uniqueNames(List<String> headers) {
    Set<String> taken = new HashSet<>();
    headers.forEach(h -> taken.add(h.strip()));
    Set<String> used = new HashSet<>();
    List<String> names = new ArrayList<>(headers.size());
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i).strip();
      String name = header.isEmpty() ? "column " + (i + 1) : header;
      if (!used.add(name)) {
        name = header + " (column " + (i + 1) + ")";
        while (taken.contains(name) || !used.add(name)) {
          name = name + "'";
        }
      }
      names.add(name);
    }
    return List.copyOf(names);
  }

  /**
   * Whether a row of these cells fits the header: as many cells as headers, or more only where the extra cells are
   * blank (spare commas at the ends of lines), or fewer only where the missing columns have blank headers.
   */
  boolean fits(List<String> cells) {
    return misfit(cells) == null;
  }

  /** Why a row of these cells does not fit the header, in words; null when it fits (see {@link #fits}). */
  String misfit(List<String> cells) {
    return misfit(headers, cells);
  }

  /** Why a row of these cells does not fit a header of these names, in words; null when it fits. */
  static String misfit(List<String> headers, List<String> cells) {
    int expected = headers.size();
    for (int i = expected; i < cells.size(); i++) {
      if (!cells.get(i).isBlank()) {
        return "row has " + cells.size() + " fields but the header has " + expected;
      }
    }
    for (int i = cells.size(); i < expected; i++) {
      if (!headers.get(i).isBlank()) {
        return "row has " + cells.size() + " fields but the header has " + expected + " (missing from column "
            + headers.get(i) + ")";
      }
    }
    return null;
  }

  /** The key under which a record keeps the value of the extra column at this position. */
  String extraKey(int position) {
    return names.get(position);
  }

  Map<AcledColumn, Integer> positions() {
    Map<AcledColumn, Integer> positions = new EnumMap<>(AcledColumn.class);
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i) != null) {
        positions.putIfAbsent(columns.get(i), i);
      }
    }
    return positions;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AcledLayout that
        && headers.equals(that.headers)
        && Objects.equals(hxlTags, that.hxlTags)
        && dateStyle == that.dateStyle
        && actorTypeStyle == that.actorTypeStyle;
  }

  @Override
  public int hashCode() {
    return Objects.hash(headers, hxlTags, dateStyle, actorTypeStyle);
  }

  @Override
  public String toString() {
    return Stream.of(headers.size() + " columns", isMonadic() ? "monadic" : null,
            hxlTags != null ? "HXL row" : null, "dates " + dateStyle, "actor types " + actorTypeStyle)
        .filter(Objects::nonNull).collect(Collectors.joining(", ", "AcledLayout[", "]"));
  }
}
