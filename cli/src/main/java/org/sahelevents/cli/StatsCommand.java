package org.sahelevents.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.CsvLines;
import org.sahelevents.io.acled.LineEnding;
import org.sahelevents.io.acled.SpreadsheetSafety;
import org.sahelevents.io.ucdp.UcdpRecord;
import org.sahelevents.io.ucdp.UcdpRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sahel-events stats IN}: incidents and fatalities by event type, admin1, month and actor. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = SahelEventsCli.Version.class,
    description = {"Counts incidents and their fatalities by event type, admin1, month and actor, streaming. An "
        + "incident is an ACLED event: the two rows of a monadic file count once. An actor counts every incident it "
        + "is a main actor of, on either side. A UCDP GED row is an incident: its type of violence, adm_1, "
        + "date_start, side_a and side_b, and its best estimate of deaths. Reads acled-csv, acled-json, ucdp-csv, "
        + "ucdp-json, geojson, geojsonseq and json (the model), told from the content unless --from is given.",
        "Exit code 0 on success, 1 when data was rejected, 2 on a usage error, 3 when a file cannot be read."},
    footer = {"", "Examples:", "  sahel-events stats mali.csv",
        "  sahel-events stats --format csv --top 0 mali.csv > mali-stats.csv",
        "  sahel-events stats --format json acled-response.json"})
final class StatsCommand implements Callable<Integer> {
  /** How the statistics are printed. */
  enum Format { TABLE, CSV, JSON }

  private static final int TABLE_TOP = 10;

  @Spec
  CommandSpec spec;

  @ParentCommand
  SahelEventsCli root;

  @Parameters(index = "0", paramLabel = "IN", description = "input file, or - for stdin")
  String in;

  @Mixin
  ReadOptions read;

