package org.sahelevents.io.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An RFC 4180 tokenizer that streams records from bytes in constant memory: quoted fields with delimiters, doubled
 * quotes and line breaks; CRLF, LF or CR line ends; blank lines skipped. It knows the line each record starts on.
 *
 * <p>It works on bytes and decodes each field once: UTF-8 (a leading byte order mark dropped), falling back to
 * Windows-1252 from the first byte sequence that is not UTF-8. Until then every byte was either ASCII, which both
 * encodings decode alike, or valid UTF-8; {@link #mixedEncoding()} says whether such multi-byte UTF-8 came first, in
 * which case the input mixes encodings. Decoding bytes straight into strings, rather than into characters and then
 * strings, is what makes reading fast. Not thread-safe: one tokenizer per input.
 */
public final class CsvTokenizer {
  private static final int BUFFER = 1 << 16;
  // Before each record, the buffer is topped up when fewer bytes than this are left (see topUp).
  private static final int RECORD_HEADROOM = 1 << 14;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  // Byte classes: ordinary ASCII, a byte that ends an unquoted field or a quoted run, a byte that is not ASCII, CR, LF.
  private static final byte PLAIN = 0;
  private static final byte STOP = 1;
  private static final byte HIGH = 2;
  private static final byte CR = 3;
  private static final byte LF = 4;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long QUOTES = lanes('"');
  private static final long CARRIAGE_RETURNS = lanes('\r');
  private static final long LINE_FEEDS = lanes('\n');

  private final InputStream in;
  private final int maxRecordChars;
  private final byte delimiter;
  private final long delimiterBytes;
  private final byte[] unquotedClass = new byte[256];
  private final byte[] quotedClass = new byte[256];
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int limit;
  private long bufferOffset;
  private byte lastByteOfPreviousBuffer;
  private boolean endOfInput;
  private long line = 1;
  private long recordStartLine;
  private long recordStartOffset;
  // Where the current record starts in the buffer, and how many fills there had been: while there are no more, the
  // record's bytes are all still in the buffer, and it can be read again from any of its lines. Topping up keeps
  // every byte from the current position on, and happens only before a record.
  private int recordStartPos;
  private long fills;
  private long fillsAtRecordStart;
  // How bytes were decoded when the current record started: a damaged record read again from one of its lines is
  // decoded from there as before it, not as the damaged reading's later bytes made the tokenizer decode.
  private boolean fellBackAtRecordStart;
  private long fallbackOffsetAtRecordStart = -1;
  private boolean sawMultiByteAtRecordStart;
  private int recordChars;
  private List<String> fields = new ArrayList<>();

  // A field that straddles buffer fills or holds doubled quotes is assembled here.
  private byte[] field = new byte[256];
  private int fieldLength;
  private boolean fieldHigh;
  private long fieldOffset;
  private int[] collapsedQuotes = new int[8];
  private int collapsedQuoteCount;

  private boolean fellBack;
  private boolean sawMultiByte;
  private long fallbackOffset = -1;

  /**
   * Starts reading {@code in}: drops a UTF-8 byte order mark and finds the delimiter, a semicolon when the first line
   * has semicolons and no commas outside quotes (a spreadsheet re-save in a French locale), else a comma.
   */
  public CsvTokenizer(InputStream in, int maxRecordChars) throws IOException {
    this.in = in;
    this.maxRecordChars = maxRecordChars;
    // The first line is read whole, so that its delimiter can be told.
    int scanned = 0;
    do {
      topUp(true);
      while (scanned < limit && buf[scanned] != '\n' && buf[scanned] != '\r') {
        scanned++;
      }
    } while (scanned == limit && limit < buf.length && !endOfInput);
    if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      pos = 3;
    }
    this.delimiter = detectDelimiter();
    this.delimiterBytes = lanes(delimiter);
    classifyBytes();
  }

  /**
   * Goes on reading a file where another tokenizer of it stood, at the start of a record: {@code in} gives the bytes
   * from there, {@code at} says where that is and how the bytes before it were decoded. Lines, byte offsets and the
   * decoding then continue as one tokenizer reading the whole file would have them, so that parts of a file can be
   * read by several tokenizers at once.
   */
  public CsvTokenizer(InputStream in, int maxRecordChars, Position at) {
    this.in = in;
    this.maxRecordChars = maxRecordChars;
    this.delimiter = (byte) at.delimiter();
    this.delimiterBytes = lanes(delimiter);
    this.bufferOffset = at.offset();
    this.line = at.line();
    this.fellBack = at.fallbackOffset() >= 0;
    this.fallbackOffset = at.fallbackOffset();
    this.sawMultiByte = at.sawMultiByte();
    classifyBytes();
  }

  /**
   * Where a tokenizer stands in a file, and how it decodes: what another tokenizer needs to go on from there.
   *
   * @param offset the byte offset, the start of a record
   * @param line the 1-based line there
   * @param delimiter the field delimiter
   * @param fallbackOffset the offset of the first byte that was not UTF-8, or -1 while there was none
   * @param sawMultiByte whether valid multi-byte UTF-8 was read before
   */
  public record Position(long offset, long line, char delimiter, long fallbackOffset, boolean sawMultiByte) {}

  private void classifyBytes() {
    for (int b = 0x80; b < 0x100; b++) {
      unquotedClass[b] = HIGH;
      quotedClass[b] = HIGH;
    }
    unquotedClass[delimiter] = STOP;
    unquotedClass['\r'] = STOP;
    unquotedClass['\n'] = STOP;
    quotedClass['"'] = STOP;
    quotedClass['\r'] = CR;
    quotedClass['\n'] = LF;
  }

  /**
   * Moves the unread bytes to the front and reads what the input has ready. A record then normally lies whole in
   * the buffer, so the branches for a record that straddles two reads are taken only by huge records, and the
   * compiled reading code stays specialised to the common case. Unless
   * {@code wait}, nothing is read while bytes are left and the input has none ready, so that rows arriving through
   * a pipe are read as they come.
   */
  private void topUp(boolean wait) throws IOException {
    if (pos > 0) {
      lastByteOfPreviousBuffer = buf[pos - 1];
    }
    int unread = limit - pos;
    System.arraycopy(buf, pos, buf, 0, unread);
    bufferOffset += pos;
    pos = 0;
    limit = unread;
    if (limit == buf.length || (!wait && unread > 0 && in.available() <= 0)) {
      return;
    }
    int n;
    do {
      n = in.read(buf, limit, buf.length - limit);
    } while (n == 0);
    if (n < 0) {
      endOfInput = true;
    } else {
      limit += n;
    }
  }

  private byte detectDelimiter() {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = pos; i < limit; i++) {
      byte c = buf[i];
      if (!quoted && (c == '\n' || c == '\r')) {
        break;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > 0 && commas == 0 ? (byte) ';' : (byte) ',';
  }

  /** The field delimiter found in the first line. */
  public char delimiter() {
    return (char) delimiter;
  }

  /**
   * The fields of the current record, a new list for each record: a list kept from record to record would live in the
   * old generation, where every field stored into it costs the collector's write barrier its slow path.
   */
  public List<String> fields() {
    return fields;
  }

  /** The 1-based line the current record starts on. */
  public long recordStartLine() {
    return recordStartLine;
  }

  /** The byte offset in the input where the current record starts (also when reading it failed). */
  public long recordStartOffset() {
    return recordStartOffset;
  }

  /** Where this tokenizer stands now, between records, and how it decodes. */
  public Position position() {
    return new Position(bufferOffset + pos, line, (char) delimiter, fallbackOffset, sawMultiByte);
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

  /**
   * Says how the input was decoded when that is worth telling: it was not valid UTF-8, so it was read as
   * Windows-1252 from the first byte that was not. Complete once the input has been read to the end.
   */
  public Optional<String> encodingNote() {
    return encodingNote(fallbackOffset, mixedEncoding());
  }

  /**
   * The note on a file read as UTF-8 up to {@code fallbackOffset} (-1: all of it) and as Windows-1252 from there,
   * {@code mixed} when valid multi-byte UTF-8 came before.
   */
  public static Optional<String> encodingNote(long fallbackOffset, boolean mixed) {
    if (fallbackOffset < 0) {
      return Optional.empty();
    }
    return Optional.of("not valid UTF-8 from byte " + fallbackOffset + "; "
        + (mixed ? "the file mixes encodings: its start was read as UTF-8 and the rest" : "read")
        + " as Windows-1252");
  }

  /**
   * Reads the next record.
   *
   * @return false at the end of the input
   * @throws CsvSyntaxException for an unterminated quoted field, a character after a closing quote or a record over
   *     the size limit; the tokenizer then stands at the next record
   */
  public boolean next() throws IOException {
    fields = new ArrayList<>(Math.max(10, fields.size()));
    recordChars = 0;
    if (limit - pos < RECORD_HEADROOM && !endOfInput) {
      topUp(false);
    }
    while (true) {
      if (pos >= limit && !fill()) {
        return false;
      }
      byte c = buf[pos];
      if (c == '\n') {
        pos++;
        line++;
      } else if (c == '\r') {
        pos++;
        skipLf();
        line++;
      } else {
        break;
      }
    }
    recordStartLine = line;
    recordStartPos = pos;
    recordStartOffset = bufferOffset + pos;
    fillsAtRecordStart = fills;
    fellBackAtRecordStart = fellBack;
    fallbackOffsetAtRecordStart = fallbackOffset;
    sawMultiByteAtRecordStart = sawMultiByte;
    while (readField()) {
      // Each call reads one field.
    }
    return true;
  }

  // Reads one field; returns true if another field follows on this record.
  private boolean readField() throws IOException {
    if (pos >= limit && !fill()) {
      addField("");
      return false;
    }
    if (buf[pos] == '"') {
      pos++;
      return readQuoted();
    }
    startField(bufferOffset + pos);
    int start = pos;
    boolean high = false;
    while (true) {
      pos = skipPlain(pos, delimiterBytes, CARRIAGE_RETURNS);
      byte kind = PLAIN;
      while (pos < limit && (kind = unquotedClass[buf[pos] & 0xFF]) == PLAIN) {
        pos++;
      }
      if (pos >= limit) {
        append(start, pos, high, false);
        if (!fill()) {
          addField(takeField());
          return false;
        }
        start = pos;
        high = false;
        continue;
      }
      if (kind == HIGH) {
        high = true;
        pos++;
        continue;
      }
      byte c = buf[pos];
      if (fieldLength == 0) {
        addField(text(buf, start, pos - start, high, bufferOffset + start));
      } else {
        append(start, pos, high, false);
        addField(takeField());
      }
      pos++;
      if (c == delimiter) {
        return true;
      }
      if (c == '\r') {
        skipLf();
      }
      line++;
      return false;
    }
  }

  private boolean readQuoted() throws IOException {
    long startLine = line;
    startField(bufferOffset + pos);
    while (true) {
      if (pos >= limit && !fill()) {
        throw damaged(fields.size(), "unterminated quoted field starting on line " + startLine);
      }
      int start = pos;
      boolean high = false;
      byte kind = PLAIN;
      while (pos < limit) {
        pos = skipPlain(pos, QUOTES, CARRIAGE_RETURNS);
        while (pos < limit && (kind = quotedClass[buf[pos] & 0xFF]) == PLAIN) {
          pos++;
        }
        if (pos >= limit || kind == STOP) {
          break;
        }
        if (kind == HIGH) {
          high = true;
        } else if (kind == CR || previousByte() != '\r') {
          // CR, LF and CRLF each end one line, also when a CRLF straddles two buffer fills.
          line++;
        }
        pos++;
      }
      // Fast path: a quoted field that ends in this buffer with no doubled quote becomes a string without copying.
      if (pos + 1 < limit && fieldLength == 0 && buf[pos + 1] != '"') {
        String value = text(buf, start, pos - start, high, bufferOffset + start);
        pos++;
        return endQuoted(value);
      }
      append(start, pos, high, true);
      if (pos >= limit) {
        continue;
      }
      pos++;
      if (pos >= limit && !fill()) {
        addField(takeField());
        return false;
      }
      if (buf[pos] == '"') {
        pos++;
        appendCollapsedQuote();
        continue;
      }
      return endQuoted(takeField());
    }
  }

  /**
   * Skips eight bytes at a time while none of them is {@code first}, {@code second}, a line feed or not ASCII (the
   * bytes given repeated in each lane of a long), and returns where the first such byte is, or where fewer than eight
   * bytes are left; the byte loops then go on from there. Long fields, such as ACLED's notes, are most of a file's
   * bytes, so this is most of the scanning.
   */
  private int skipPlain(int from, long first, long second) {
    int at = from;
    while (at + Long.BYTES <= limit) {
      long word = (long) LONGS.get(buf, at);
      long found = hasZeroByte(word ^ first) | hasZeroByte(word ^ second) | hasZeroByte(word ^ LINE_FEEDS)
          | (word & HIGH_BITS);
      if (found != 0) {
        // Little-endian: the lowest flagged lane is the first such byte, and it is flagged exactly (a borrow can
        // only flag lanes above a true one).
        return at + (Long.numberOfTrailingZeros(found) >>> 3);
      }
      at += Long.BYTES;
    }
    return at;
  }

  private static long hasZeroByte(long word) {
    return (word - LOW_BITS) & ~word & HIGH_BITS;
  }

  private static long lanes(int b) {
    return LOW_BITS * (b & 0xFF);
  }

  private byte previousByte() {
    return pos > 0 ? buf[pos - 1] : lastByteOfPreviousBuffer;
  }

  // After the closing quote: the field ends at a delimiter, a line end or the end of the input.
  private boolean endQuoted(String value) throws IOException {
    addField(value);
    if (pos >= limit && !fill()) {
      return false;
    }
    byte next = buf[pos];
    if (next == delimiter) {
      pos++;
      return true;
    }
    if (next == '\n' || next == '\r') {
      pos++;
      if (next == '\r') {
        skipLf();
      }
      line++;
      return false;
    }
    int field = fields.size() - 1;
    String unexpected = characterAt(pos);
    skipRestOfRecord(false);
    throw damaged(field, "unexpected character " + unexpected + " after the closing quote of a field");
  }

  // The character starting at a byte, for messages: quoted when it can be decoded here, else the byte in hex.
  private String characterAt(int at) {
    int b = buf[at] & 0xFF;
    int length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    if (b < 0x80 || fellBack) {
      return "'" + new String(buf, at, 1, b < 0x80 ? StandardCharsets.US_ASCII : WINDOWS_1252) + "'";
    }
    if (at + length <= limit && Utf8.firstInvalid(buf, at, length) < 0) {
      return "'" + new String(buf, at, length, StandardCharsets.UTF_8) + "'";
    }
    return String.format("byte 0x%02X", b);
  }

  private void startField(long offset) {
    fieldLength = 0;
    fieldHigh = false;
    fieldOffset = offset;
    collapsedQuoteCount = 0;
  }

  private void addField(String value) throws IOException {
    recordChars += value.length();
    if (recordChars > maxRecordChars) {
      int column = fields.size();
      skipRestOfRecord(false);
      throw recordTooLong(column);
    }
    fields.add(value);
  }

  // Adds bytes to the field being assembled. Past the size limit the rest of the record is skipped in constant
  // memory and the record rejected, so that one huge field is one rejected record, not many.
  private void append(int from, int to, boolean high, boolean inQuotes) throws IOException {
    int length = to - from;
    if (fieldLength + length > field.length) {
      field = Arrays.copyOf(field, Math.max(field.length * 2, fieldLength + length));
    }
    System.arraycopy(buf, from, field, fieldLength, length);
    fieldLength += length;
    fieldHigh |= high;
    // Bytes are an upper bound of characters; count characters exactly only when the bound is crossed.
    if (recordChars + fieldLength > maxRecordChars && recordChars + charsOfField() > maxRecordChars) {
      int column = fields.size();
      fieldLength = 0;
      skipRestOfRecord(inQuotes);
      throw recordTooLong(column);
    }
  }

  private void appendCollapsedQuote() throws IOException {
    if (collapsedQuoteCount == collapsedQuotes.length) {
      collapsedQuotes = Arrays.copyOf(collapsedQuotes, collapsedQuoteCount * 2);
    }
    collapsedQuotes[collapsedQuoteCount++] = fieldLength;
    append(pos - 1, pos, false, true);
  }

  // A malformed record, with the lines it spans and its text when its bytes are still in the buffer.
  private CsvSyntaxException damaged(int field, String message) {
    String text = recordText();
    long lastLine = text == null ? lineBefore() : recordStartLine + lineBreaks(recordStartPos, endOfText());
    return new CsvSyntaxException(recordStartLine, lastLine, field, message, text);
  }

  // The last line read: the one before the current line when a line end was just passed.
  private long lineBefore() {
    byte previous = previousByte();
    return (previous == '\n' || previous == '\r') && line > recordStartLine ? line - 1 : line;
  }

  /** Whether the bytes of the record read last are all still in the buffer, so that it can be read again. */
  public boolean recordInBuffer() {
    return fills == fillsAtRecordStart;
  }

  /** Whether the record read last spans more than one line. */
  public boolean recordSpansLines() {
    return recordInBuffer() && lineBreaks(recordStartPos, endOfText()) > 0;
  }

  /** The text of the record read last, without its line end; null when its bytes are no longer in the buffer. */
  public String recordText() {
    return recordInBuffer() ? text(recordStartPos, endOfText()) : null;
  }

  /**
   * What {@link #resync} found: the damaged record's lines before the first of its lines that starts a record of its
   * own, and that record (its fields, or its own syntax error).
   *
   * @param text the damaged lines' text, without the last line end
   * @param firstLine the first damaged line
   * @param lastLine the last damaged line
   * @param nextFields the fields of the record that starts on {@code lastLine + 1}, or null if it is malformed too
   * @param nextLine the line that record starts on
   * @param nextOffset the byte offset where that record starts
   * @param nextError that record's own syntax error, when it is malformed
   */
  public record Damage(String text, long firstLine, long lastLine, List<String> nextFields, long nextLine,
      long nextOffset, CsvSyntaxException nextError) {}

  /**
   * After the record read last turned out damaged (malformed, or wider or narrower than its header) and spans several
   * lines, such as a row whose stray quote swallowed the rows after it: finds the first of its later lines that
   * starts a record {@code wellFormed} accepts, and stands after that record. A line whose record reaches past the
   * buffer is taken as it is, since the lines after it can no longer be read again.
   *
   * @return where the damage ends and what follows it; null if the record is not in the buffer any more or no later
   *     line of it starts a well-formed record, the tokenizer then standing after the damaged record as before
   */
  public Damage resync(Predicate<List<String>> wellFormed) throws IOException {
    if (!recordInBuffer()) {
      return null;
    }
    boolean fellBackAfter = fellBack;
    long fallbackOffsetAfter = fallbackOffset;
    boolean sawMultiByteAfter = sawMultiByte;
    boolean fellBackBefore = fellBackAtRecordStart;
    long fallbackOffsetBefore = fallbackOffsetAtRecordStart;
    boolean sawMultiByteBefore = sawMultiByteAtRecordStart;
    long startLine = recordStartLine;
    long end = bufferOffset + pos;
    long endLine = line;
    List<Long> starts = new ArrayList<>();
    List<String> before = new ArrayList<>();
    int textEnd = endOfText();
    for (int at = recordStartPos; at < textEnd; at++) {
      byte c = buf[at];
      if (c == '\n' || c == '\r') {
        if (c == '\r' && at + 1 < textEnd && buf[at + 1] == '\n') {
          at++;
        }
        before.add(text(recordStartPos, lineEnd(recordStartPos, at + 1)));
        starts.add(bufferOffset + at + 1);
      }
    }
    for (int k = 0; k < starts.size(); k++) {
      pos = (int) (starts.get(k) - bufferOffset);
      line = startLine + k + 1;
      fellBack = fellBackBefore;
      fallbackOffset = fallbackOffsetBefore;
      sawMultiByte = sawMultiByteBefore;
      long fillsBefore = fills;
      List<String> next = null;
      CsvSyntaxException error = null;
      try {
        if (!next()) {
          break;
        }
        next = fields;
      } catch (CsvSyntaxException e) {
        error = e;
      }
      if (next != null && wellFormed.test(next) || fills != fillsBefore) {
        return new Damage(before.get(k), startLine, startLine + k, next, recordStartLine, recordStartOffset, error);
      }
    }
    pos = (int) (end - bufferOffset);
    line = endLine;
    fellBack = fellBackAfter;
    fallbackOffset = fallbackOffsetAfter;
    sawMultiByte = sawMultiByteAfter;
    return null;
  }

  // The end of the record's text in the buffer: the current position, less the line end it stopped after.
  private int endOfText() {
    return lineEnd(recordStartPos, pos);
  }

  private int lineEnd(int from, int to) {
    int end = to;
    while (end > from && (buf[end - 1] == '\n' || buf[end - 1] == '\r')) {
      end--;
    }
    return end;
  }

  private int lineBreaks(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (buf[i] == '\n' || buf[i] == '\r' && (i + 1 >= to || buf[i + 1] != '\n')) {
        n++;
      }
    }
    return n;
  }

  private String text(int from, int to) {
    return new String(buf, from, to - from, fellBack ? WINDOWS_1252 : StandardCharsets.UTF_8);
  }

  private CsvSyntaxException recordTooLong(int column) {
    return new CsvSyntaxException(recordStartLine, lineBefore(), column, "record longer than " + maxRecordChars
        + " characters", null);
  }

  // UTF-16 characters of the assembled field: a byte that is not a continuation byte starts one character, and a
  // four-byte sequence makes a surrogate pair.
  private int charsOfField() {
    if (fellBack || !fieldHigh) {
      return fieldLength;
    }
    int chars = 0;
    for (int i = 0; i < fieldLength; i++) {
      int b = field[i] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        chars += b >= 0xF0 ? 2 : 1;
      }
    }
    return chars;
  }

  private String takeField() {
    String value = text(field, 0, fieldLength, fieldHigh, -1);
    fieldLength = 0;
    return value;
  }

  /**
   * Decodes field bytes. {@code offset} is the input offset of {@code bytes[from]}, or -1 for the assembled field,
   * whose offsets are known from where it started and which doubled quotes it collapsed.
   */
  private String text(byte[] bytes, int from, int length, boolean high, long offset) {
    if (!high) {
      return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    }
    if (fellBack) {
      return new String(bytes, from, length, WINDOWS_1252);
    }
    int bad = Utf8.firstInvalid(bytes, from, length);
    if (bad < 0) {
      sawMultiByte = true;
      return new String(bytes, from, length, StandardCharsets.UTF_8);
    }
    fellBack = true;
    fallbackOffset = offset >= 0 ? offset + bad - from : fieldOffset + bad + collapsedQuotesBefore(bad);
    for (int i = from; i < bad; i++) {
      if (bytes[i] < 0) {
        sawMultiByte = true;
        break;
      }
    }
    return new String(bytes, from, bad - from, StandardCharsets.UTF_8)
        + new String(bytes, bad, from + length - bad, WINDOWS_1252);
  }

  private int collapsedQuotesBefore(int index) {
    int n = 0;
    while (n < collapsedQuoteCount && collapsedQuotes[n] < index) {
      n++;
    }
    return n;
  }

  // After a malformed record, go on at the next line, once past the quoted field (and its line ends) it stopped in.
  private void skipRestOfRecord(boolean inQuotes) throws IOException {
    if (inQuotes) {
      skipRestOfQuotedField();
    }
    // The rest of the line, quotes or not: in a malformed record a stray quote would otherwise swallow the lines
    // after it.
    while (pos < limit || fill()) {
      byte c = buf[pos++];
      if (c == '\n' || c == '\r') {
        if (c == '\r') {
          skipLf();
        }
        line++;
        return;
      }
    }
  }

  // From inside a quoted field to just after its closing quote (doubled quotes are content).
  private void skipRestOfQuotedField() throws IOException {
    while (pos < limit || fill()) {
      byte c = buf[pos++];
      if (c == '"') {
        if ((pos < limit || fill()) && buf[pos] == '"') {
          pos++;
          continue;
        }
        return;
      }
      if (c == '\r') {
        skipLf();
        line++;
      } else if (c == '\n') {
        line++;
      }
    }
  }

  private void skipLf() throws IOException {
    if (pos >= limit && !fill()) {
      return;
    }
    if (buf[pos] == '\n') {
      pos++;
    }
  }

  // Replaces the buffer with the next bytes; at the end of the input it keeps the buffer, so that the last record
  // can still be read again.
  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    byte last = limit > 0 ? buf[limit - 1] : lastByteOfPreviousBuffer;
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      endOfInput = true;
      return false;
    }
    fills++;
    lastByteOfPreviousBuffer = last;
    bufferOffset += limit;
    pos = 0;
    limit = n;
    return true;
  }
}
