package org.sahelevents.io.acled;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.DisorderType;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.Interaction;
import org.sahelevents.core.taxonomy.SourceScale;
import org.sahelevents.core.taxonomy.SubEventType;

/**
 * One ACLED row, typed and faithful: every column of every generation, with the extra columns a file has (such as
 * {@code population_best}) kept in order. Coordinates keep their decimal digits; lists ({@code assoc_actor_*},
 * {@code source}, {@code tags}) are split on {@code ;}; an old event type keeps its original spelling next to the
 * current type it maps to. Cells are read without surrounding white space. Equality ignores where and how the row was
 * read (its origin, layout, warnings and spellings), so a record read back from a file it was written to equals the
 * original.
 *
 * <p>{@link AcledModelMapping} converts a record to the core model. Instances are immutable and thread-safe.
 */
@Value.Immutable
@RecordStyle
public abstract class AcledRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The largest {@link #timestamp()}: 9999-12-31T23:59:59Z, the last second of the dates ACLED's columns write. */
  public static final long MAX_TIMESTAMP = 253_402_300_799L;

  // The row the record was parsed from, when its reader was asked to keep it: the cells AcledCells writes for the
  // record in its own layout under SpellingPolicy.AS_READ, which then need not be made again. Not an attribute: a
  // record built from this one, changed or not, has none. Set once, before the record is handed out; the row and its
  // list hold their contents in final fields, so that a thread that sees the row sees its cells.
  private transient RowAsRead rowAsRead;

  AcledRecord() {}

  /** A record's row as its file wrote it, in the layout it was read in, as wide as that layout. */
  record RowAsRead(AcledLayout layout, List<String> cells) {}

  RowAsRead rowAsRead() {
    return rowAsRead;
  }

  void keepRowAsRead(RowAsRead row) {
    rowAsRead = row;
  }

  /** ACLED's event id, such as {@code MLI4111}; repeated on every row of an event in monadic exports. */
  public abstract String eventIdCnty();

  public abstract LocalDate eventDate();

  /** The {@code year} column; it must match {@link #eventDate()}. */
  public abstract OptionalInt year();

  /** The {@code time_precision} code, 1 to 3. */
  public abstract OptionalInt timePrecision();

  /** The {@code disorder_type} column (current layout only); empty when the file has none. */
  public abstract Set<DisorderType> disorderTypes();

  /** The event type in the current taxonomy; for an old event type, the type it maps to. */
  public abstract EventType eventType();

  /** The original event type of a file from before 2019, such as {@code "Remote violence"}. */
  public abstract Optional<String> legacyEventType();

  /** Absent in files from before 2019, and when an old event type has no unique sub-event type. */
  public abstract Optional<SubEventType> subEventType();

  /** The {@code actor1} cell as written; see {@link #actor1Alternatives()}. */
  public abstract String actor1();

  public abstract List<String> assocActor1();

  public abstract Optional<ActorType> inter1();

  public abstract Optional<String> actor2();

  public abstract List<String> assocActor2();

  public abstract Optional<ActorType> inter2();

  public abstract Optional<Interaction> interaction();

  /** The {@code civilian_targeting} column: {@code "Civilian targeting"} or blank. */
  @Value.Default
  public boolean civilianTargeting() {
    return false;
  }

  /** ISO 3166-1 numeric code of the country. */
  public abstract OptionalInt iso();

  public abstract Optional<String> region();

  public abstract String country();

  public abstract Optional<String> admin1();

  public abstract Optional<String> admin2();

  public abstract Optional<String> admin3();

  public abstract String location();

  /** Latitude with the digits the file gave (ACLED writes four decimals and strips trailing zeros). */
  public abstract BigDecimal latitude();

  public abstract BigDecimal longitude();

  /** The {@code geo_precision} code, 1 to 3. */
  public abstract OptionalInt geoPrecision();

  /** The {@code source} column split on {@code ;}: outlets, or {@code "Undisclosed Source"} for partners. */
  public abstract List<String> sources();

