package org.sahelevents.io.geojson;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and goes on past bytes that are not UTF-8: each malformed sequence becomes {@link #MALFORMED} and
 * the first one's byte offset is kept, so that the record holding it can be rejected with a located error instead of
 * the whole input ending in an I/O exception. Not thread-safe.
 */
final class Utf8Reader extends Reader {
  /** What a malformed byte sequence reads as: a noncharacter, which well-formed GeoJSON has no reason to hold. */
  static final char MALFORMED = '\uFFFF';

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private long consumed;
  private boolean eof;
  private boolean flushed;
  private long firstMalformedOffset = -1;

  Utf8Reader(InputStream in) {
    this.in = in;
  }

  /** The byte offset of the first malformed sequence read so far, or -1. */
  long firstMalformedOffset() {
    return firstMalformedOffset;
  }

  @Override
  public int read(char[] target, int off, int len) throws IOException {
    if (flushed) {
      return -1;
    }
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(target, off, len);
    while (true) {
      CoderResult result = decoder.decode(bytes, out, eof);
      if (result.isError()) {
        if (!out.hasRemaining()) {
          break;
        }
        if (firstMalformedOffset < 0) {
          firstMalformedOffset = consumed + bytes.position();
        }
        bytes.position(bytes.position() + result.length());
        out.put(MALFORMED);
        continue;
      }
      if (result.isOverflow() || out.position() > off) {
        break;
      }
      if (eof) {
        decoder.flush(out);
        flushed = true;
        break;
      }
      consumed += bytes.position();
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      eof = n < 0;
      bytes.position(bytes.position() + Math.max(n, 0)).flip();
    }
    int n = out.position() - off;
    return n == 0 && flushed ? -1 : n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
