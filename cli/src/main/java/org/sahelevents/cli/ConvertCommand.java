package org.sahelevents.cli;

import java.io.BufferedWriter;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sahelevents.core.json.ModelJson;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledCsvWriter;
import org.sahelevents.io.acled.AcledEvent;
import org.sahelevents.io.acled.AcledFormatException;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledProblem;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.ActorTypeStyle;
import org.sahelevents.io.acled.BadRowPolicy;
import org.sahelevents.io.acled.DateStyle;
import org.sahelevents.io.geojson.GeoJson;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.sahelevents.io.geojson.GeoJsonException;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
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

  @Option(names = "--from", paramLabel = "FORMAT", converter = DataFormat.Converter.class,
      description = "acled-csv, acled-json, geojson or geojsonseq")
  DataFormat from;

  @Option(names = "--to", paramLabel = "FORMAT", converter = DataFormat.Converter.class,
      description = "acled-csv, json, geojson or geojsonseq")
  DataFormat to;

  @Option(names = "--lenient", description = "Skip bad rows (reporting each) instead of stopping at the first one.")
  boolean lenient;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Write rejected ACLED rows to this CSV file, with their line numbers and reasons.")
  Path rejects;

  @Option(names = "--precision", paramLabel = "N", defaultValue = "6",
      description = "Decimals of GeoJSON coordinates, 0 to 9 (default: ${DEFAULT-VALUE}, about 10 cm).")
  int precision;

  @Parameters(index = "0", paramLabel = "IN", description = "input file, or - for stdin")
  String in;

  @Parameters(index = "1", paramLabel = "OUT", description = "output file, or - for stdout")
  String out;

  private PrintWriter err;
  private final List<AcledRejectedRow> rejected = new ArrayList<>();
  private Progress progress;

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
    if (precision < 0 || precision > 9) {
      throw new ParameterException(spec.commandLine(), "--precision must be 0 to 9, was " + precision);
    }
    err = spec.commandLine().getErr();
    progress = Progress.onTerminal(err);
    try {
      String[] summary = new String[1];
      Output.write(out, root.stdout, stream -> summary[0] = source.isGeoJson()
          ? fromGeoJson(source, target, stream) : fromAcled(source, target, stream));
      progress.done();
      err.println(summary[0] + "; wrote " + out);
      return summary[0].contains(" 0 rejected") ? ExitCode.OK : ExitCode.BAD_DATA;
    } catch (AcledFormatException | GeoJsonException e) {
      progress.done();
      err.println(e.getMessage());
      return ExitCode.BAD_DATA;
    } catch (NoSuchFileException e) {
      err.println(in + ": no such file");
      return ExitCode.IO;
    } finally {
      err.flush();
    }
  }

  private String fromAcled(DataFormat source, DataFormat target, OutputStream stream) throws IOException {
    try (AcledRecords records = Inputs.acled(in, source, lenient ? BadRowPolicy.COLLECT : BadRowPolicy.FAIL,
        root.stdin, this::onRejected)) {
      write(records.stream().peek(r -> progress.tick()), target, stream);
      if (rejects != null) {
        writeRejects(records.layout());
      }
      records.encodingNote().ifPresent(note -> err.println(in + ": " + note));
      return String.format("%s: %d rows read, %d accepted, %d rejected", in, records.rowsRead(),
          records.rowsAccepted(), records.rowsRejected());
    }
  }

  private static final GeometryFactory POINTS = new GeometryFactory(new PrecisionModel(), 4326);

  private String fromGeoJson(DataFormat source, DataFormat target, OutputStream stream) throws IOException {
    try (GeoJsonFeatures features = Inputs.geoJson(in, source, lenient, root.stdin, err::println)) {
      if (target.isGeoJson()) {
        try (GeoJsonWriter.Output output = geoJsonWriter(target).open(stream)) {
          features.stream().peek(f -> progress.tick()).forEach(output::write);
        }
      } else if (target == DataFormat.JSON && !features.hasNext()) {
        writeJson(Stream.empty(), stream);
      } else if (target == DataFormat.JSON && IncidentFeatures.hasEvent(peek(features))) {
        writeJson(Stream.concat(Stream.of(first), features.stream()).peek(f -> progress.tick())
            .map(IncidentFeatures::toCatalog), stream);
      } else {
        try (AcledRecords records = AcledCsv.reader().badRows(lenient ? BadRowPolicy.COLLECT : BadRowPolicy.FAIL)
            .build().open(Inputs.acledRows(first == null ? features
                : Stream.concat(Stream.of(first), features.stream()).iterator()), in,
                i -> "/features/" + i + "/properties", this::onRejected)) {
          write(records.stream().peek(r -> progress.tick()), target, stream);
          if (rejects != null) {
            writeRejects(records.layout());
          }
        }
      }
      return String.format("%s: %d features read, %d accepted, %d rejected", in, features.recordsRead(),
          features.recordsAccepted(), features.recordsRejected() + rejected.size());
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
    if (rejects != null) {
      rejected.add(row);
    }
  }

  private GeoJsonWriter geoJsonWriter(DataFormat target) {
    return (target == DataFormat.GEOJSONSEQ ? GeoJson.sequenceWriter() : GeoJson.writer()).precision(precision)
        .build();
  }

  private void write(Stream<AcledRecord> records, DataFormat target, OutputStream stream) throws IOException {
    switch (target) {
      case ACLED_CSV -> {
        // The writer's default keeps the input's layout: its columns, their order, its date and actor type styles.
        try (AcledCsvWriter.Output output = AcledCsv.writer().build().open(stream)) {
          records.forEach(output::write);
        }
      }
      case GEOJSON, GEOJSONSEQ -> {
        // An ACLED row's own columns are the properties: the whole event derives from them, so nothing is lost.
        AcledCsvWriter columns = AcledCsv.writer().build();
        try (GeoJsonWriter.Output output = geoJsonWriter(target).open(stream)) {
          records.forEach(r -> output.write(GeoJsonFeature.of(POINTS.createPoint(
              new Coordinate(r.longitude().doubleValue(), r.latitude().doubleValue())),
              IncidentFeatures.properties(columns.columns(r))).withId(r.eventIdCnty())));
        }
      }
      default -> writeJson(AcledModelMapping.groupByEvent(records).map(AcledModelMapping::toEvent)
          .map(AcledEvent::catalog), stream);
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

  private void writeRejects(AcledLayout layout) throws IOException {
    List<String> headers = new ArrayList<>(List.of("line", "problems"));
    headers.addAll(layout.headers());
    AcledLayout rejectLayout = AcledLayout.of(headers, null, DateStyle.ISO, ActorTypeStyle.TEXT);
    try (Writer w = Files.newBufferedWriter(rejects, StandardCharsets.UTF_8)) {
      w.write(csvLine(rejectLayout.headers()));
      for (AcledRejectedRow row : rejected) {
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
