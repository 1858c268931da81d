package org.sahelevents.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.sahelevents.core.json.ModelJson;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledCsvWriter;
import org.sahelevents.io.acled.AcledEvent;
import org.sahelevents.io.acled.AcledFormatException;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.geojson.GeoJsonException;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sahel-events convert IN OUT}: between ACLED CSV, ACLED API JSON, GeoJSON, GeoJSON sequences and the model. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = SahelEventsCli.Version.class,
    description = {"Converts conflict-event data, streaming, in constant memory.",
        "Formats: acled-csv (every ACLED layout in; out in the input's layout), acled-json (the API's JSON, in "
            + "only), geojson (RFC 7946) and geojsonseq (RFC 8142 text sequences; newline-delimited read too): "
            + "incidents with ACLED-named properties, json (the model: one catalog per event, out only). Formats follow "
            + "the file extensions (.csv, .json, .geojson, .geojsons/.geojsonl) unless --from or --to is given. The "
            + "output file appears only when the conversion is complete.",
        "Exit code 0 on success, 1 when data was rejected, 2 on a usage error, 3 when a file cannot be read or "
            + "written."},
    footer = {"", "Examples:", "  sahel-events convert acled-response.json mali.csv",
        "  sahel-events convert mali.csv mali.geojson",
        "  sahel-events convert --lenient --rejects rejected.csv mali.csv mali.json"})
final class ConvertCommand implements Callable<Integer> {
  // The JSON pointers of the rows, as the ACLED readers name them in their problems.
  private static final LongFunction<String> FEATURE_PROPERTIES = i -> "/features/" + i + "/properties";

  @Spec
  CommandSpec spec;

  @ParentCommand
  SahelEventsCli root;

  @Mixin
  DataFiles files;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Write rejected ACLED rows to this CSV file, with their line numbers and reasons.")
  Path rejectsFile;

  @Option(names = "--precision", paramLabel = "N", defaultValue = "6",
      description = "Decimals of GeoJSON coordinates, 0 to 9 (default: ${DEFAULT-VALUE}, about 10 cm).")
  int precision;

  private PrintWriter err;
  private RejectsFile rejected;
  private Progress progress;

  @Override
  public Integer call() throws Exception {
    DataFormat source = files.source();
    DataFormat target = files.target();
    if (source == DataFormat.JSON) {
      throw new ParameterException(spec.commandLine(), "--from json is not supported: json is an output format");
    }
    if (target == DataFormat.ACLED_JSON) {
      throw new ParameterException(spec.commandLine(), "--to acled-json is not supported: write acled-csv or json");
    }
    if (precision < 0 || precision > 9) {
      throw new ParameterException(spec.commandLine(), "--precision must be 0 to 9, was " + precision);
    }
    err = spec.commandLine().getErr();
    progress = Progress.onTerminal(err);
    Output.checkReplaceable(files.out, files.force, spec.commandLine());
    if (rejectsFile != null) {
      Output.checkReplaceable(rejectsFile.toString(), files.force, spec.commandLine());
    }
    rejected = new RejectsFile(rejectsFile, files.force);
    try {
      String[] summary = new String[1];
      Output.write(files.out, files.force, root.stdout, stream -> summary[0] = source.isGeoJson()
          ? fromGeoJson(source, target, stream) : fromAcled(source, target, stream));
      rejected.complete();
      progress.done();
      err.println(summary[0] + "; wrote " + files.out);
      return summary[0].contains(" 0 rejected") ? ExitCode.OK : ExitCode.BAD_DATA;
    } catch (AcledFormatException | GeoJsonException e) {
      progress.done();
      err.println(e.getMessage());
      return ExitCode.BAD_DATA;
    } catch (NoSuchFileException e) {
      err.println(files.in + ": no such file");
      return ExitCode.IO;
    } finally {
      rejected.close();
      err.flush();
    }
  }

