package org.sahelevents.io.acled.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.io.acled.ActorTypeStyle;

/**
 * What to ask ACLED's API for: countries (checked against ACLED's names, so that a typo fails at once with the
 * closest names instead of returning nothing), regions by name or number, a range of event dates, event types,
 * events changed since a time ({@code timestamp >=}), dyadic or monadic rows, text or numeric actor types, and the
 * fields to return. Conditions of one kind are alternatives (Mali or Niger); conditions of different kinds must all
 * hold. Immutable and thread-safe.
 *
 * <pre>{@code
 * AcledQuery query = AcledQuery.builder().country("Mali").country("Burkina Faso")
 *     .between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))
 *     .eventType(EventType.BATTLES).build();
 * }</pre>
 */
public final class AcledQuery {
  private final List<String> countries;
  private final List<Integer> regions;
  private final LocalDate from;
  private final LocalDate to;
  private final List<EventType> eventTypes;
  private final Instant changedSince;
  private final ExportType exportType;
  private final ActorTypeStyle actorTypes;
  private final List<String> fields;

  private AcledQuery(Builder b) {
    this.countries = List.copyOf(b.countries);
    this.regions = List.copyOf(b.regions);
    this.from = b.from;
    this.to = b.to;
    this.eventTypes = List.copyOf(b.eventTypes);
    this.changedSince = b.changedSince;
    this.exportType = b.exportType;
    this.actorTypes = b.actorTypes;
    this.fields = List.copyOf(b.fields);
  }

  /** A builder of a query for every event, dyadic, with text actor types and all fields. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's conditions, to change some. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.countries.addAll(countries);
    b.regions.addAll(regions);
    b.from = from;
    b.to = to;
    b.eventTypes.addAll(eventTypes);
    b.changedSince = changedSince;
    b.exportType = exportType;
    b.actorTypes = actorTypes;
    b.fields.addAll(fields);
    return b;
  }

  /** The countries, in ACLED's spelling; empty for every country. */
  public List<String> countries() {
    return countries;
  }

  /** The regions, by ACLED's numbers; empty for every region. */
  public List<Integer> regions() {
    return regions;
  }

  /** The first event date asked for. */
  public Optional<LocalDate> from() {
    return Optional.ofNullable(from);
  }

  /** The last event date asked for. */
  public Optional<LocalDate> to() {
    return Optional.ofNullable(to);
  }

  public List<EventType> eventTypes() {
    return eventTypes;
  }

  /** Only events whose {@code timestamp} (when ACLED last changed them) is at or after this. */
  public Optional<Instant> changedSince() {
    return Optional.ofNullable(changedSince);
  }

  public ExportType exportType() {
    return exportType;
  }

  public ActorTypeStyle actorTypes() {
    return actorTypes;
  }

  /** The fields to return, in order; empty for all of them. */
  public List<String> fields() {
    return fields;
  }

