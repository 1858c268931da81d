package org.sahelevents.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.validation.ModelValidator;
import org.sahelevents.core.validation.Severity;
import org.sahelevents.core.validation.Violation;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.ucdp.UcdpRecord;
import org.sahelevents.io.ucdp.UcdpRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sahel-events validate FILE...}: checks every row of ACLED files, GeoJSON files and the model's JSON. Picocli
 * makes one per run: not thread-safe.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks every row of ACLED CSV or API JSON files, UCDP GED CSV or API JSON files, GeoJSON files and sequences against RFC 7946, and "
        + "the catalogs of the model's JSON against the model's rules, and prints each problem (FILE:LINE: column "
        + "NAME: message, or FILE: /json/pointer: message), then a summary. Formats are told from the content unless "
        + "--from is given. Rows with warnings only are valid: exit code 0 when there is no error (and, with --strict, "
        + "no warning), 1 otherwise.",
    versionProvider = SahelEventsCli.Version.class,
    footer = {"", "Example:", "  sahel-events validate 2025-mali.csv acled-response.json"})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ParentCommand
  SahelEventsCli root;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "ACLED CSV or API JSON, UCDP GED CSV or API JSON, GeoJSON, GeoJSON sequences or the model's "
          + "JSON; - for stdin")
  List<String> files;

  @Mixin
  ReadOptions read;

  private Counts total = new Counts("rows", 0, 0, 0, 0);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int code = ExitCode.OK;
    for (String file : files) {
      code = Math.max(code, validate(file, out, err));
    }
    if (files.size() > 1) {
      out.println(total.validationSummary("total"));
    }
    out.flush();
    return code;
  }

  // A file that cannot be read is reported and the next one checked; bad data is the finding, printed with the rest.
  private int validate(String file, PrintWriter out, PrintWriter err) {
    try (Inputs.Opened input = read.open(file, root.stdin)) {
      Counts counts = switch (input.format()) {
        case GEOJSON, GEOJSONSEQ -> geoJson(input, out);
        case JSON -> model(input, out);
        case UCDP_CSV, UCDP_JSON -> ucdp(input, out, err);
        default -> acled(input, out, err);
      };
      out.println(counts.validationSummary(file) + (counts.unit().equals("features") && counts.errors() > 0
          ? "; not valid GeoJSON" : ""));
      total = total.plus(counts);
      return counts.exitCode(read.strict);
    } catch (IOException | RuntimeException e) {
      Optional<Failures.Report> report = Failures.describe(e);
      if (report.isEmpty()) {
        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
      }
      (report.get().exitCode() == ExitCode.BAD_DATA ? out : err).println(report.get().message());
      return report.get().exitCode();
    }
  }

  private Counts geoJson(Inputs.Opened input, PrintWriter out) {
    RecordInput.ProblemCounter problems = new RecordInput.ProblemCounter(out::println);
    try (GeoJsonFeatures features = Inputs.geoJson(input, BadRowPolicy.COLLECT, problems)) {
      features.forEachRemaining(f -> { });
      return new Counts("features", features.recordsRead(), features.recordsAccepted(),
          features.recordsRejected(), problems.errors(), problems.count());
    }
  }

  // Every problem of every row, rejected rows' and accepted rows' warnings alike, in the order of the rows.
  private Counts acled(Inputs.Opened input, PrintWriter out, PrintWriter err) {
    RecordInput.ProblemCounter problems = new RecordInput.ProblemCounter(out::println);
    try (AcledRecords records = Inputs.acled(input, BadRowPolicy.COLLECT,
        row -> row.problems().forEach(problems))) {
      readAll(records, AcledRecord::warnings, problems, err);
      records.encodingNote().ifPresent(note -> err.println(input.name() + ": " + note));
      return new Counts("rows", records.rowsRead(), records.rowsAccepted(), records.rowsRejected(),
          problems.errors(), problems.count());
    }
  }

  // GED rows are checked as ACLED rows are: every problem, in the order of the rows.
  private Counts ucdp(Inputs.Opened input, PrintWriter out, PrintWriter err) {
    RecordInput.ProblemCounter problems = new RecordInput.ProblemCounter(out::println);
    try (UcdpRecords records = Inputs.ucdp(input, BadRowPolicy.COLLECT, row -> row.problems().forEach(problems))) {
      readAll(records, UcdpRecord::warnings, problems, err);
      records.encodingNote().ifPresent(note -> err.println(input.name() + ": " + note));
      return new Counts("rows", records.rowsRead(), records.rowsAccepted(), records.rowsRejected(),
          problems.errors(), problems.count());
    }
  }

  // Reads every record, passing its warnings on as it comes; a long file shows its progress on a terminal.
  private static <R> void readAll(Iterator<R> records, Function<R, List<DataProblem>> warnings,
      Consumer<DataProblem> problems, PrintWriter err) {
    Progress progress = Progress.onTerminal(err);
    while (records.hasNext()) {
      warnings.apply(records.next()).forEach(problems);
      progress.tick();
    }
    progress.done();
  }

  // Each catalog against the model's rules, its violations located by JSON pointer: /3/incidents/0/subEventType.
  private Counts model(Inputs.Opened input, PrintWriter out) {
    long read = 0;
    long rejected = 0;
    long errors = 0;
    long warnings = 0;
    try (ModelCatalogs catalogs = new ModelCatalogs(input.stream(), input.name())) {
      while (catalogs.hasNext()) {
        ModelCatalogs.Entry entry = catalogs.next();
        read++;
        if (entry.catalog() == null) {
          out.println(input.name() + ": " + entry.problemMessage());
          rejected++;
          errors++;
          continue;
        }
        boolean valid = true;
        for (Violation v : ModelValidator.standard().validate(entry.catalog())) {
          boolean warning = v.severity() == Severity.WARNING;
          out.println(input.name() + ": " + entry.pointer() + pointer(v.path()) + ": " + (warning ? "warning: " : "")
              + v.message());
          warnings += warning ? 1 : 0;
          errors += warning ? 0 : 1;
          valid &= warning;
        }
        rejected += valid ? 0 : 1;
      }
    }
    return new Counts("catalogs", read, read - rejected, rejected, errors, warnings);
  }

  /** The JSON pointer of a property path: {@code incidents[3].subEventType} is {@code /incidents/3/subEventType}. */
  static String pointer(String path) {
    StringBuilder pointer = new StringBuilder();
    for (String step : path.split("[.\\[\\]]+")) {
      if (!step.isEmpty()) {
        pointer.append('/').append(step.replace("~", "~0").replace("/", "~1"));
      }
    }
    return pointer.toString();
  }
}
