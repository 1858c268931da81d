package org.sahelevents.io.acled.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 tokenizer that streams records from a reader in constant memory: quoted fields with delimiters,
 * doubled quotes and line breaks; CRLF, LF or CR line ends; blank lines skipped. It knows the line each record starts
 * on. Not thread-safe: one tokenizer per input.
 */
public final class CsvTokenizer {
  private static final int BUFFER = 1 << 16;

  private final Reader in;
  private final char delimiter;
  private final int maxRecordChars;
  private final char[] buf = new char[BUFFER];
  private int pos;
  private int limit;
  private long line = 1;
  private long recordStartLine;
  private int recordChars;
  private boolean crBeforeBuffer;
  private final StringBuilder field = new StringBuilder();
  private final List<String> fields = new ArrayList<>();

  public CsvTokenizer(Reader in, char delimiter, int maxRecordChars) {
    this.in = in;
    this.delimiter = delimiter;
    this.maxRecordChars = maxRecordChars;
  }

  /** The fields of the current record; reused by the next call to {@link #next()}. */
  public List<String> fields() {
    return fields;
  }

  /** The 1-based line the current record starts on. */
  public long recordStartLine() {
    return recordStartLine;
  }

  /**
   * Reads the next record.
   *
   * @return false at the end of the input
   * @throws CsvSyntaxException for an unterminated quoted field or a record over the size limit
   */
  public boolean next() throws IOException {
    fields.clear();
    recordChars = 0;
    // Skip blank lines between records.
    while (true) {
      if (pos >= limit && !fill()) {
        return false;
      }
      char c = buf[pos];
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
    while (true) {
      boolean more = readField();
      if (!more) {
        return true;
      }
    }
  }

  // Reads one field; returns true if another field follows on this record.
  private boolean readField() throws IOException {
    if (pos >= limit && !fill()) {
      fields.add("");
      return false;
    }
    if (buf[pos] == '"') {
      pos++;
      return readQuoted();
    }
    int start = pos;
    while (true) {
      if (pos >= limit) {
        field.append(buf, start, pos - start);
        count(pos - start, false);
        if (!fill()) {
          fields.add(takeField());
          return false;
        }
        start = pos;
      }
      char c = buf[pos];
      if (c == delimiter || c == '\n' || c == '\r') {
        count(pos - start, false);
        String value;
        if (field.length() == 0) {
          value = new String(buf, start, pos - start);
        } else {
          field.append(buf, start, pos - start);
          value = takeField();
        }
        fields.add(value);
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
      pos++;
    }
  }

  private boolean readQuoted() throws IOException {
    long startLine = line;
    crBeforeBuffer = false;
    while (true) {
      if (pos >= limit && !fill()) {
        throw new CsvSyntaxException(recordStartLine, fields.size(),
            "unterminated quoted field starting on line " + startLine);
      }
      int start = pos;
      boolean afterCr = false;
      while (pos < limit && buf[pos] != '"') {
        char c = buf[pos];
        // CR, LF and CRLF each end one line, also when a CRLF straddles two buffer fills.
        if (c == '\r' || (c == '\n' && !afterCr && !(pos == start && crBeforeBuffer))) {
          line++;
        }
        afterCr = c == '\r';
        pos++;
      }
      crBeforeBuffer = afterCr && pos >= limit;
      count(pos - start, true);
      // Fast path: a quoted field that ends in this buffer with no doubled quote becomes a string without copying.
      if (pos + 1 < limit && field.length() == 0 && buf[pos + 1] != '"') {
        String value = new String(buf, start, pos - start);
        pos++;
        return endQuoted(value);
      }
      field.append(buf, start, pos - start);
      if (pos >= limit) {
        continue;
      }
      pos++;
      if (pos >= limit && !fill()) {
        fields.add(takeField());
        return false;
      }
      char next = buf[pos];
      if (next == '"') {
        field.append('"');
        pos++;
        continue;
      }
      return endQuoted(takeField());
    }
  }

  // After the closing quote: the field ends at a delimiter, a line end or the end of the input.
  private boolean endQuoted(String value) throws IOException {
    fields.add(value);
    if (pos >= limit && !fill()) {
      return false;
    }
    char next = buf[pos];
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
    skipRestOfLine();
    throw new CsvSyntaxException(recordStartLine, field,
        "unexpected character '" + next + "' after the closing quote of a field");
  }

  // After a malformed record, go on at the next line so that one bad row does not end the file.
  private void skipRestOfLine() throws IOException {
    while (pos < limit || fill()) {
      char c = buf[pos++];
      if (c == '\n' || c == '\r') {
        if (c == '\r') {
          skipLf();
        }
        line++;
        return;
      }
    }
  }

  // Counts a record's characters; past the limit, skips the rest of the record in constant memory and rejects it,
  // so that one huge field is one rejected record, not many.
  private void count(int chars, boolean inQuotes) throws IOException {
    recordChars += chars;
    if (recordChars > maxRecordChars) {
      int column = fields.size();
      field.setLength(0);
      if (inQuotes) {
        skipRestOfQuotedField();
      }
      skipRestOfLine();
      throw new CsvSyntaxException(recordStartLine, column, "record longer than " + maxRecordChars + " characters");
    }
  }

  // From inside a quoted field to just after its closing quote (doubled quotes are content).
  private void skipRestOfQuotedField() throws IOException {
    boolean afterCr = false;
    while (pos < limit || fill()) {
      char c = buf[pos++];
      if (c == '"') {
        if ((pos < limit || fill()) && buf[pos] == '"') {
          pos++;
          afterCr = false;
          continue;
        }
        return;
      }
      if (c == '\r' || (c == '\n' && !afterCr)) {
        line++;
      }
      afterCr = c == '\r';
    }
  }

  private String takeField() {
    String value = field.toString();
    field.setLength(0);
    return value;
  }

  private void skipLf() throws IOException {
    if (pos >= limit && !fill()) {
      return;
    }
    if (buf[pos] == '\n') {
      pos++;
    }
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      pos = limit = 0;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }
}
