package org.sahelevents.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Incident;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;
import org.sahelevents.io.ucdp.UcdpModelMapping;
import org.sahelevents.io.ucdp.UcdpRecord;
import org.sahelevents.io.ucdp.UcdpRecords;
import org.sahelevents.io.ucdp.geojson.UcdpFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sahel-events convert IN OUT}: between ACLED CSV, ACLED API JSON, GeoJSON, GeoJSON sequences and the model.
 * Picocli makes one per run: not thread-safe.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = SahelEventsCli.Version.class,
    description = {"Converts conflict-event data, streaming, in constant memory.",
        "Formats: acled-csv (every ACLED layout in; out in the input's layout), acled-json (the API's JSON, in "
            + "only), ucdp-csv and ucdp-json (UCDP GED files and API pages, in only: out to geojson, geojsonseq or "
            + "json, with GED's columns), geojson (RFC 7946), geojsonseq (RFC 8142 text sequences; newline-delimited "
            + "read too) and geoparquet (GeoParquet 1.1 out, 1.0 and 1.1 in): incidents with ACLED-named properties or "
            + "columns, json (the model: an array of catalogs, one per event). IN's format is told from its content "
            + "unless --from is given; OUT's follows its extension (.csv, .json, .geojson, .geojsons/.geojsonl, "
            + ".parquet) unless --to is given. The output file appears only when the conversion is complete.",
        "Exit code 0 on success, 1 when data was rejected, 2 on a usage error, 3 when a file cannot be read or "
            + "written."},
    footer = {"", "Examples:", "  sahel-events convert acled-response.json mali.csv",
        "  sahel-events convert mali.csv mali.geojson",
        "  sahel-events convert --lenient --rejects rejected.csv mali.csv mali.json",
        "  sahel-events convert mali.json mali-again.csv"})