  private String fromAcled(DataFormat source, DataFormat target, OutputStream stream) throws IOException {
    try (AcledRecords records = Inputs.acled(files.in, source, files.read.badRows(),
        root.stdin, this::onRejected)) {
      if (source == DataFormat.ACLED_CSV) {
        rejected.start(records.layout(), "line");
      } else {
        rejected.start(records.layout(), "pointer");
      }
      write(records, target, stream);
      records.encodingNote().ifPresent(note -> err.println(files.in + ": " + note));
      return String.format("%s: %d rows read, %d accepted, %d rejected", files.in, records.rowsRead(),
          records.rowsAccepted(), records.rowsRejected());
    }
  }

  private String fromGeoJson(DataFormat source, DataFormat target, OutputStream stream) throws IOException {
    try (GeoJsonFeatures features = Inputs.geoJson(files.in, source, files.read.lenient, root.stdin, err::println)) {
      if (target.isGeoJson()) {
        try (GeoJsonWriter.Output output = RecordFeatures.writer(target, precision).open(stream)) {
          features.stream().peek(f -> progress.tick()).forEach(output::write);
        }
      } else if (target == DataFormat.JSON && !features.hasNext()) {
        writeJson(Stream.empty(), stream);
      } else if (target == DataFormat.JSON && IncidentFeatures.hasEvent(peek(features))) {
        writeJson(Stream.concat(Stream.of(first), features.stream()).peek(f -> progress.tick())
            .map(IncidentFeatures::toCatalog), stream);
      } else {
        try (AcledRecords records = AcledCsv.reader().badRows(files.read.badRows())
            .build().open(Inputs.acledRows(first == null ? features
                : Stream.concat(Stream.of(first), features.stream()).iterator()), files.in,
                FEATURE_PROPERTIES, this::onRejected)) {
          rejected.start(records.layout(), "pointer");
          write(records, target, stream);
        }
      }
      return String.format("%s: %d features read, %d accepted, %d rejected", files.in, features.recordsRead(),
          features.recordsAccepted() - rejected.count(), features.recordsRejected() + rejected.count());
    }
  }

  // The first feature, read to tell how the others are to be read.
  private GeoJsonFeature first;

  private GeoJsonFeature peek(GeoJsonFeatures features) {
    first = features.next();
    return first;
  }

  private void onRejected(AcledRejectedRow row) {
    err.println(row.problems().get(0) + (row.problems().size() > 1
        ? " (and " + (row.problems().size() - 1) + " more)" : ""));
    rejected.add(row);
  }

  // Rows are written in plain loops rather than through a stream: each layer of a stream pipeline would be compiled
  // on its own with the whole conversion inlined into it, which held back the first seconds of a conversion.
  private void write(AcledRecords records, DataFormat target, OutputStream stream) throws IOException {
    switch (target) {
      case ACLED_CSV -> {
        // The writer's default keeps the input's layout: its columns, their order, its date and actor type styles.
        try (AcledCsvWriter.Output output = AcledCsv.writer().build().open(stream)) {
          while (records.hasNext()) {
            output.write(records.next());
            progress.tick();
          }
        }
      }
      case GEOJSON, GEOJSONSEQ -> {
        // An ACLED row's own columns are the properties: the whole event derives from them, so nothing is lost.
        try (GeoJsonWriter.Output output = RecordFeatures.writer(target, precision).open(stream)) {
          RecordFeatures features = new RecordFeatures(List.of(), Set.of());
          while (records.hasNext()) {
            features.write(output, records.next(), List.of());
            progress.tick();
          }
        }
      }
      default -> writeJson(AcledModelMapping.groupByEvent(records.stream().peek(r -> progress.tick()))
          .map(AcledModelMapping::toEvent).map(AcledEvent::catalog), stream);
    }
  }

  static void writeJson(Stream<Catalog> events, OutputStream stream) throws IOException {
    ModelJson json = ModelJson.create();
    try (Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
      writer.write("[");
      boolean[] first = {true};
      events.forEach(event -> {
        try {
          writer.write(first[0] ? "\n" : ",\n");
          first[0] = false;
          json.write(event, writer);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      writer.write("\n]\n");
    }
  }
}