  /** The {@code source_scale} cell as written, such as {@code "Local partner-National"}; see {@link #sourceScales()}. */
  public abstract Optional<String> sourceScale();

  public abstract Optional<String> notes();

  /** The reported fatalities: ACLED's most conservative figure. Repeated on every row of a monadic event. */
  public abstract int fatalities();

  /** The {@code tags} column split on {@code ;}, such as {@code "crowd size=no report"}. */
  public abstract List<String> tags();

  /** When ACLED last uploaded or changed the row, in Unix seconds, from 0 to {@link #MAX_TIMESTAMP}. */
  public abstract OptionalLong timestamp();

  static boolean isTimestamp(long seconds) {
    return seconds >= 0 && seconds <= MAX_TIMESTAMP;
  }

  @Value.Check
  void checkTimestamp() {
    if (timestamp().isPresent() && !isTimestamp(timestamp().getAsLong())) {
      throw new IllegalArgumentException("timestamp must be a Unix time in seconds from 0 to " + MAX_TIMESTAMP
          + ", was " + timestamp().getAsLong());
    }
  }

  /** 2019-2023 exports only. */
  public abstract OptionalLong dataId();

  /** 2017-2023 exports only. */
  public abstract OptionalLong eventIdNoCnty();

  /** 2019-2023 exports only. */
  public abstract Optional<String> iso3();

  /** 2016 and earlier files only: Gleditsch-Ward country number. */
  public abstract OptionalInt gwno();

  /** Columns ACLED never defined, by header, in file order: {@code population_best}, a user's own column. */
  public abstract Map<String, String> extraColumns();

  /**
   * Where the row was read: the line it starts on (CSV) or its JSON pointer ({@code /data/12},
   * {@code /features/3/properties}); empty for a record not read from an input. Ignored by equals.
   */
  @Value.Auxiliary
  public abstract Optional<DataLocation> origin();

  /**
   * The warnings the reader found in the row: it is usable but inconsistent ({@code year} disagrees with
   * {@code event_date}, an interaction that does not match the actor types, ...). Empty for a clean row. Ignored by
   * equals.
   */
  @Value.Auxiliary
  public abstract List<DataProblem> warnings();

  /**
   * How the file wrote the cells whose text differs from how {@link AcledCells} writes their values ({@code "3.0"}
   * for fatalities 3, a list joined by {@code ";"}, a number padded with a no-break space), by the cell's name in the
   * layout ({@link AcledLayout#names()}). A writer in the same layout writes them as they were, as long as the value
   * is unchanged ({@link SpellingPolicy}). Empty when the file wrote every cell as this library does. Ignored by equals.
   */
  @Value.Auxiliary
  public abstract Map<String, Spelling> spellings();

  /** The layout of the file the row was read from; ignored by equals. */
  @Value.Auxiliary
  public abstract Optional<AcledLayout> layout();

  /**
   * The alternatives of an uncertain attribution: ACLED writes "X and/or Y" in one actor cell when either X or Y
   * did it. A plain cell gives one name.
   */
  public List<String> actor1Alternatives() {
    return alternatives(actor1());
  }

  /** As {@link #actor1Alternatives()}, for actor 2. */
  public List<String> actor2Alternatives() {
    return actor2().map(AcledRecord::alternatives).orElse(List.of());
  }

  /**
   * The scales of {@link #sourceScale()}, parsed leniently ({@code "Other-subnational"}, {@code "Local"}).
   *
   * @throws org.sahelevents.core.taxonomy.UnknownTermException if a part is not a source scale
   */
  public List<SourceScale> sourceScales() {
    return sourceScale().map(SourceScale::parseList).orElse(List.of());
  }

  private static List<String> alternatives(String cell) {
    return cell.contains("and/or") ? List.of(cell.split("\\s+and/or\\s+")) : List.of(cell);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AcledRecord}. Not thread-safe. */
  public static class Builder extends ImmutableAcledRecord.Builder {}
}
