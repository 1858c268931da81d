package org.sahelevents.io.geoparquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** A batch's text in Parquet's PLAIN encoding: each value as Java's own UTF-8 encoder writes it, rows without one. */
class BinaryCellsTest {
  @Property
  void everyTextIsEncodedAsJavasUtf8EncoderEncodesIt(
      @ForAll @Size(max = 12) List<@StringLength(max = 40) @Chars({'a', 'é', '€', '\ud83d', '\ude00', '\u0000', '"'})
          String> texts) {
    check(texts);
  }

  @Property
  void anyCharactersAtAll(@ForAll @Size(max = 6) List<@StringLength(max = 20) String> texts) {
    check(texts);
  }

  @Test
  void unpairedSurrogatesBecomeQuestionMarksAsInGetBytes() {
    check(List.of("a\ud83d", "\ude00b", "\ud83d\ude00", "\ude00\ud83d", ""));
  }

  // Every third row has no value; the others hold the texts in turn.
  private static void check(List<String> texts) {
    int size = texts.size() * 3 / 2 + 1;
    BinaryCells cells = new BinaryCells(size, 1);
    int next = 0;
    for (int r = 0; r < size && next < texts.size(); r++) {
      if (r % 3 != 2) {
        cells.put(r, texts.get(next++));
      }
    }
    cells.end();
    next = 0;
    for (int r = 0; r < size; r++) {
      if (r % 3 == 2 || next >= texts.size()) {
        assertThat(cells.has(r)).as("row %d", r).isFalse();
        continue;
      }
      byte[] expected = texts.get(next++).getBytes(StandardCharsets.UTF_8);
      int start = cells.start(r);
      byte[] data = cells.data();
      int length = (data[start] & 0xff) | (data[start + 1] & 0xff) << 8 | (data[start + 2] & 0xff) << 16
          | (data[start + 3] & 0xff) << 24;
      assertThat(length).isEqualTo(expected.length);
      assertThat(cells.end(r)).isEqualTo(start + 4 + length);
      assertThat(Arrays.copyOfRange(data, start + 4, start + 4 + length)).isEqualTo(expected);
    }
  }
}
