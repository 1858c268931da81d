package org.sahelevents.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelevents.io.acled.AcledFormatException;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.BadRowPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sahel-events validate FILE...}: checks every row of ACLED files. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks every row of ACLED CSV or API JSON files and prints each problem as FILE:LINE: column "
        + "NAME: message, then a summary. Exit code 0 when every row is valid, 1 otherwise.",
    versionProvider = SahelEventsCli.Version.class,
    footer = {"", "Example:", "  sahel-events validate 2025-mali.csv acled-response.json"})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ParentCommand
  SahelEventsCli root;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "ACLED CSV (.csv) or API JSON (.json); - for stdin")
  List<String> files;

  @Option(names = "--from", paramLabel = "FORMAT", converter = DataFormat.Converter.class,
      description = "acled-csv or acled-json; by default inferred from each file's extension")
  DataFormat from;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    int code = ExitCode.OK;
    for (String file : files) {
      DataFormat format = from != null ? from : DataFormat.infer(file, true, spec.commandLine());
      try (AcledRecords records = Inputs.open(file, format, BadRowPolicy.COLLECT, root.stdin,
          row -> row.problems().forEach(p -> out.println(p)))) {
        records.forEachRemaining(r -> { });
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
