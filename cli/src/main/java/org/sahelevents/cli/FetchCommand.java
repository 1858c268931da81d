package org.sahelevents.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.UnknownTermException;
import org.sahelevents.io.acled.ActorTypeStyle;
import org.sahelevents.io.acled.api.AcledApi;
import org.sahelevents.io.acled.api.AcledApiException;
import org.sahelevents.io.acled.api.AcledDownload;
import org.sahelevents.io.acled.api.AcledQuery;
import org.sahelevents.io.acled.api.ExportType;
import org.sahelevents.io.geojson.GeoJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sahel-events fetch --country Mali --since DATE OUT}: events from ACLED's API to ACLED CSV, GeoJSON, a
 * GeoJSON sequence or the model's JSON, by OUT's extension. Picocli makes one per run: not thread-safe.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true, versionProvider = SahelEventsCli.Version.class,
    description = {"Downloads events from ACLED's API, page by page, in constant memory.",
        "Signs in with ACLED_EMAIL and ACLED_PASSWORD (or --credentials FILE); never prints them or a token. OUT's "
            + "format follows its extension: .csv ACLED CSV, .geojson, .geojsons/.geojsonl, .parquet GeoParquet, .json "
            + "the model. OUT appears only when the download is complete. ACLED's terms of use apply: its data may not be "
            + "redistributed.",
        "Exit code 0 on success, 1 when rows were rejected, 2 on a usage error or refused credentials, 3 when the "
            + "API or a file cannot be read or written."},
    footer = {"", "Examples:", "  sahel-events fetch --country Mali --country Niger --since 2026-04-01 sahel.csv",
        "  sahel-events fetch --country Mali --event-type Battles --since 2026-01-01 --until 2026-03-31 q1.geojson"})
final class FetchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ParentCommand
  SahelEventsCli root;

  @Mixin
  ApiOptions api;

  @Mixin
  LenientOption lenient;

  @Option(names = "--country", paramLabel = "NAME", description = "A country, as ACLED names it; repeat for more.")
  List<String> countries = new ArrayList<>();

  @Option(names = "--region", paramLabel = "NAME|N", description = "An ACLED region, by name or number; repeat.")
  List<String> regions = new ArrayList<>();

  @Option(names = "--since", paramLabel = "DATE", description = "First event date, YYYY-MM-DD.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE", description = "Last event date, YYYY-MM-DD.")
  LocalDate until;

  @Option(names = "--event-type", paramLabel = "TYPE", description = "An event type, such as Battles; repeat.")
  List<String> eventTypes = new ArrayList<>();

  @Option(names = "--changed-since", paramLabel = "TIME",
      description = "Only events ACLED added or changed at or after TIME (unix seconds or 2026-04-01T00:00:00Z).")
  String changedSince;

  @Option(names = "--monadic", description = "One row per actor (export_type=monadic) instead of one per event.")
  boolean monadic;

  @Option(names = "--numeric-actor-types", description = "Actor types and interactions as codes (inter_num=1).")
  boolean numericActorTypes;

  @Option(names = "--field", paramLabel = "NAME", description = "A column to fetch; repeat. Default: all.")
  List<String> fields = new ArrayList<>();

  @Option(names = "--page-size", paramLabel = "N", defaultValue = "5000",
      description = "Rows per page, 1 to 5000 (default: ${DEFAULT-VALUE}, the API's most).")
  int pageSize;

  @Option(names = "--force", description = "Replace OUT if it exists.")
  boolean force;

  @Parameters(index = "0", paramLabel = "OUT", description = "output file, or - for ACLED CSV on stdout")
  String out;

  @Override
  public Integer call() throws IOException {
    CommandLine commandLine = spec.commandLine();
    DataFormat format = DataFormat.ofOutput(out, commandLine);
    AcledQuery query = query(commandLine);
    Output.checkWritable(out, force, commandLine);
    PrintWriter err = commandLine.getErr();
    AcledApi client;
    try {
      client = api.client(commandLine).pageSize(pageSize).rows(rows -> rows.badRows(lenient.badRows())).build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine, "--page-size: " + e.getMessage());
    }
    try {
      AcledDownload download = client.read(query, rejected -> rejected.problems().forEach(err::println));
      Progress progress = Progress.onTerminal(err).countingPages(download::pagesRead);
      try (download) {
        Output.write(out, force, root.stdout, stream -> {
          RecordOutput.write(download, format, (format == DataFormat.GEOJSONSEQ ? GeoJson.sequenceWriter()
              : GeoJson.writer()).build(), stream, out, progress::tick);
          return null;
        });
      } finally {
        progress.done();
      }
      Counts counts = new Counts("rows", download.rowsRead(), download.rowsAccepted(), download.rowsRejected(),
          download.warnings());
      err.println(counts.summary("ACLED API") + " in " + download.pagesRead() + " pages; wrote " + out);
      return counts.exitCode();
    } catch (AcledApiException e) {
      throw ApiOptions.failure(e);
    }
  }

  private AcledQuery query(CommandLine commandLine) {
    if (countries.isEmpty() && regions.isEmpty() && since == null && until == null && changedSince == null) {
      throw new CommandLine.ParameterException(commandLine, "give --country, --region, --since, --until or "
          + "--changed-since: without one, fetch would download every event ACLED has");
    }
    try {
      AcledQuery.Builder b = AcledQuery.builder();
      countries.forEach(b::country);
      regions.forEach(b::region);
      if (since != null) {
        b.since(since);
      }
      if (until != null) {
        b.until(until);
      }
      eventTypes.forEach(t -> b.eventType(EventType.parse(t)));
      if (changedSince != null) {
        b.changedSince(instant(changedSince));
      }
      return b.exportType(monadic ? ExportType.MONADIC : ExportType.DYADIC)
          .actorTypes(numericActorTypes ? ActorTypeStyle.NUMERIC : ActorTypeStyle.TEXT).fields(fields).build();
    } catch (IllegalArgumentException | UnknownTermException e) {
      throw new CommandLine.ParameterException(commandLine, e.getMessage());
    }
  }

  private static Instant instant(String text) {
    if (text.chars().allMatch(Character::isDigit)) {
      return Instant.ofEpochSecond(Long.parseLong(text));
    }
    try {
      return Instant.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("--changed-since: \"" + text + "\" is neither unix seconds nor a time such "
          + "as 2026-04-01T00:00:00Z", e);
    }
  }

  // The records to the output in its format; each record written ticks the progress.
}
