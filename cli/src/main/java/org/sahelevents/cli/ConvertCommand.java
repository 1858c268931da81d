package org.sahelevents.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledCsvWriter;
import org.sahelevents.io.acled.AcledFormatException;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonException;
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

  @Override
  public Integer call() throws IOException {
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
    PrintWriter err = spec.commandLine().getErr();
    Output.checkReplaceable(files.out, files.force, spec.commandLine());
    if (rejectsFile != null) {
      Output.checkReplaceable(rejectsFile.toString(), files.force, spec.commandLine());
    }
    Progress progress = Progress.onTerminal(err);
    try (RejectsFile rejected = new RejectsFile(rejectsFile, files.force)) {
      Conversion conversion = new Conversion(source, target, err, progress, rejected);
      Counts counts = Output.write(files.out, files.force, root.stdout, conversion::run);
      rejected.complete();
      progress.done();
      err.println(counts.summary(files.in) + "; wrote " + files.out);
      return counts.exitCode();
    } catch (AcledFormatException | GeoJsonException e) {
      progress.done();
      err.println(e.getMessage());
      return ExitCode.BAD_DATA;
    } catch (NoSuchFileException e) {
      err.println(files.in + ": no such file");
      return ExitCode.IO;
    } finally {
      err.flush();
    }
  }

  /** One conversion from the command's input to a stream. */
  private final class Conversion {
    private final DataFormat source;
    private final DataFormat target;
    private final PrintWriter err;
    private final Progress progress;
    private final RejectsFile rejected;

    Conversion(DataFormat source, DataFormat target, PrintWriter err, Progress progress, RejectsFile rejected) {
      this.source = source;
      this.target = target;
      this.err = err;
      this.progress = progress;
      this.rejected = rejected;
    }

    Counts run(OutputStream stream) throws IOException {
      if (!source.isGeoJson()) {
        try (RecordInput input = Inputs.records(files.in, source, files.lenient.badRows(), root.stdin,
            this::onRejected, err::println)) {
          return convert(input, stream);
        }
      }
      if (target.isGeoJson()) {
        return copyFeatures(stream);
      }
      RecordInput.WarningCounter warnings = new RecordInput.WarningCounter(err::println);
      PeekedFeatures features = new PeekedFeatures(Inputs.geoJson(files.in, source, files.lenient.badRows(),
          root.stdin, warnings));
      if (target == DataFormat.JSON && features.first().filter(IncidentFeatures::hasEvent).isPresent()) {
        try (features) {
          return modelsOf(features, warnings, stream);
        }
      }
      try (RecordInput input = Inputs.records(features, features.source(), warnings, files.in,
          files.lenient.badRows(), this::onRejected)) {
        return convert(input, stream);
      }
    }

    private Counts convert(RecordInput input, OutputStream stream) throws IOException {
      AcledRecords records = input.records();
      rejected.start(records.layout(), source == DataFormat.ACLED_CSV ? "line" : "pointer");
      write(records, stream);
      records.encodingNote().ifPresent(note -> err.println(files.in + ": " + note));
      return input.counts();
    }

    // GeoJSON to GeoJSON: the features as they are, with the output's precision.
    private Counts copyFeatures(OutputStream stream) throws IOException {
      RecordInput.WarningCounter warnings = new RecordInput.WarningCounter(err::println);
      try (GeoJsonFeatures features = Inputs.geoJson(files.in, source, files.lenient.badRows(), root.stdin, warnings);
           GeoJsonWriter.Output output = geoJsonWriter().open(stream)) {
        while (features.hasNext()) {
          output.write(features.next());
          progress.tick();
        }
        return new Counts("features", features.recordsRead(), features.recordsAccepted(),
            features.recordsRejected(), warnings.count());
      }
    }

    // GeoJSON features that carry the model, to the model's JSON.
    private Counts modelsOf(PeekedFeatures features, RecordInput.WarningCounter warnings, OutputStream stream)
        throws IOException {
      GeoJsonFeatures read = features.source();
      try (ModelJsonArray out = new ModelJsonArray(stream)) {
        while (features.hasNext()) {
          out.write(IncidentFeatures.toCatalog(features.next()));
          progress.tick();
        }
      }
      return new Counts("features", read.recordsRead(), read.recordsAccepted(), read.recordsRejected(),
          warnings.count());
    }

    private void onRejected(AcledRejectedRow row) {
      err.println(row.problems().get(0) + (row.problems().size() > 1
          ? " (and " + (row.problems().size() - 1) + " more)" : ""));
      rejected.add(row);
    }

    private void write(AcledRecords records, OutputStream stream) throws IOException {
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
          try (GeoJsonWriter.Output output = geoJsonWriter().open(stream)) {
            AcledFeatures.Output features = AcledFeatures.standard().on(output);
            while (records.hasNext()) {
              features.write(records.next());
              progress.tick();
            }
          }
        }
        default -> {
          try (ModelJsonArray out = new ModelJsonArray(stream)) {
            Iterator<List<AcledRecord>> events = AcledModelMapping.groupByEvent(records.stream()).iterator();
            while (events.hasNext()) {
              List<AcledRecord> rows = events.next();
              out.write(AcledModelMapping.toEvent(rows).catalog());
              rows.forEach(r -> progress.tick());
            }
          }
        }
      }
    }

    private GeoJsonWriter geoJsonWriter() {
      return (target == DataFormat.GEOJSONSEQ ? GeoJson.sequenceWriter() : GeoJson.writer()).precision(precision)
          .build();
    }
  }
}