  /** The API's parameters for this query, in a stable order, without paging. */
  Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    if (!countries.isEmpty()) {
      p.put("country", String.join("|", countries));
    }
    if (!regions.isEmpty()) {
      p.put("region", String.join("|", regions.stream().map(String::valueOf).toList()));
    }
    if (from != null && to != null) {
      p.put("event_date", from + "|" + to);
      p.put("event_date_where", "BETWEEN");
    } else if (from != null || to != null) {
      p.put("event_date", String.valueOf(from != null ? from : to));
      p.put("event_date_where", from != null ? ">=" : "<=");
    }
    if (!eventTypes.isEmpty()) {
      p.put("event_type", String.join("|", eventTypes.stream().map(EventType::label).toList()));
    }
    if (changedSince != null) {
      p.put("timestamp", Long.toString(changedSince.getEpochSecond()));
      p.put("timestamp_where", ">=");
    }
    if (exportType == ExportType.MONADIC) {
      p.put("export_type", "monadic");
    }
    if (actorTypes == ActorTypeStyle.NUMERIC) {
      p.put("inter_num", "1");
    }
    if (!fields.isEmpty()) {
      p.put("fields", String.join("|", fields));
    }
    return Collections.unmodifiableMap(p);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AcledQuery q && parameters().equals(q.parameters());
  }

  @Override
  public int hashCode() {
    return parameters().hashCode();
  }

  /** The API parameters, such as {@code {country=Mali|Niger, event_date=2026-04-01|2026-04-30, ...}}. */
  @Override
  public String toString() {
    return "AcledQuery" + parameters();
  }

  /** Configures an {@link AcledQuery}. Not thread-safe; the query it builds is. */
  public static final class Builder {
    private final Set<String> countries = new LinkedHashSet<>();
    private final Set<Integer> regions = new LinkedHashSet<>();
    private LocalDate from;
    private LocalDate to;
    private final Set<EventType> eventTypes = new LinkedHashSet<>();
    private Instant changedSince;
    private ExportType exportType = ExportType.DYADIC;
    private ActorTypeStyle actorTypes = ActorTypeStyle.TEXT;
    private final List<String> fields = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a country, found ignoring case and accents among ACLED's names (and a few common other names, such as
     * "Côte d'Ivoire" for ACLED's "Ivory Coast").
     *
     * @throws IllegalArgumentException if ACLED has no country of that name, with the closest of its names
     */
    public Builder country(String name) {
      countries.add(AcledNames.country(Objects.requireNonNull(name, "name")));
      return this;
    }

    // A country as ACLED's own data writes it (a body of water, say), for queries made from a file's rows.
    Builder countryAsWritten(String name) {
      countries.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * Adds a region, by ACLED's name ({@code Western Africa}) or number ({@code 1}).
     *
     * @throws IllegalArgumentException if ACLED has no such region
     */
    public Builder region(String nameOrNumber) {
      regions.add(AcledNames.region(Objects.requireNonNull(nameOrNumber, "nameOrNumber")));
      return this;
    }

    /**
     * Adds a region by ACLED's number.
     *
     * @throws IllegalArgumentException if ACLED has no region of that number
     */
    public Builder region(int number) {
      if (AcledNames.regionName(number).isEmpty()) {
        throw new IllegalArgumentException("unknown region " + number + ": ACLED's regions are "
            + AcledNames.REGIONS);
      }
      regions.add(number);
      return this;
    }

    /**
     * Events dated from {@code from} to {@code to}, both included. Default: any date.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public Builder between(LocalDate from, LocalDate to) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
      }
      this.from = from;
      this.to = to;
      return this;
    }

    /** Events dated on or after {@code from}; keeps the end date if one was given. Default: any date. */
    public Builder since(LocalDate from) {
      return to == null ? open(from, null) : between(from, to);
    }

    /** Events dated on or before {@code to}; keeps the start date if one was given. Default: any date. */
    public Builder until(LocalDate to) {
      return from == null ? open(null, to) : between(from, to);
    }

    private Builder open(LocalDate from, LocalDate to) {
      this.from = from;
      this.to = to;
      return this;
    }

    /** Adds an event type. Default: every type. */
    public Builder eventType(EventType type) {
      eventTypes.add(Objects.requireNonNull(type, "type"));
      return this;
    }

    /** Only events ACLED added or changed at or after {@code time} ({@code timestamp >=}). Default: any time. */
    public Builder changedSince(Instant time) {
      this.changedSince = Objects.requireNonNull(time, "time");
      return this;
    }

    /** Dyadic or monadic rows. Default: {@link ExportType#DYADIC}. */
    public Builder exportType(ExportType type) {
      this.exportType = Objects.requireNonNull(type, "type");
      return this;
    }

    /** Actor types and interactions as text or as codes ({@code inter_num=1}). Default: {@link ActorTypeStyle#TEXT}. */
    public Builder actorTypes(ActorTypeStyle style) {
      this.actorTypes = Objects.requireNonNull(style, "style");
      return this;
    }

    /**
     * The fields (columns) to return, in order. Default: all of them. Records need ACLED's required columns
     * ({@code event_id_cnty}, {@code event_date}, {@code event_type}, {@code actor1}, {@code country},
     * {@code location}, {@code latitude}, {@code longitude}, {@code fatalities}).
     *
     * @throws IllegalArgumentException if a name is blank or holds {@code |}
     */
    public Builder fields(List<String> names) {
      for (String name : names) {
        if (name == null || name.isBlank() || name.contains("|")) {
          throw new IllegalArgumentException("not a field name: \"" + name + "\"");
        }
        if (!fields.contains(name.strip())) {
          fields.add(name.strip());
        }
      }
      return this;
    }

    public AcledQuery build() {
      return new AcledQuery(this);
    }
  }
}
