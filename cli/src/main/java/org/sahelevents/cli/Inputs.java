package org.sahelevents.cli;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.WarningPolicy;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledJson;
import org.sahelevents.io.acled.AcledReader;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.AcledValidation;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonReader;
import org.sahelevents.io.ucdp.UcdpGed;
import org.sahelevents.io.ucdp.UcdpReader;
import org.sahelevents.io.ucdp.UcdpRecords;
import org.sahelevents.io.ucdp.UcdpRejectedRow;

/**
 * Opens the inputs of the commands, files or standard input ({@code -}), and tells their format from their first
 * bytes ({@link ContentFormat}) unless {@code --from} names it. Standard input cannot be reopened, so its first bytes
 * are looked at in a buffer and read again from there. Stateless and thread-safe.
 */
final class Inputs {
  /** How messages about the content of standard input name it, as the readers do. */
  static final String STDIN = "<stdin>";

  private Inputs() {}

  /**
   * An input opened for reading: its bytes, the first ones included, its format, how problems name it, what the
   * ACLED reader does with rows that have warnings only, and its file (null for standard input and pipes), which
   * readers that read parts of a file at once open again. Closing it closes the file. Not thread-safe: one reader reads its
   * stream.
   */
  record Opened(InputStream stream, DataFormat format, String name, WarningPolicy warnings, Path file)
      implements AutoCloseable {
    @Override
    public void close() throws IOException {
      stream.close();
    }
  }

