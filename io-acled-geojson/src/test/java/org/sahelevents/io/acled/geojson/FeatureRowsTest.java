package org.sahelevents.io.acled.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.IncidentFeatures;

class FeatureRowsTest {
  private static final ObjectMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

  private static JsonNode json(String text) throws Exception {
    return EXACT.readTree(text);
  }

  @Test
  void valuesBecomeTheTextOfTheirCells() throws Exception {
    assertThat(FeatureRows.text(json("null"))).isEmpty();
    assertThat(FeatureRows.text(json("\"Kati\""))).isEqualTo("Kati");
    assertThat(FeatureRows.text(json("12.50"))).isEqualTo("12.50");
    assertThat(FeatureRows.text(json("1.2E+3"))).isEqualTo("1200");
    assertThat(FeatureRows.text(json("1E+400000"))).isEqualTo("1E+400000");
    assertThat(FeatureRows.text(json("true"))).isEqualTo("true");
    assertThat(FeatureRows.text(json("[1,2]"))).isEqualTo("[1,2]");
  }

  @Test
  void rowsLeaveTheModelOutAndCloseWhatTheyRead() throws Exception {
    ObjectNode properties = (ObjectNode) json("{\"event_id_cnty\":\"MLI1\",\"fatalities\":3,\"notes\":null}");
    properties.set(IncidentFeatures.EVENT, json("{\"incidents\":[]}"));
    AtomicBoolean closed = new AtomicBoolean();
    Iterator<GeoJsonFeature> features = List.of(GeoJsonFeature.of(null, properties)).iterator();
    class Closing implements Iterator<GeoJsonFeature>, AutoCloseable {
      @Override
      public boolean hasNext() {
        return features.hasNext();
      }

      @Override
      public GeoJsonFeature next() {
        return features.next();
      }

      @Override
      public void close() {
        closed.set(true);
      }
    }
    try (FeatureRows rows = new FeatureRows(new Closing())) {
      assertThat(rows.next()).isEqualTo(Map.of("event_id_cnty", "MLI1", "fatalities", "3", "notes", ""));
      assertThat(rows.hasNext()).isFalse();
    }
    assertThat(closed).isTrue();
  }
}
