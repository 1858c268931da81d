package org.sahelevents.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sahelevents.core.json.ModelJson;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledCsvWriter;
import org.sahelevents.io.acled.AcledFormatException;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledProblem;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.ActorTypeStyle;
import org.sahelevents.io.acled.BadRowPolicy;
import org.sahelevents.io.acled.DateStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sahel-events convert IN OUT}: ACLED CSV or API JSON to ACLED CSV or the model's JSON. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Converts ACLED data, streaming, in constant memory.",
        "Formats: acled-csv (every ACLED layout in; out in the input's layout), acled-json (the API's JSON, in "
            + "only), json (the model: one catalog per event, out only). Formats follow the file extensions unless "
            + "--from or --to is given. The output file appears only when the conversion is complete.",
        "Exit code 0 on success, 1 when data was rejected, 2 on a usage error, 3 when a file cannot be read or "
            + "written."},
    versionProvider = SahelEventsCli.Version.class,
    footer = {"", "Examples:", "  sahel-events convert acled-response.json mali.csv",
        "  sahel-events convert --lenient --rejects rejected.csv mali.csv mali.json"})
final class ConvertCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ParentCommand
  SahelEventsCli root;

  @Option(names = "--from", paramLabel = "FORMAT", converter = DataFormat.Converter.class,
      description = "acled-csv or acled-json")
  DataFormat from;

  @Option(names = "--to", paramLabel = "FORMAT", converter = DataFormat.Converter.class,
      description = "acled-csv or json")
  DataFormat to;

  @Option(names = "--lenient", description = "Skip bad rows (reporting each) instead of stopping at the first one.")
  boolean lenient;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Write rejected rows to this CSV file, with their line numbers and reasons.")
  Path rejects;

  @Parameters(index = "0", paramLabel = "IN", description = "input file, or - for stdin")
  String in;

  @Parameters(index = "1", paramLabel = "OUT", description = "output file, or - for stdout")
  String out;

  @Override
  public Integer call() throws Exception {
    DataFormat source = from != null ? from : DataFormat.infer(in, true, spec.commandLine());
    DataFormat target = to != null ? to : DataFormat.infer(out, false, spec.commandLine());
    if (source == DataFormat.JSON) {
      throw new ParameterException(spec.commandLine(), "--from json is not supported: json is an output format");
    }
    if (target == DataFormat.ACLED_JSON) {
      throw new ParameterException(spec.commandLine(), "--to acled-json is not supported: write acled-csv or json");
    }
    PrintWriter err = spec.commandLine().getErr();
    List<AcledRejectedRow> rejected = new ArrayList<>();
    Path temp = null;
    try (AcledRecords records = Inputs.open(in, source, lenient ? BadRowPolicy.COLLECT : BadRowPolicy.FAIL,
        root.stdin, row -> {
          err.println(row.problems().get(0) + (row.problems().size() > 1
              ? " (and " + (row.problems().size() - 1) + " more)" : ""));
          if (rejects != null) {
            rejected.add(row);
          }
        })) {
      OutputStream stream;
      if (out.equals("-")) {
        // Standard output stays open for whoever runs the tool; closing the writer only flushes it.
        stream = new FilterOutputStream(root.stdout) {
          @Override
          public void close() throws IOException {
            flush();
          }
        };
      } else {
        Path target0 = Path.of(out).toAbsolutePath();
        temp = Files.createTempFile(target0.getParent(), "." + target0.getFileName(), ".partial");
        stream = Files.newOutputStream(temp);
      }
      try (Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
        if (target == DataFormat.ACLED_CSV) {
          writeCsv(records, writer);
        } else {
          writeJson(records, writer);
        }
      }
      if (temp != null) {
        Files.move(temp, Path.of(out), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        temp = null;
      }
      if (rejects != null) {
        writeRejects(records.layout(), rejected);
      }
      records.encodingNote().ifPresent(note -> err.println(in + ": " + note));
      err.printf("%s: %d rows read, %d accepted, %d rejected; wrote %s%n", in, records.rowsRead(),
          records.rowsAccepted(), records.rowsRejected(), out);
      return records.rowsRejected() > 0 ? ExitCode.BAD_DATA : ExitCode.OK;
    } catch (AcledFormatException e) {
      err.println(e.getMessage());
      return ExitCode.BAD_DATA;
    } catch (NoSuchFileException e) {
      err.println(in + ": no such file");
      return ExitCode.IO;
    } finally {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
      err.flush();
    }
  }

  private static void writeCsv(AcledRecords records, Writer writer) {
    // The writer's default keeps the input's layout: its columns, their order, its date and actor type styles.
    AcledCsvWriter csv = AcledCsv.writer().build();
    AcledCsvWriter.Output output = csv.open(writer);
    records.forEachRemaining(output::write);
    output.close();
  }

  private static void writeJson(AcledRecords records, Writer writer) throws IOException {
    ModelJson json = ModelJson.create();
    writer.write("[");
    boolean[] first = {true};
    AcledModelMapping.groupByEvent(records.stream()).map(AcledModelMapping::toEvent).forEach(event -> {
      try {
        writer.write(first[0] ? "\n" : ",\n");
        first[0] = false;
        json.write(event.catalog(), writer);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    writer.write("\n]\n");
  }

  private void writeRejects(AcledLayout layout, List<AcledRejectedRow> rows) throws IOException {
    List<String> headers = new ArrayList<>(List.of("line", "problems"));
    headers.addAll(layout.headers());
    AcledLayout rejectLayout = AcledLayout.of(headers, null, DateStyle.ISO, ActorTypeStyle.TEXT);
    try (Writer w = Files.newBufferedWriter(rejects, StandardCharsets.UTF_8)) {
      w.write(csvLine(rejectLayout.headers()));
      for (AcledRejectedRow row : rows) {
        List<String> cells = new ArrayList<>();
        cells.add(Long.toString(row.line()));
        cells.add(row.problems().stream().map(AcledProblem::message).collect(Collectors.joining(" | ")));
        cells.addAll(row.cells());
        w.write(csvLine(cells));
      }
    }
  }

  private static String csvLine(List<String> cells) {
    return cells.stream()
        .map(c -> c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")
            ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
        .collect(Collectors.joining(",", "", "\r\n"));
  }
}