  /**
   * Opens {@code file} ({@code -}: {@code stdin}) and finds its format.
   *
   * @param forced the format given with {@code --from}, or null to tell it from the content
   * @param warnings what the ACLED reader does with rows that have warnings only
   * @throws FileFailure if the file is missing, a folder or not readable
   * @throws CommandFailure if the content is empty (white space at most) or in none of the formats the tool reads
   */
  static Opened open(String file, DataFormat forced, WarningPolicy warnings, InputStream stdin) throws IOException {
    boolean isStdin = file.equals("-");
    String name = isStdin ? STDIN : file;
    BufferedInputStream in = new BufferedInputStream(new Named(isStdin ? stdin : openFile(file),
        isStdin ? "standard input" : file), ContentFormat.PEEK_BYTES);
    // Only a regular file can be opened again: a pipe (a shell's process substitution) cannot.
    Path path = isStdin || !Files.isRegularFile(Path.of(file)) ? null : Path.of(file);
    if (forced != null) {
      return new Opened(in, forced, name, warnings, path);
    }
    try {
      in.mark(ContentFormat.PEEK_BYTES);
      byte[] head = in.readNBytes(ContentFormat.PEEK_BYTES);
      in.reset();
      if (GeoParquetFiles.isParquet(head)) {
        return new Opened(in, DataFormat.GEOPARQUET, name, warnings, path);
      }
      ContentFormat.Guess guess = ContentFormat.of(head, head.length, DataFormat.hint(file));
      return switch (guess.verdict()) {
        case FORMAT -> new Opened(in, guess.format(), name, warnings, path);
        case EMPTY -> throw new CommandFailure(ExitCode.BAD_DATA, name + ": is empty; there is nothing to read");
        case UNKNOWN -> throw new CommandFailure(ExitCode.BAD_DATA, name + ": not a format the tool reads (ACLED "
            + "CSV or API JSON, UCDP GED CSV or API JSON, GeoJSON, GeoJSON text sequences or the model's JSON); if it "
            + "is one of them, name it with --from acled-csv, acled-json, ucdp-csv, ucdp-json, geojson, geojsonseq or "
            + "json");
      };
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private static InputStream openFile(String file) throws FileFailure {
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new FileFailure(file + ": is a folder, not a file; give a file in it", null);
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new FileFailure(file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new FileFailure(file + ": cannot be read: permission denied", e);
    } catch (IOException e) {
      throw new FileFailure(file + ": cannot be read: " + Failures.reason(e), e);
    }
  }

  /** How the tool reads ACLED rows, whatever carries them. */
  static AcledReader acledReader(DataFormat format, BadRowPolicy policy, WarningPolicy warnings) {
    return acledReaderBuilder(format, policy, warnings).build();
  }

  private static AcledReader.Builder acledReaderBuilder(DataFormat format, BadRowPolicy policy,
      WarningPolicy warnings) {
    AcledReader.Builder builder = format == DataFormat.ACLED_JSON ? AcledJson.reader() : AcledCsv.reader();
    return builder.badRows(policy).warnings(warnings).validation(AcledValidation.CONSISTENCY);
  }

  /**
   * The rows of an ACLED CSV or API JSON input, or of a GeoParquet file. A CSV file is read by one thread per
   * processor, which gives the same records, problems and counts as one thread, sooner.
   */
  static AcledRecords acled(Opened input, BadRowPolicy policy, Consumer<AcledRejectedRow> onRejected) {
    if (input.format() == DataFormat.GEOPARQUET) {
      return GeoParquetFiles.acled(input, acledReader(DataFormat.ACLED_CSV, policy, input.warnings()), onRejected);
    }
    if (input.format() == DataFormat.ACLED_CSV && input.file() != null) {
      return acledReaderBuilder(input.format(), policy, input.warnings())
          .threads(Runtime.getRuntime().availableProcessors()).build().open(input.file(), input.name(), onRejected);
    }
    return acledReader(input.format(), policy, input.warnings()).open(input.stream(), input.name(), onRejected);
  }

  /** The rows of a UCDP GED CSV or API JSON input. */
  static UcdpRecords ucdp(Opened input, BadRowPolicy policy, Consumer<UcdpRejectedRow> onRejected) {
    UcdpReader.Builder builder = input.format() == DataFormat.UCDP_JSON ? UcdpGed.apiReader() : UcdpGed.reader();
    return builder.badRows(policy).warnings(input.warnings()).build().open(input.stream(), input.name(), onRejected);
  }

  /** The features of a GeoJSON document or sequence. */
  static GeoJsonFeatures geoJson(Opened input, BadRowPolicy policy, Consumer<DataProblem> onProblem) {
    GeoJsonReader reader = (input.format() == DataFormat.GEOJSONSEQ ? GeoJson.sequenceReader() : GeoJson.reader())
        .badRecords(policy)
        .build();
    return reader.open(input.stream(), input.name(), onProblem);
  }

  /**
   * ACLED records from any input format: ACLED CSV or API JSON directly, GeoJSON through the ACLED columns its
   * features carry ({@link AcledFeatures#toRecords}), the model's JSON through its incidents' ACLED rows
   * ({@link ModelRecords}). Closing it closes the input.
   */
  static RecordInput records(Opened input, BadRowPolicy policy, Consumer<AcledRejectedRow> onRejected,
      Consumer<DataProblem> onProblem) {
    switch (input.format()) {
      case GEOJSON, GEOJSONSEQ -> {
        RecordInput.ProblemCounter warnings = new RecordInput.ProblemCounter(onProblem);
        GeoJsonFeatures features = geoJson(input, policy, warnings);
        return records(features, features, warnings, input, policy, onRejected, onProblem);
      }
      case JSON -> {
        ModelCatalogs catalogs = new ModelCatalogs(input.stream(), input.name());
        return RecordInput.of(new ModelRecords(catalogs, input.name(), policy, onRejected), catalogs);
      }
      default -> {
        return RecordInput.of(acled(input, policy, onRejected), onProblem);
      }
    }
  }

  /**
   * ACLED records from the features of {@code source}, given by {@code features} (which may have read some ahead).
   * Closing it closes the features.
   *
   * @param onWarning where each accepted row's warnings go as it is read
   */
  static RecordInput records(Iterator<GeoJsonFeature> features, GeoJsonFeatures source,
      RecordInput.ProblemCounter warnings, Opened input, BadRowPolicy policy, Consumer<AcledRejectedRow> onRejected,
      Consumer<DataProblem> onWarning) {
    return RecordInput.of(AcledFeatures.toRecords(features, input.name(), acledReader(DataFormat.ACLED_CSV, policy,
        input.warnings()), onRejected), new RecordInput.FeatureSource(source, warnings), onWarning);
  }

  /** A stream whose failures name the input as the user gave it, with the system's reason. Not thread-safe. */
  private static final class Named extends FilterInputStream {
    private final String name;

    Named(InputStream in, String name) {
      super(in);
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      try {
        return in.read();
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return in.read(b, off, len);
      } catch (IOException e) {
        throw failure(e);
      }
    }

    private FileFailure failure(IOException e) {
      return e instanceof FileFailure f ? f : new FileFailure(name + ": cannot be read: " + Failures.reason(e), e);
    }
  }
}
