package org.sahelevents.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The package-private {@link RowJson}: member names escaped as JSON asks, and which cells are plain numbers. */
class RowJsonTest {
  private static String member(String name) {
    return new String(RowJson.member(name), StandardCharsets.UTF_8);
  }

  private static boolean plain(String text) {
    byte[] bytes = ("<" + text + ">").getBytes(StandardCharsets.US_ASCII);
    return RowJson.isPlainNumber(bytes, 1, bytes.length - 1);
  }

  @Test
  void aMemberNameIsQuotedEscapedAndFollowedByAColon() {
    assertThat(member("event_id_cnty")).isEqualTo("\"event_id_cnty\":");
    assertThat(member("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\":");
    assertThat(member("tab\there\nline\u0001")).isEqualTo("\"tab\\there\\nline\\u0001\":");
    assertThat(member("Ségou ⵜⵉⵏⴱⵓⴽⵜⵓ")).isEqualTo("\"Ségou ⵜⵉⵏⴱⵓⴽⵜⵓ\":");
  }

  @Test
  void aMemberNameIsByteForByteWhatJacksonWrites() throws IOException {
    for (String name : List.of("plain", "quote\"back\\slash", "\u0000\u001f\u007f", "é ⵜⵉⵏⴱⵓⴽⵜⵓ", "clef 𝄞",
        "lone \uD834 surrogate", "a".repeat(5_000))) {
      ByteArrayOutputStream jackson = new ByteArrayOutputStream();
      try (JsonGenerator g = new JsonFactory().createGenerator(jackson)) {
        g.writeStartObject();
        g.writeFieldName(name);
        g.writeNumber(1);
        g.writeEndObject();
      } catch (IllegalArgumentException | IOException e) {
        continue;
      }
      String written = jackson.toString(StandardCharsets.UTF_8);
      assertThat(member(name)).as(name).isEqualTo(written.substring(1, written.length() - 2));
    }
  }

  @Test
  void onlyNumbersThatJsonKeepsExactlyArePlain() {
    assertThat(plain("0")).isTrue();
    assertThat(plain("-12.6091")).isTrue();
    assertThat(plain("1730800000")).isTrue();
    assertThat(plain("0.5")).isTrue();
    assertThat(plain("")).isFalse();
    assertThat(plain("-")).isFalse();
    assertThat(plain("007")).isFalse();
    assertThat(plain("+1")).isFalse();
    assertThat(plain("1e5")).isFalse();
    assertThat(plain("1.")).isFalse();
    assertThat(plain(".5")).isFalse();
    assertThat(plain("1.2.3")).isFalse();
    assertThat(plain("12a")).isFalse();
  }
}
