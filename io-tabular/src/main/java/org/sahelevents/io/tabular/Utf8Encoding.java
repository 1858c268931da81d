package org.sahelevents.io.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Characters as UTF-8 bytes, so that text already decoded goes through the same byte tokenizer as files. An unpaired
 * surrogate, which no encoding can hold, becomes U+FFFD. Not thread-safe.
 */
public final class Utf8Encoding extends InputStream {
  private final Reader in;
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE)
      .replaceWith(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD});
  private final CharBuffer chars = CharBuffer.allocate(1 << 13);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 15);
  private boolean endOfChars;
  private boolean flushed;
  private final byte[] one = new byte[1];

  public Utf8Encoding(Reader in) {
    this.in = in;
    chars.flip();
    bytes.flip();
  }

  @Override
  public int read() throws IOException {
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!bytes.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      encodeMore();
    }
    int n = Math.min(len, bytes.remaining());
    bytes.get(b, off, n);
    return n;
  }

  private void encodeMore() throws IOException {
    if (!endOfChars) {
      chars.compact();
      int n = in.read(chars);
      endOfChars = n < 0;
      chars.flip();
    }
    bytes.clear();
    encoder.encode(chars, bytes, endOfChars);
    if (endOfChars && !chars.hasRemaining()) {
      encoder.flush(bytes);
      flushed = true;
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
