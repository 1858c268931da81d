package org.sahelevents.io.acled;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.resolution.Resolution;
import org.sahelevents.core.resolution.StandardPolicy;
import org.sahelevents.core.taxonomy.Interaction;

/**
 * Writes the incidents of a catalog (events an analyst coded by hand, say) as ACLED CSV in ACLED's current layout,
 * with ACLED's export rules: one row per incident through {@link AcledModelMapping#toRecord}; coordinates rounded to
 * 4 decimals; {@code fatalities} as {@link StandardPolicy#ACLED_CONSERVATIVE} resolves it, with the explanation of that
 * figure kept where {@link FatalityExplanation} says; and no row for what ACLED does not record: a campaign (its
 * per-site incidents are the rows), an event known only to the country or at sea or in the air, an event known only
 * to the year, an incident without a point, a country or a main actor. Each incident not written is reported with
 * the reason, so nothing is dropped silently. Reading the file back with {@link AcledCsv#reader()} gives, row by row,
 * the records {@link #records(Catalog)} returns.
 *
 * <p>Instances are immutable and thread-safe: configure one and share it.
 */
public final class AcledCatalogWriter {
  /** The extra column of {@link FatalityExplanation#SIDE_COLUMN}. */
  public static final String EXPLANATION_COLUMN = "fatalities_explanation";

  /** An incident that is not written, and why, in words. */
  public record Skipped(IncidentId incident, String reason) {}

  /** The records to write, in catalog order, and the incidents left out with their reasons. */
  public record Rows(List<AcledRecord> records, List<Skipped> skipped) {
    public Rows {
      records = List.copyOf(records);
      skipped = List.copyOf(skipped);
    }
  }

  /** What a write did: how many rows, and which incidents were left out and why. */
  public record Result(long rowsWritten, List<Skipped> skipped) {
    public Result {
      skipped = List.copyOf(skipped);
    }
  }

  private final FatalityExplanation explanation;
  private final AcledCsvWriter csv;

  private AcledCatalogWriter(Builder b) {
    this.explanation = b.explanation;
    AcledLayout current = AcledLayout.current();
    AcledLayout layout = explanation == FatalityExplanation.SIDE_COLUMN
        ? AcledLayout.of(Stream.concat(current.headers().stream(), Stream.of(EXPLANATION_COLUMN)).toList(), null,
            current.dateStyle(), current.actorTypeStyle())
        : current;
    this.csv = AcledCsv.writer().layout(layout).byteOrderMark(b.byteOrderMark).spreadsheetSafety(b.safety).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The ACLED rows of the catalog's incidents, and the incidents ACLED would not record, with the reasons. */
  public Rows records(Catalog catalog) {
    List<AcledRecord> records = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Incident incident : catalog.getIncidents()) {
      String reason = notRecordedByAcled(incident, catalog);
      if (reason != null) {
        skipped.add(new Skipped(incident.getId(), reason));
        continue;
      }
      AcledRecord record;
      try {
        record = AcledModelMapping.toRecord(incident, catalog);
      } catch (IllegalArgumentException e) {
        skipped.add(new Skipped(incident.getId(), e.getMessage()));
        continue;
      }
      records.add(exportRules(record, incident, catalog));
    }
    return new Rows(records, skipped);
  }

  /** Writes the catalog's incidents to a file (replacing it). */
  public Result write(Catalog catalog, Path file) {
    return write(catalog, csv.open(file));
  }

  /** Writes the catalog's incidents to a stream, which it closes. */
  public Result write(Catalog catalog, OutputStream out) {
    return write(catalog, csv.open(out));
  }

  private Result write(Catalog catalog, AcledCsvWriter.Output out) {
    Rows rows = records(catalog);
    try (out) {
      rows.records().forEach(out::write);
      return new Result(out.rowsWritten(), rows.skipped());
    }
  }

  private static String notRecordedByAcled(Incident incident, Catalog catalog) {
    if (!catalog.childrenOf(incident.getId()).isEmpty()) {
      return "a campaign: ACLED records its incidents one by one, and they are rows of their own";
    }
    SpatialPrecision where = incident.getLocation().getPrecision();
    if (where == SpatialPrecision.COUNTRY) {
      return "known only to the country: ACLED does not record events without a place in the country";
    }
    if (where == SpatialPrecision.WATER_OR_AIRSPACE) {
      return "at sea or in the air: ACLED records events on land";
    }
    if (incident.getTime().getPrecision().acledCode().isEmpty()) {
      return "dated only to " + incident.getTime().describe() + ": ACLED records events to the day, the week or "
          + "the month";
    }
    return null;
  }

  private AcledRecord exportRules(AcledRecord record, Incident incident, Catalog catalog) {
    AcledRecord.Builder b = AcledRecord.builder().from(record)
        .latitude(fourDecimals(record.latitude()))
        .longitude(fourDecimals(record.longitude()));
    // The current layout has no iso3 column (the 2019 export had one); iso holds the country's number.
    b.iso3(java.util.Optional.empty());
    // ACLED derives the interaction from the actor types; the row says it, as every ACLED export does.
    record.inter1().ifPresent(one -> b.interaction(Interaction.of(one, record.inter2())));
    String why = explanation(incident, catalog);
    switch (explanation) {
      case NOTES -> b.notes(record.notes().filter(n -> !n.isBlank()).map(n -> n + " ").orElse("")
          + "Fatalities: " + why);
      case SIDE_COLUMN -> {
        java.util.Map<String, String> extra = new java.util.LinkedHashMap<>(record.extraColumns());
        extra.put(EXPLANATION_COLUMN, why);
        b.extraColumns(extra);
      }
      case NONE -> { }
    }
    return b.build();
  }

  // ACLED's coordinates have at most 4 decimals (about 11 m).
  private static BigDecimal fourDecimals(BigDecimal value) {
    BigDecimal rounded = value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 1 ? rounded.setScale(1) : rounded;
  }

  /** The explanation of the written figure, on one line. */
  static String explanation(Incident incident, Catalog catalog) {
    Resolution r = catalog.resolve(SubjectRef.of(incident.getId()), "fatalities", StandardPolicy.ACLED_CONSERVATIVE);
    if (r.verdicts().isEmpty()) {
      return "no source gave a figure, so 0 is written";
    }
    return r.explanation().replace("\n  - ", "; ");
  }

  /** Builds an {@link AcledCatalogWriter}. Not thread-safe. */
  public static final class Builder {
    private FatalityExplanation explanation = FatalityExplanation.NOTES;
    private ByteOrderMark byteOrderMark = ByteOrderMark.OMIT;
    private SpreadsheetSafety safety = SpreadsheetSafety.OFF;

    private Builder() {}

    /** Where the explanation of each figure goes. Default: {@link FatalityExplanation#NOTES}. */
    public Builder fatalityExplanation(FatalityExplanation explanation) {
      this.explanation = Objects.requireNonNull(explanation, "explanation");
      return this;
    }

    /** Default: {@link ByteOrderMark#OMIT}, as ACLED writes. */
    public Builder byteOrderMark(ByteOrderMark byteOrderMark) {
      this.byteOrderMark = Objects.requireNonNull(byteOrderMark, "byteOrderMark");
      return this;
    }

    /** Default: {@link SpreadsheetSafety#OFF}. */
    public Builder spreadsheetSafety(SpreadsheetSafety safety) {
      this.safety = Objects.requireNonNull(safety, "safety");
      return this;
    }

    public AcledCatalogWriter build() {
      return new AcledCatalogWriter(this);
    }
  }
}
