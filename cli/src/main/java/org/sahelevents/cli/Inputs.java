package org.sahelevents.cli;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import com.fasterxml.jackson.databind.JsonNode;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledJson;
import org.sahelevents.io.acled.AcledReader;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.AcledValidation;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonReader;
import org.sahelevents.io.geojson.IncidentFeatures;

/** Opens the inputs of the commands: files or standard input ({@code -}). */
final class Inputs {
  private Inputs() {}

  static AcledRecords acled(String file, DataFormat format, BadRowPolicy policy, InputStream stdin,
      Consumer<AcledRejectedRow> onRejected) throws NoSuchFileException {
    AcledReader.Builder builder = switch (format) {
      case ACLED_CSV -> AcledCsv.reader();
      case ACLED_JSON -> AcledJson.reader();
      default -> throw new IllegalArgumentException(format + " is not an ACLED format");
    };
    AcledReader reader = builder.badRows(policy).validation(AcledValidation.CONSISTENCY).build();
    return file.equals("-") ? reader.open(stdin, "<stdin>", onRejected) : reader.open(existing(file), onRejected);
  }

  static GeoJsonFeatures geoJson(String file, DataFormat format, boolean lenient, InputStream stdin,
      Consumer<DataProblem> onProblem) throws NoSuchFileException {
    GeoJsonReader reader = (format == DataFormat.GEOJSONSEQ ? GeoJson.sequenceReader() : GeoJson.reader())
        .badRecords(lenient ? BadRowPolicy.COLLECT : BadRowPolicy.FAIL)
        .build();
    return file.equals("-") ? reader.open(stdin, "<stdin>", onProblem) : reader.open(existing(file), onProblem);
  }

  /**
   * ACLED records from any input format: ACLED CSV or API JSON directly, GeoJSON through the ACLED columns its
   * features carry. Closing the records closes the input.
   */
  static AcledRecords records(String file, DataFormat format, boolean lenient, InputStream stdin,
      Consumer<AcledRejectedRow> onRejected, Consumer<DataProblem> onProblem) throws NoSuchFileException {
    BadRowPolicy policy = lenient ? BadRowPolicy.COLLECT : BadRowPolicy.FAIL;
    if (!format.isGeoJson()) {
      return acled(file, format, policy, stdin, onRejected);
    }
    GeoJsonFeatures features = geoJson(file, format, lenient, stdin, onProblem);
    return AcledCsv.reader().badRows(policy).build().open(new ClosingRows(acledRows(features), features), file,
        i -> "/features/" + i + "/properties", onRejected);
  }

  /** Rows that close their source when they are closed. */
  private record ClosingRows(Iterator<Map<String, String>> rows, AutoCloseable source)
      implements Iterator<Map<String, String>>, java.io.Closeable {
    @Override
    public boolean hasNext() {
      return rows.hasNext();
    }

    @Override
    public Map<String, String> next() {
      return rows.next();
    }

    @Override
    public void close() throws java.io.IOException {
      try {
        source.close();
      } catch (java.io.IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new java.io.IOException(e);
      }
    }
  }

  /**
   * The ACLED rows carried by GeoJSON features: their flat properties (the model's {@value IncidentFeatures#EVENT}
   * left out), scalars as text.
   */
  static Iterator<Map<String, String>> acledRows(Iterator<GeoJsonFeature> features) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return features.hasNext();
      }

      @Override
      public Map<String, String> next() {
        Map<String, String> row = new LinkedHashMap<>();
        features.next().properties().ifPresent(p -> p.fields().forEachRemaining(e -> {
          if (!e.getKey().equals(IncidentFeatures.EVENT)) {
            row.put(e.getKey(), text(e.getValue()));
          }
        }));
        return row;
      }
    };
  }

  private static String text(JsonNode value) {
    if (value.isNull()) {
      return "";
    }
    if (value.isBigDecimal()) {
      // Plain notation, except for exponents no ACLED column needs, which plain notation would spell in millions of
      // digits; such a cell then fails as a number with its text shown.
      BigDecimal number = value.decimalValue();
      return Math.abs(number.scale()) <= 1000 ? number.toPlainString() : number.toString();
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static Path existing(String file) throws NoSuchFileException {
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      throw new NoSuchFileException(file);
    }
    return path;
  }
}
