package org.sahelevents.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The package-private {@link Utf8Reader}: UTF-8 is decoded, and bytes that are not UTF-8 become
 * {@link Utf8Reader#MALFORMED} with the first one's byte offset kept, never an exception.
 */
class Utf8ReaderTest {
  private static String readAll(Utf8Reader reader, int chunk) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[chunk];
    for (int n; (n = reader.read(buffer, 0, chunk)) >= 0; ) {
      text.append(buffer, 0, n);
    }
    return text.toString();
  }

  @Test
  void utf8IsDecodedAndNothingIsMalformed() throws IOException {
    String text = "{\"name\":\"Tombouctou ⵜⵉⵏⴱⵓⴽⵜⵓ 𝄞\"}";
    Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(readAll(reader, 3)).isEqualTo(text);
    assertThat(reader.firstMalformedOffset()).isEqualTo(-1);
    assertThat(reader.read(new char[4], 0, 4)).isEqualTo(-1);
  }

  @Test
  void malformedBytesReadAsTheMarkerAndTheFirstOffsetIsKept() throws IOException {
    byte[] bytes = {'a', 'b', (byte) 0xC3, (byte) 0x28, 'c', (byte) 0xFF, 'd'};
    Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes));
    assertThat(readAll(reader, 16)).isEqualTo("ab" + Utf8Reader.MALFORMED + "(c" + Utf8Reader.MALFORMED + "d");
    assertThat(reader.firstMalformedOffset()).isEqualTo(2);
  }

  @Test
  void theOffsetCountsBytesAcrossBufferRefills() throws IOException {
    // Past the reader's 64 KiB buffer, with a two-byte character to make bytes and characters differ.
    byte[] bytes = new byte[200_000];
    Arrays.fill(bytes, (byte) 'x');
    bytes[10] = (byte) 0xC3;
    bytes[11] = (byte) 0xA9;
    bytes[150_001] = (byte) 0x80;
    try (Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes))) {
      String text = readAll((Utf8Reader) reader, 1000);
      assertThat(text).hasSize(199_999).contains("é");
      assertThat(text.indexOf(Utf8Reader.MALFORMED)).isEqualTo(150_000);
      assertThat(((Utf8Reader) reader).firstMalformedOffset()).isEqualTo(150_001);
    }
  }

  @Test
  void aTruncatedSequenceAtTheEndIsMalformed() throws IOException {
    Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(new byte[] {'a', (byte) 0xE2, (byte) 0x82}));
    assertThat(readAll(reader, 8)).startsWith("a" + Utf8Reader.MALFORMED);
    assertThat(reader.firstMalformedOffset()).isEqualTo(1);
  }
}
