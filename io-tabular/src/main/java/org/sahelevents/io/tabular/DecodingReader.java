package org.sahelevents.io.tabular;

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
 * not UTF-8, in one streaming pass, for the API's JSON. (CSV is decoded field by field by {@link CsvTokenizer}.) Not
 * thread-safe.
 */
public final class DecodingReader extends Reader {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final InputStream in;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private boolean eof;
  private boolean finished;
  private boolean started;

  public DecodingReader(InputStream in) {
    this.in = in;
    bytes.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off && !finished) {
      CoderResult result = decoder.decode(bytes, out, eof);
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

  private void switchToWindows1252() {
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
