package org.sahelevents.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.io.acled.AcledFormatException;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sahel-events validate FILE...}: checks every row of ACLED files. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks every row of ACLED CSV or API JSON files, and GeoJSON files and sequences against RFC "
        + "7946, and prints each problem (FILE:LINE: column NAME: message, or FILE: /json/pointer: message), then a "
        + "summary. Exit code 0 when everything is valid, 1 otherwise.",
    versionProvider = SahelEventsCli.Version.class,
    footer = {"", "Example:", "  sahel-events validate 2025-mali.csv acled-response.json"})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ParentCommand
  SahelEventsCli root;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "ACLED CSV (.csv), API JSON (.json), GeoJSON (.geojson) or sequences (.geojsons, .geojsonl); "
          + "- for stdin")
  List<String> files;

  @Option(names = "--from", paramLabel = "FORMAT", converter = DataFormat.Converter.class,
      description = "acled-csv, acled-json, geojson or geojsonseq; by default inferred from each file's extension")
  DataFormat from;

  private long read;
  private long accepted;
  private long rejected;

  private int validateGeoJson(String file, DataFormat format, PrintWriter out, PrintWriter err) {
    try (GeoJsonFeatures features = Inputs.geoJson(file, format, true, root.stdin, out::println)) {
      features.forEachRemaining(f -> { });
      out.printf("%s: %d features read, %d accepted, %d rejected%s%n", file, features.recordsRead(),
          features.recordsAccepted(), features.recordsRejected(), features.isValid() ? "" : "; not valid GeoJSON");
      read += features.recordsRead();
      accepted += features.recordsAccepted();
      rejected += features.recordsRejected();
      return features.isValid() ? ExitCode.OK : ExitCode.BAD_DATA;
    } catch (NoSuchFileException e) {
      err.println(file + ": no such file");
      return ExitCode.IO;
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int code = ExitCode.OK;
    for (String file : files) {
      DataFormat format = from != null ? from : DataFormat.infer(file, true, spec.commandLine());
      if (format.isGeoJson()) {
        int geoCode = validateGeoJson(file, format, out, err);
        code = Math.max(code, geoCode);
        continue;
      }
      try (AcledRecords records = Inputs.acled(file, format, BadRowPolicy.COLLECT, root.stdin,
          row -> row.problems().forEach(p -> out.println(p)))) {
        Progress progress = Progress.onTerminal(err);
        records.forEachRemaining(r -> progress.tick());
        progress.done();
        records.encodingNote().ifPresent(note -> err.println(file + ": " + note));
        out.printf("%s: %d rows read, %d accepted, %d rejected%n", file, records.rowsRead(), records.rowsAccepted(),
            records.rowsRejected());
        read += records.rowsRead();
        accepted += records.rowsAccepted();
        rejected += records.rowsRejected();
        if (records.rowsRejected() > 0) {
          code = Math.max(code, ExitCode.BAD_DATA);
        }
      } catch (AcledFormatException e) {
        out.println(e.getMessage());
        code = Math.max(code, ExitCode.BAD_DATA);
      } catch (NoSuchFileException e) {
        err.println(file + ": no such file");
        code = Math.max(code, ExitCode.IO);
      }
    }
    if (files.size() > 1) {
      out.printf("total: %d rows read, %d accepted, %d rejected%n", read, accepted, rejected);
    }
    out.flush();
    return code;
  }
}
