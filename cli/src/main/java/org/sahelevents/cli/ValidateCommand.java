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
import picocli.CommandLine.Mixin;
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

  @Mixin
  ReadOptions read;

  private Counts total = new Counts("rows", 0, 0, 0, 0);

  private int validateGeoJson(String file, DataFormat format, PrintWriter out, PrintWriter err) {
    RecordInput.WarningCounter warnings = new RecordInput.WarningCounter(out::println);
    try (GeoJsonFeatures features = Inputs.geoJson(file, format, BadRowPolicy.COLLECT, root.stdin, warnings)) {
      features.forEachRemaining(f -> { });
      Counts counts = new Counts("features", features.recordsRead(), features.recordsAccepted(),
          features.recordsRejected(), warnings.count());
      out.println(counts.summary(file) + (features.isValid() ? "" : "; not valid GeoJSON"));
      total = total.plus(counts);
      return features.isValid() ? ExitCode.OK : ExitCode.BAD_DATA;
    } catch (NoSuchFileException e) {
      err.println(file + ": no such file");
      return ExitCode.IO;
    }
  }

  private int validateAcled(String file, DataFormat format, PrintWriter out, PrintWriter err) {
    try (AcledRecords records = Inputs.acled(file, format, BadRowPolicy.COLLECT, root.stdin,
        row -> row.problems().forEach(out::println))) {
      Progress progress = Progress.onTerminal(err);
      while (records.hasNext()) {
        records.next();
        progress.tick();
      }
      progress.done();
      records.encodingNote().ifPresent(note -> err.println(file + ": " + note));
      Counts counts = new Counts("rows", records.rowsRead(), records.rowsAccepted(), records.rowsRejected(), 0);
      out.println(counts.summary(file));
      total = total.plus(counts);
      return counts.exitCode();
    } catch (AcledFormatException e) {
      out.println(e.getMessage());
      return ExitCode.BAD_DATA;
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
      DataFormat format = read.format(file, spec.commandLine());
      code = Math.max(code, format.isGeoJson() ? validateGeoJson(file, format, out, err)
          : validateAcled(file, format, out, err));
    }
    if (files.size() > 1) {
      out.println(total.summary("total"));
    }
    out.flush();
    return code;
  }
}