  @Mixin
  LenientOption lenient;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      converter = FormatConverter.class,
      description = "table (default, for reading), csv (dimension,value,incidents,fatalities) or json.")
  Format format;

  @Option(names = "--top", paramLabel = "N", description = "Show the N largest admin1 areas and actors; 0 for all "
      + "(default: " + TABLE_TOP + " in a table, all in csv and json).")
  Integer top;

  /** The dimensions, in print order, with their names in csv and json. */
  private static final List<String> DIMENSIONS = List.of("event_type", "admin1", "month", "actor");

  private final Map<String, Map<String, long[]>> tallies = new HashMap<>();
  private long incidents;
  private long fatalities;
  private LocalDate first;
  private LocalDate last;

  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("expected table, csv or json, was '" + value + "'");
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    if (top != null && top < 0) {
      throw new ParameterException(spec.commandLine(), "--top must be 0 or more, was " + top);
    }
    var err = spec.commandLine().getErr();
    Progress progress = Progress.onTerminal(err);
    try (Inputs.Opened opened = read.open(in, root.stdin);
         RejectsFile rejected = new RejectsFile(null, false, err)) {
      Counts counts = opened.format().isUcdp() ? ucdp(opened, rejected, progress) : acled(opened, rejected, progress);
      progress.done();
      print(root.stdout);
      err.println(counts.summary(in));
      return counts.exitCode();
    } finally {
      progress.done();
    }
  }

  private Counts acled(Inputs.Opened opened, RejectsFile rejected, Progress progress) {
    var err = spec.commandLine().getErr();
    try (RecordInput input = Inputs.records(opened, lenient.badRows(), rejected::add, err::println)) {
      Iterator<List<AcledRecord>> events = AcledModelMapping.groupByEvent(input.stream()).iterator();
      while (events.hasNext()) {
        List<AcledRecord> rows = events.next();
        AcledRecord row = rows.get(0);
        Set<String> actors = new LinkedHashSet<>();
        for (AcledRecord r : rows) {
          actors.add(r.actor1());
          r.actor2().ifPresent(actors::add);
        }
        count(row.eventType().label(), row.admin1(), row.eventDate(), actors, row.fatalities());
        rows.forEach(r -> progress.tick());
      }
      return input.counts();
    }
  }

  // A GED row is an incident: its type of violence, adm_1, date_start, sides and best estimate of deaths.
  private Counts ucdp(Inputs.Opened opened, RejectsFile rejected, Progress progress) {
    var err = spec.commandLine().getErr();
    try (UcdpRecords records = Inputs.ucdp(opened, lenient.badRows(), rejected::add)) {
      while (records.hasNext()) {
        UcdpRecord r = records.next();
        r.warnings().forEach(err::println);
        count(r.typeOfViolence().label(), r.adm1(), r.dateStart(), new LinkedHashSet<>(List.of(r.sideA(), r.sideB())),
            r.best());
        progress.tick();
      }
      return new Counts("rows", records.rowsRead(), records.rowsAccepted(), records.rowsRejected(),
          records.warnings());
    }
  }

  private void count(String type, Optional<String> admin1, LocalDate date, Set<String> actors, int killed) {
    incidents++;
    fatalities += killed;
    first = first == null || date.isBefore(first) ? date : first;
    last = last == null || date.isAfter(last) ? date : last;
    add("event_type", type, killed);
    add("admin1", admin1.orElse("(none)"), killed);
    add("month", YearMonth.from(date).toString(), killed);
    actors.forEach(actor -> add("actor", actor, killed));
  }

  private void add(String dimension, String value, int killed) {
    long[] tally = tallies.computeIfAbsent(dimension, d -> new HashMap<>()).computeIfAbsent(value, v -> new long[2]);
    tally[0]++;
    tally[1] += killed;
  }

  /** A dimension's rows: months in order, everything else largest first (then by name), cut to --top. */
  private List<Map.Entry<String, long[]>> rows(String dimension) {
    List<Map.Entry<String, long[]>> rows = new ArrayList<>(tallies.getOrDefault(dimension, Map.of()).entrySet());
    Comparator<Map.Entry<String, long[]>> byName = Map.Entry.comparingByKey();
    rows.sort(dimension.equals("month") ? byName
        : Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0]).thenComparing(byName));
    int limit = top != null ? top : format == Format.TABLE ? TABLE_TOP : 0;
    boolean cut = limit > 0 && (dimension.equals("admin1") || dimension.equals("actor")) && rows.size() > limit;
    return cut ? rows.subList(0, limit) : rows;
  }

  private void print(OutputStream stream) throws IOException {
    // Printed into memory first (a few lines per dimension), since a PrintStream keeps write errors to itself; the
    // bytes then go out through a stream that reports them, so that a full disk is not ignored.
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    switch (format) {
      case TABLE -> table(new PrintStream(printed, true, StandardCharsets.UTF_8));
      case CSV -> csv(new PrintStream(printed, true, StandardCharsets.UTF_8));
      case JSON -> json(printed);
    }
    OutputStream out = new Output.Named(stream, Output.STDOUT);
    printed.writeTo(out);
    out.flush();
  }

  private void table(PrintStream out) {
    out.printf("%d incidents, %d fatalities%s%n", incidents, fatalities,
        first == null ? "" : ", " + first + " to " + last);
    Map<String, String> titles = Map.of("event_type", "Event type", "admin1", "Admin1", "month", "Month",
        "actor", "Actor");
    for (String dimension : DIMENSIONS) {
      List<Map.Entry<String, long[]>> rows = rows(dimension);
      int all = tallies.getOrDefault(dimension, Map.of()).size();
      int width = Math.max(28, rows.stream().mapToInt(e -> e.getKey().length()).max().orElse(0));
      out.println();
      out.printf("%-" + width + "s %10s %11s%n", titles.get(dimension)
          + (rows.size() < all ? " (top " + rows.size() + " of " + all + ")" : ""), "incidents", "fatalities");
      rows.forEach(e -> out.printf("%-" + width + "s %10d %11d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
    }
  }

  private void csv(PrintStream out) {
    out.print(csvLine(List.of("dimension", "value", "incidents", "fatalities")));
    for (String dimension : DIMENSIONS) {
      rows(dimension).forEach(e -> out.print(csvLine(List.of(dimension, e.getKey(),
          Long.toString(e.getValue()[0]), Long.toString(e.getValue()[1])))));
    }
  }

  // Values come from the data (actor names, admin areas), so a spreadsheet must not run them as formulas.
  private static String csvLine(List<String> cells) {
    return CsvLines.line(cells, SpreadsheetSafety.NEUTRALIZE_FORMULAS, LineEnding.CRLF);
  }

  private void json(OutputStream stream) throws IOException {
    try (JsonGenerator g = JsonMapper.builder().build().getFactory().createGenerator(stream)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("incidents", incidents);
      g.writeNumberField("fatalities", fatalities);
      g.writeStringField("first", first == null ? null : first.toString());
      g.writeStringField("last", last == null ? null : last.toString());
      for (String dimension : DIMENSIONS) {
        g.writeArrayFieldStart(dimension);
        for (Map.Entry<String, long[]> e : rows(dimension)) {
          g.writeStartObject();
          g.writeStringField("value", e.getKey());
          g.writeNumberField("incidents", e.getValue()[0]);
          g.writeNumberField("fatalities", e.getValue()[1]);
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeRaw('\n');
    }
    stream.flush();
  }
}
