package org.sahelevents.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
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

/** Opens the inputs of the commands: files or standard input ({@code -}). */
final class Inputs {
  private Inputs() {}

  /** How the tool reads ACLED rows, whatever carries them. */
  static AcledReader acledReader(DataFormat format, BadRowPolicy policy) {
    AcledReader.Builder builder = format == DataFormat.ACLED_JSON ? AcledJson.reader() : AcledCsv.reader();
    return builder.badRows(policy).validation(AcledValidation.CONSISTENCY).build();
  }

  static AcledRecords acled(String file, DataFormat format, BadRowPolicy policy, InputStream stdin,
      Consumer<AcledRejectedRow> onRejected) throws NoSuchFileException {
    if (format != DataFormat.ACLED_CSV && format != DataFormat.ACLED_JSON) {
      throw new IllegalArgumentException(format + " is not an ACLED format");
    }
    AcledReader reader = acledReader(format, policy);
    return file.equals("-") ? reader.open(stdin, "<stdin>", onRejected) : reader.open(existing(file), onRejected);
  }

  static GeoJsonFeatures geoJson(String file, DataFormat format, BadRowPolicy policy, InputStream stdin,
      Consumer<DataProblem> onProblem) throws NoSuchFileException {
    GeoJsonReader reader = (format == DataFormat.GEOJSONSEQ ? GeoJson.sequenceReader() : GeoJson.reader())
        .badRecords(policy)
        .build();
    return file.equals("-") ? reader.open(stdin, "<stdin>", onProblem) : reader.open(existing(file), onProblem);
  }

  /**
   * ACLED records from any input format: ACLED CSV or API JSON directly, GeoJSON through the ACLED columns its
   * features carry ({@link AcledFeatures#toRecords}). Closing it closes the input.
   */
  static RecordInput records(String file, DataFormat format, BadRowPolicy policy, InputStream stdin,
      Consumer<AcledRejectedRow> onRejected, Consumer<DataProblem> onProblem) throws NoSuchFileException {
    if (!format.isGeoJson()) {
      return new RecordInput(acled(file, format, policy, stdin, onRejected), null);
    }
    RecordInput.WarningCounter warnings = new RecordInput.WarningCounter(onProblem);
    GeoJsonFeatures features = geoJson(file, format, policy, stdin, warnings);
    return records(features, features, warnings, file, policy, onRejected);
  }

  /**
   * ACLED records from the features of {@code source}, given by {@code features} (which may have read some ahead).
   * Closing it closes the features.
   */
  static RecordInput records(Iterator<GeoJsonFeature> features, GeoJsonFeatures source,
      RecordInput.WarningCounter warnings, String file, BadRowPolicy policy, Consumer<AcledRejectedRow> onRejected) {
    return new RecordInput(AcledFeatures.toRecords(features, file, acledReader(DataFormat.ACLED_CSV, policy),
        onRejected), new RecordInput.FeatureSource(source, warnings));
  }

  private static Path existing(String file) throws NoSuchFileException {
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      throw new NoSuchFileException(file);
    }
    return path;
  }
}
