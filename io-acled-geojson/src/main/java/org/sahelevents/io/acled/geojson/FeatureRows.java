package org.sahelevents.io.acled.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.IncidentFeatures;

/**
 * The flat properties of features as rows of text, for the ACLED reader: numbers in plain notation, {@code null} as
 * an empty cell, an object or array as its JSON text (which then fails as any cell would), and the model in
 * {@value IncidentFeatures#EVENT} left out. Closing the rows closes the features when they can be closed. Not
 * thread-safe.
 */
final class FeatureRows implements Iterator<Map<String, String>>, Closeable {
  private final Iterator<GeoJsonFeature> features;

  FeatureRows(Iterator<GeoJsonFeature> features) {
    this.features = features;
  }

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

  @Override
  public void close() throws IOException {
    if (features instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
  }

  static String text(JsonNode value) {
    if (value.isNull()) {
      return "";
    }
    if (value.isBigDecimal()) {
      // Plain notation, except for exponents no ACLED column needs, which plain notation would spell in millions
      // of digits; such a cell then fails as a number with its text shown.
      BigDecimal number = value.decimalValue();
      return Math.abs(number.scale()) <= 1000 ? number.toPlainString() : number.toString();
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
