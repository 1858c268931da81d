package org.sahelevents.io.acled.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 (dropping a leading byte order mark) and falls back to Windows-1252 at the first byte sequence that is
 * not UTF-8, in one streaming pass. Until then every byte read was either ASCII, which both encodings decode alike,
 * or valid UTF-8; {@link #mixedEncoding()} says whether such multi-byte UTF-8 came before the fallback, in which case
 * the file mixes encodings and its start was read as UTF-8. Not thread-safe.
 */
public final class DecodingReader extends Reader {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final InputStream in;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private boolean fellBack;
  private boolean sawMultiByte;
  private long fallbackOffset = -1;
  private long consumed;
  private boolean eof;
  private boolean finished;
  private boolean started;

  public DecodingReader(InputStream in) {
    this.in = in;
    bytes.flip();
  }

  /** Whether the input was not valid UTF-8 and the rest of it was read as Windows-1252. */
  public boolean fellBackToWindows1252() {
    return fellBack;
  }

  /** The byte offset of the first byte that was not UTF-8, or -1. */
  public long fallbackOffset() {
    return fallbackOffset;
  }

  /** Whether valid multi-byte UTF-8 was read before the fallback: the input mixes two encodings. */
  public boolean mixedEncoding() {
    return fellBack && sawMultiByte;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off && !finished) {
      int before = bytes.position();
      CoderResult result = decoder.decode(bytes, out, eof);
      noteBytes(before, bytes.position());
      if (result.isError()) {
        switchToWindows1252();
      } else if (result.isUnderflow()) {
        if (eof) {
          decoder.flush(out);
          finished = true;
        } else if (out.position() == off) {
          refill();
        }
      }
    }
    int n = out.position() - off;
    if (!started && n > 0) {
      started = true;
      if (cbuf[off] == '\uFEFF') {
        System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
        return n == 1 ? read(cbuf, off, len) : n - 1;
      }
    }
    return n == 0 ? -1 : n;
  }

  private void noteBytes(int from, int to) {
    consumed += to - from;
    if (!fellBack && !sawMultiByte) {
      for (int i = from; i < to; i++) {
        if (bytes.get(i) < 0) {
          sawMultiByte = true;
          return;
        }
      }
    }
  }

  private void switchToWindows1252() {
    fellBack = true;
    fallbackOffset = consumed;
    decoder = WINDOWS_1252.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  private void refill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
