package org.sahelevents.io.acled;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.sahelevents.core.taxonomy.DisorderType;
import org.sahelevents.core.taxonomy.SubEventType;

/**
 * The columns ACLED has published, under their current names, with the older names they had ({@code ALLY_ACTOR_1}
 * is {@code assoc_actor_1}). Headers are matched ignoring case; a column not listed here is kept as an extra column.
 *
 * Each column knows whether it holds numbers and how a record's value is written as its cell (see
 * {@link AcledCells}).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum AcledColumn {
  EVENT_ID_CNTY(false, "event_id_cnty") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return r.eventIdCnty();
    }
  },
  EVENT_DATE(false, "event_date") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return c.layout().dateStyle().format(r.eventDate());
    }
  },
  YEAR(true, "year") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return c.number(wholeNumber(r));
    }

    @Override
    public OptionalLong wholeNumber(AcledRecord r) {
      return OptionalLong.of(r.year().orElse(r.eventDate().getYear()));
    }
  },
  TIME_PRECISION(true, "time_precision") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return c.number(wholeNumber(r));
    }

    @Override
    public OptionalLong wholeNumber(AcledRecord r) {
      return whole(r.timePrecision());
    }
  },
  DISORDER_TYPE(false, "disorder_type") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return DisorderType.format(r.disorderTypes().isEmpty()
          ? r.subEventType().map(SubEventType::disorderTypes).orElse(Set.of()) : r.disorderTypes());
    }
  },
  EVENT_TYPE(false, "event_type") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return r.legacyEventType().filter(l -> !c.hasSubEventType())
          .orElse(r.eventType().label());
    }
  },
  SUB_EVENT_TYPE(false, "sub_event_type") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return r.subEventType().map(SubEventType::label).orElse("");
    }
  },
  ACTOR1(false, "actor1") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return r.actor1();
    }
  },
  ASSOC_ACTOR_1(false, "assoc_actor_1", "ally_actor_1") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return AcledCells.joined(r.assocActor1());
    }
  },
  INTER1(false, "inter1") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return c.actorType(r.inter1());
    }
  },
  ACTOR2(false, "actor2") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return r.actor2().orElse("");
    }
  },
  ASSOC_ACTOR_2(false, "assoc_actor_2", "ally_actor_2") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return AcledCells.joined(r.assocActor2());
    }
  },
  INTER2(false, "inter2") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return c.actorType(r.inter2());
    }
  },
  INTERACTION(false, "interaction") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return c.interaction(r);
    }
  },
  CIVILIAN_TARGETING(false, "civilian_targeting") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return r.civilianTargeting() ? "Civilian targeting" : "";
    }
  },
  ISO(true, "iso") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return c.number(wholeNumber(r));
    }

    @Override
    public OptionalLong wholeNumber(AcledRecord r) {
      return whole(r.iso());
    }
  },
  REGION(false, "region") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return r.region().orElse("");
    }
  },
  COUNTRY(false, "country") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return r.country();
    }
  },
  ADMIN1(false, "admin1") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return r.admin1().orElse("");
    }
  },
  ADMIN2(false, "admin2") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return r.admin2().orElse("");
    }
  },
  ADMIN3(false, "admin3") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return r.admin3().orElse("");
    }
  },
  LOCATION(false, "location") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return r.location();
    }
  },
  LATITUDE(true, "latitude") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return r.latitude().toPlainString();
    }
  },
  LONGITUDE(true, "longitude") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return r.longitude().toPlainString();
    }
  },
  GEO_PRECISION(true, "geo_precision") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return c.number(wholeNumber(r));
    }

    @Override
    public OptionalLong wholeNumber(AcledRecord r) {
      return whole(r.geoPrecision());
    }
  },
  SOURCE(false, "source") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return AcledCells.joined(r.sources());
    }
  },
  SOURCE_SCALE(false, "source_scale") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return r.sourceScale().orElse("");
    }
  },
  NOTES(false, "notes") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return r.notes().orElse("");
    }
  },
  FATALITIES(true, "fatalities") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return c.number(wholeNumber(r));
    }

    @Override
    public OptionalLong wholeNumber(AcledRecord r) {
      return OptionalLong.of(r.fatalities());
    }
  },
  TAGS(false, "tags") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return AcledCells.joined(r.tags());
    }
  },
  TIMESTAMP(true, "timestamp") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return c.number(wholeNumber(r));
    }

    @Override
    public OptionalLong wholeNumber(AcledRecord r) {
      return r.timestamp();
    }
  },
  /** 2019-2023 exports only: a row id that changed on every update. */
  DATA_ID(true, "data_id") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return c.number(wholeNumber(r));
    }

    @Override
    public OptionalLong wholeNumber(AcledRecord r) {
      return r.dataId();
    }
  },
  /** 2017-2023 exports only: the number in {@code event_id_cnty}. */
  EVENT_ID_NO_CNTY(true, "event_id_no_cnty") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return c.number(wholeNumber(r));
    }

    @Override
    public OptionalLong wholeNumber(AcledRecord r) {
      return r.eventIdNoCnty();
    }
  },
  /** 2019-2023 exports only: ISO 3166-1 alpha-3. */
  ISO3(false, "iso3") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return r.iso3().orElse("");
    }
  },
  /** 2016 and earlier files: the Gleditsch-Ward country number, in place of {@code iso}. */
  GWNO(true, "gwno") {
    @Override
    String cell(AcledRecord r, AcledCells c) {
      return c.number(wholeNumber(r));
    }

    @Override
    public OptionalLong wholeNumber(AcledRecord r) {
      return whole(r.gwno());
    }
  };

  private static final Map<String, AcledColumn> BY_NAME = new HashMap<>();
  private static final Set<AcledColumn> WHOLE_NUMBERS = EnumSet.of(YEAR, TIME_PRECISION, ISO, GEO_PRECISION,
      FATALITIES, TIMESTAMP, DATA_ID, EVENT_ID_NO_CNTY, GWNO);

  static {
    for (AcledColumn c : values()) {
      for (String name : c.names) {
        BY_NAME.put(name, c);
      }
    }
  }

  private final boolean numeric;
  private final String[] names;

  AcledColumn(boolean numeric, String... names) {
    this.numeric = numeric;
    this.names = names;
  }

  /**
   * Whether the column holds a number ({@code year}, {@code latitude}, {@code fatalities}, ...), so that formats
   * with typed values (GeoJSON properties, Parquet columns) can write its cells as numbers.
   */
  public boolean isNumeric() {
    return numeric;
  }

  /**
   * The record's number in a column of whole numbers ({@code year}, {@code fatalities}, {@code iso}, the precisions,
   * {@code timestamp}, the ids), whose cell is that number in plain decimal notation as long as the record keeps no
   * other spelling of it ({@link AcledCells#keepsSpelling}); empty where the cell is empty. Formats with typed values
   * take it without making and parsing the text.
   *
   * @throws UnsupportedOperationException for a column that does not hold whole numbers ({@link #holdsWholeNumbers()})
   */
  public OptionalLong wholeNumber(AcledRecord record) {
    throw new UnsupportedOperationException(header() + " does not hold whole numbers");
  }

  /** Whether the column holds whole numbers, which {@link #wholeNumber} gives. */
  public boolean holdsWholeNumbers() {
    return WHOLE_NUMBERS.contains(this);
  }

  private static OptionalLong whole(OptionalInt value) {
    return value.isPresent() ? OptionalLong.of(value.getAsInt()) : OptionalLong.empty();
  }

  /**
   * The cell of this column for a record, as {@code cells} writes it. One small method per column rather than one
   * switch for all: each is compiled on its own as soon as it is hot.
   */
  abstract String cell(AcledRecord r, AcledCells cells);

  /** The current header name, for example {@code "assoc_actor_1"}. */
  public String header() {
    return names[0];
  }

  /** The column a header names, ignoring case and surrounding white space; empty for columns ACLED never had. */
  public static Optional<AcledColumn> forHeader(String header) {
    return Optional.ofNullable(BY_NAME.get(header.strip().toLowerCase(Locale.ROOT)));
  }
}
