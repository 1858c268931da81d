package org.sahelevents.io.ucdp;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 CSV into records, counting physical lines so that each record is located by the line it starts
 * on: GED cells hold line breaks, so lines are not records. Leniently, as the files need: a quote inside an unquoted
 * cell, or after the closing quote of a quoted one, is kept as text. Line breaks ({@code \r\n}, {@code \r},
 * {@code \n}) are read as {@code \n}, inside cells too. Blank lines between records are skipped.
 *
 * <p>Not thread-safe.
 */
final class CsvTokenizer {
  private final Reader in;
  private final int maxRecordChars;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private int pushedBack = -2;
  private long nextLine = 1;

  private List<String> fields;
  private long firstLine;
  private long lastLine;
  private String error;

  CsvTokenizer(Reader in, int maxRecordChars) {
    this.in = in;
    this.maxRecordChars = maxRecordChars;
  }

  /**
   * Reads the next record.
   *
   * @return false at the end of the input
   */
  boolean next() throws IOException {
    while (true) {
      int c = read();
      if (c == -1) {
        return false;
      }
      if (c == '\n') {
        continue;
      }
      pushedBack = c;
      readRecord();
      return true;
    }
  }

  private void readRecord() throws IOException {
    fields = new ArrayList<>();
    firstLine = nextLine;
    error = null;
    StringBuilder cell = new StringBuilder();
    int chars = 0;
    boolean quoted = false;
    boolean wasQuoted = false;
    int previous = -1;
    while (true) {
      int c = read();
      if (quoted) {
        if (c == -1) {
          error = "a quoted cell is not closed before the end of the input";
          fields.add(cell.toString());
          // A final line break ends the last line; it does not start another.
          lastLine = previous == '\n' ? nextLine - 1 : nextLine;
          return;
        }
        previous = c;
        if (c == '"') {
          int d = read();
          if (d != '"') {
            quoted = false;
            pushedBack = d;
            continue;
          }
        }
      } else if (c == -1 || c == '\n') {
        fields.add(cell.toString());
        lastLine = c == -1 ? nextLine : nextLine - 1;
        return;
      } else if (c == ',') {
        fields.add(cell.toString());
        cell.setLength(0);
        wasQuoted = false;
        continue;
      } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        continue;
      }
      // Past the limit the record is still read to its end, so that reading goes on after it, but not kept.
      if (++chars <= maxRecordChars) {
        cell.append((char) c);
      } else if (error == null) {
        error = "the row is longer than the limit of " + maxRecordChars + " characters";
      }
    }
  }

  // One character, with every line break as '\n' and the physical line counted.
  private int read() throws IOException {
    int c;
    if (pushedBack != -2) {
      c = pushedBack;
      pushedBack = -2;
      return c;
    }
    c = rawRead();
    if (c == '\r') {
      int d = rawRead();
      if (d != '\n' && d != -1) {
        position--;
      }
      c = '\n';
    }
    if (c == '\n') {
      nextLine++;
    }
    return c;
  }

  private int rawRead() throws IOException {
    if (position == limit) {
      limit = in.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[position++];
  }

  /** The fields of the record just read. */
  List<String> fields() {
    return fields;
  }

  /** The line the record starts on, 1-based. */
  long firstLine() {
    return firstLine;
  }

  /** The line the record ends on. */
  long lastLine() {
    return lastLine;
  }

  /** Why the record just read cannot be used as it is (too long, an unclosed quote), or null. */
  String error() {
    return error;
  }
}
