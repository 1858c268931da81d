package org.sahelevents.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The package-private {@link RowJson}: member names escaped as JSON asks, and which cells are plain numbers. */
class RowJsonTest {
  private static String member(String name) {
    return new String(RowJson.member(name), StandardCharsets.UTF_8);
  }

  private static boolean plain(String text) {
    return RowJson.isPlainNumber(text);
  }

  // The properties object of one text cell, as RowJson assembles it and as Jackson's UTF-8 generator writes it.
  private static String[] propertiesBothWays(String cell) throws IOException {
    RowJson row = new RowJson();
    row.properties(PropertyColumns.of(List.of("p"), Set.of()), Collections.singletonList(cell));
    ByteArrayOutputStream jackson = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(jackson)) {
      g.writeStartObject();
      g.writeStringField("p", cell);
      g.writeEndObject();
    }
    return new String[] {new String(row.bytes(), 0, row.length(), StandardCharsets.ISO_8859_1),
        jackson.toString(StandardCharsets.ISO_8859_1)};
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
  void aTextCellIsByteForByteWhatJacksonWrites() throws IOException {
    List<String> cells = List.of("", "plain ASCII", "\"", "\\", "\"quoted\" and back\\slashed\\",
        "\u0000\u0001\b\t\n\u000b\f\r\u001f\u007f", "line\r\nbreaks\n", "Ségou (Ségou, Mali) é",
        "é", "ÿ\u0080\u00a0", "ⵜⵉⵏⴱⵓⴽⵜⵓ", "Tombouctou تنبكتو", "\u2028 and \u2029",
        "clef 𝄞 end", "𝄞", "lone \uD834 high", "lone \uDD1E low", "\uDD1E\uD834 reversed", "\uFFFF\uFEFF",
        "a".repeat(5_000) + "é", "é" + "a".repeat(5_000), "\"".repeat(3_000), "ⵜ".repeat(3_000),
        "x".repeat(4_093) + "\n" + "y".repeat(10));
    for (String cell : cells) {
      String[] written = propertiesBothWays(cell);
      assertThat(written[0]).as(cell.length() > 40 ? cell.substring(0, 40) : cell).isEqualTo(written[1]);
    }
  }

  @Test
  void randomTextCellsAreByteForByteWhatJacksonWrites() throws IOException {
    // Mostly ASCII with, now and then, a character from each range that is encoded otherwise, at random places.
    char[] rare = {'"', '\\', '\n', '\u0001', '\u007f', 'é', '\u07ff', '\u0800', 'ⵜ', '\uD834', '\uDD1E', '\uFFFF'};
    Random random = new Random(20);
    for (int k = 0; k < 2_000; k++) {
      char[] text = new char[random.nextInt(k < 1_000 ? 40 : 6_000)];
      for (int i = 0; i < text.length; i++) {
        text[i] = random.nextInt(8) == 0 ? rare[random.nextInt(rare.length)] : (char) (' ' + random.nextInt(95));
      }
      String cell = new String(text);
      String[] written = propertiesBothWays(cell);
      assertThat(written[0]).as(cell).isEqualTo(written[1]);
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
    assertThat(plain("1\u0132")).isFalse();
    assertThat(plain("-01")).isFalse();
    assertThat(plain("-0")).isFalse();
    assertThat(plain("-0.00")).isFalse();
    assertThat(plain("-0.05")).isTrue();
    assertThat(plain("0.0")).isTrue();
  }
}