final class ConvertCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ParentCommand
  SahelEventsCli root;

  @Mixin
  DataFiles files;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Write rejected rows to this CSV file: where each was, its problems, its original content.")
  Path rejectsFile;

  @Option(names = "--precision", paramLabel = "N", defaultValue = "6",
      description = "Decimals of GeoJSON coordinates, 0 to 9 (default: ${DEFAULT-VALUE}, about 10 cm).")
  int precision;

  @Override
  public Integer call() throws IOException {
    DataFormat target = files.target();
    if (target == DataFormat.ACLED_JSON || target.isUcdp()) {
      throw new ParameterException(spec.commandLine(), "--to " + target + " is not supported: write acled-csv, json, "
          + "geojson or geojsonseq");
    }
    if (precision < 0 || precision > 9) {
      throw new ParameterException(spec.commandLine(), "--precision must be 0 to 9, was " + precision);
    }
    Output.checkWritable(files.out, files.force, spec.commandLine());
    if (rejectsFile != null) {
      Output.checkWritable(rejectsFile.toString(), files.force, spec.commandLine());
    }
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = Progress.onTerminal(err);
    try (Inputs.Opened input = files.read.open(files.in, root.stdin);
         RejectsFile rejected = new RejectsFile(rejectsFile, files.force, err)) {
      if (input.format().isUcdp() && (target == DataFormat.ACLED_CSV || target == DataFormat.GEOPARQUET)) {
        throw new CommandFailure(ExitCode.USAGE, files.in + " is UCDP GED, which " + (target == DataFormat.ACLED_CSV
            ? "ACLED CSV" : "the tool's GeoParquet, of ACLED's columns,") + " cannot hold (a death estimate of three "
            + "figures, GED's actors and precisions): write .geojson, .geojsons or .json");
      }
      Conversion conversion = new Conversion(input, target, err, progress, rejected);
      Counts counts = Output.write(files.out, files.force, root.stdout, conversion::run);
      rejected.complete();
      progress.done();
      err.println(counts.summary(files.in) + "; wrote " + files.out);
      return counts.exitCode();
    } finally {
      progress.done();
    }
  }

  /** One conversion from the command's input to a stream. Not thread-safe. */
  private final class Conversion {
    private final Inputs.Opened input;
    private final DataFormat target;
    private final PrintWriter err;
    private final Progress progress;
    private final RejectsFile rejected;

    Conversion(Inputs.Opened input, DataFormat target, PrintWriter err, Progress progress, RejectsFile rejected) {
      this.input = input;
      this.target = target;
      this.err = err;
      this.progress = progress;
      this.rejected = rejected;
    }

    Counts run(OutputStream stream) throws IOException {
      if (input.format().isUcdp()) {
        return ucdp(stream);
      }
      if (input.format() == DataFormat.JSON && target != DataFormat.ACLED_CSV && target != DataFormat.GEOPARQUET) {
        return catalogs(stream);
      }
      if (!input.format().isGeoJson()) {
        try (RecordInput records = Inputs.records(input, files.lenient.badRows(), rejected::add, err::println)) {
          return convert(records, stream);
        }
      }
      if (target.isGeoJson()) {
        return copyFeatures(stream);
      }
      RecordInput.ProblemCounter warnings = new RecordInput.ProblemCounter(this::onFeatureProblem);
      PeekedFeatures features = new PeekedFeatures(Inputs.geoJson(input, files.lenient.badRows(), warnings));
      if (target == DataFormat.JSON && features.first().filter(IncidentFeatures::hasEvent).isPresent()) {
        try (features) {
          return modelsOf(features, warnings, stream);
        }
      }
      try (RecordInput records = Inputs.records(features, features.source(), warnings, input,
          files.lenient.badRows(), rejected::add, err::println)) {
        return convert(records, stream);
      }
    }

    private Counts convert(RecordInput records, OutputStream stream) throws IOException {
      rejected.start(records.layout(), input.format() == DataFormat.ACLED_CSV ? "line" : "pointer");
      RecordOutput.write(records, target, geoJsonWriter(), stream, files.out, progress::tick);
      records.encodingNote().ifPresent(note -> err.println(files.in + ": " + note));
      return records.counts();
    }

    // GED to GeoJSON (GED's columns and the model) or to the model's JSON, one catalog per row.
    private Counts ucdp(OutputStream stream) throws IOException {
      try (UcdpRecords records = Inputs.ucdp(input, files.lenient.badRows(), rejected::add)) {
        rejected.start(records.headers(), input.format() == DataFormat.UCDP_CSV ? "line" : "pointer");
        if (target == DataFormat.JSON) {
          try (ModelJsonArray out = new ModelJsonArray(stream)) {
            while (records.hasNext()) {
              out.write(UcdpModelMapping.toEvent(warned(records.next())).catalog());
              progress.tick();
            }
          }
        } else {
          try (GeoJsonWriter.Output output = geoJsonWriter().open(stream)) {
            UcdpFeatures.Output features = UcdpFeatures.standard().on(output);
            while (records.hasNext()) {
              features.write(warned(records.next()));
              progress.tick();
            }
          }
        }
        records.encodingNote().ifPresent(note -> err.println(files.in + ": " + note));
        return new Counts("rows", records.rowsRead(), records.rowsAccepted(), records.rowsRejected(),
            records.warnings());
      }
    }

    private UcdpRecord warned(UcdpRecord record) {
      record.warnings().forEach(err::println);
      return record;
    }

    // GeoJSON to GeoJSON: the features as they are, with the output's precision.
    private Counts copyFeatures(OutputStream stream) throws IOException {
      rejected.start(List.of(), "pointer");
      RecordInput.ProblemCounter warnings = new RecordInput.ProblemCounter(this::onFeatureProblem);
      try (GeoJsonFeatures features = Inputs.geoJson(input, files.lenient.badRows(), warnings);
           GeoJsonWriter.Output output = geoJsonWriter().open(stream)) {
        while (features.hasNext()) {
          output.write(features.next());
          progress.tick();
        }
        return new Counts("features", features.recordsRead(), features.recordsAccepted(),
            features.recordsRejected(), warnings.count());
      }
    }

    private void onFeatureProblem(DataProblem problem) {
      err.println(problem);
      rejected.addFeatureProblem(problem);
    }

    // GeoJSON features that carry the model, to the model's JSON.
    private Counts modelsOf(PeekedFeatures features, RecordInput.ProblemCounter warnings, OutputStream stream)
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

    // The model's JSON to the model's JSON (one catalog each) or to GeoJSON (one feature per incident, with its
    // model, since an ACLED row does not hold all of it).
    private Counts catalogs(OutputStream stream) throws IOException {
      rejected.start(AcledLayout.current(), "pointer");
      long read = 0;
      long bad = 0;
      try (ModelCatalogs catalogs = new ModelCatalogs(input.stream(), input.name());
           CatalogSink out = target == DataFormat.JSON ? new CatalogSink.Json(stream)
               : new CatalogSink.Features(geoJsonWriter().open(stream))) {
        while (catalogs.hasNext()) {
          ModelCatalogs.Entry entry = catalogs.next();
          if (entry.catalog() == null) {
            read++;
            bad++;
            ModelRecords.reject(input.name(), entry.pointer() + entry.problem().pointer(), entry.problem().reason(),
                files.lenient.badRows(), rejected::add);
          } else {
            read += out.write(entry.catalog());
          }
          progress.tick();
        }
      }
      return new Counts(target == DataFormat.JSON ? "catalogs" : "incidents", read, read - bad, bad, 0);
    }

    private GeoJsonWriter geoJsonWriter() {
      return (target == DataFormat.GEOJSONSEQ ? GeoJson.sequenceWriter() : GeoJson.writer()).precision(precision)
          .build();
    }
  }

  /** Where the catalogs of the model's JSON go: the model's JSON again, or a feature per incident. Not thread-safe. */
  private interface CatalogSink extends AutoCloseable {
    /** Writes the catalog; returns the number of things written it counts: 1 catalog, or its incidents. */
    long write(Catalog catalog) throws IOException;

    @Override
    void close() throws IOException;

    /** The catalogs as the model's JSON. */
    final class Json implements CatalogSink {
      private final ModelJsonArray out;

      Json(OutputStream stream) throws IOException {
        out = new ModelJsonArray(stream);
      }

      @Override
      public long write(Catalog catalog) throws IOException {
        out.write(catalog);
        return 1;
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    }

    /** Each incident as a feature with its ACLED properties and its model. */
    final class Features implements CatalogSink {
      private final GeoJsonWriter.Output out;
      private final AcledFeatures features = AcledFeatures.standard();

      Features(GeoJsonWriter.Output out) {
        this.out = out;
      }

      @Override
      public long write(Catalog catalog) {
        for (Incident incident : catalog.getIncidents()) {
          out.write(features.toFeature(incident, catalog));
        }
        return catalog.getIncidents().size();
      }

      @Override
      public void close() {
        out.close();
      }
    }
  }
}
