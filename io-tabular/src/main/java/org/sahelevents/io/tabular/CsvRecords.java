package org.sahelevents.io.tabular;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The data records of a CSV file after its header, as a data set reader consumes them: each record's fields and the
 * line it starts on, with damaged records reported so that reading can go on. A record of the wrong width that spans
 * several lines is taken for what it usually is, a stray quote that swallowed the rows after it: the first of its
 * lines that starts a well-formed record ends the damage, and reading resumes there.
 *
 * <p>Not thread-safe: one reader per input.
 */
public final class CsvRecords {
  private final CsvTokenizer tokenizer;
  private final Function<List<String>, String> misfit;
  private List<String> fields;
  private long line;
  private long offset;
  private List<String> pending;
  private long pendingLine;
  private long pendingOffset;
  private CsvSyntaxException pendingError;
  private long pendingErrorOffset;

  /**
   * Records read by {@code tokenizer}, which stands after the header (and whatever else the caller read ahead).
   *
   * @param misfit why a record's fields do not fit the header (the wrong number of fields), or null when they do
   */
  public CsvRecords(CsvTokenizer tokenizer, Function<List<String>, String> misfit) {
    this.tokenizer = tokenizer;
    this.misfit = misfit;
  }

  /**
   * Makes the next {@link #next()} give the record just read again, as a copy (the caller read it ahead), and go on
   * after it.
   */
  public void pushBack() {
    pushBack(List.copyOf(fields), line, offset);
  }

  /**
   * Makes the next {@link #next()} throw again the syntax error {@link #next()} just threw (the caller read ahead),
   * and go on after it.
   */
  public void pushBack(CsvSyntaxException error) {
    this.pendingError = error;
    this.pendingErrorOffset = offset;
  }

  private void pushBack(List<String> fields, long line, long offset) {
    this.pending = fields;
    this.pendingLine = line;
    this.pendingOffset = offset;
  }

  /**
   * Moves to the next record.
   *
   * @return false at the end of the input
   * @throws CsvSyntaxException for a record that cannot be read (an unclosed quote, a character after a closing
   *     quote, the size limit) or a damaged record spanning lines; its lines are the damaged ones only, and the next
   *     call goes on after them
   */
  public boolean next() throws IOException {
    try {
      return advance();
    } catch (CsvSyntaxException e) {
      line = e.line();
      throw e;
    }
  }

  private boolean advance() throws IOException {
    if (pendingError != null) {
      CsvSyntaxException e = pendingError;
      pendingError = null;
      offset = pendingErrorOffset;
      throw e;
    }
    if (pending != null) {
      fields = pending;
      line = pendingLine;
      offset = pendingOffset;
      pending = null;
      return true;
    }
    try {
      if (!tokenizer.next()) {
        return false;
      }
    } catch (CsvSyntaxException e) {
      offset = tokenizer.recordStartOffset();
      throw damaged(e.line(), e.lastLine(), e.fieldIndex(), e.getMessage(), e.text());
    }
    fields = tokenizer.fields();
    line = tokenizer.recordStartLine();
    offset = tokenizer.recordStartOffset();
    String reason = misfit.apply(fields);
    if (reason != null && tokenizer.recordSpansLines()) {
      List<String> damagedFields = fields;
      long damagedLine = line;
      long damagedOffset = offset;
      String text = tokenizer.recordText();
      long lastLine = damagedLine + text.lines().count() - 1;
      CsvSyntaxException resynced = damaged(damagedLine, lastLine, -1, reason, text);
      if (resynced.lastLine() < lastLine) {
        throw resynced;
      }
      // No later line starts a record: the record stays as read, for the reader to reject with its own problems.
      fields = damagedFields;
      line = damagedLine;
      offset = damagedOffset;
    }
    return true;
  }

  /** The fields of the record read last. */
  public List<String> fields() {
    return fields;
  }

  /** The line the record read last starts on, 1-based, or the first line of the damaged one just thrown for. */
  public long line() {
    return line;
  }

  /** The byte offset where the record read last starts, or the damaged one {@link #next()} just threw for. */
  public long offset() {
    return offset;
  }

  /** The tokenizer's note on how the bytes were decoded, when it is worth telling (see {@link CsvTokenizer}). */
  public Optional<String> encodingNote() {
    return tokenizer.encodingNote();
  }

  // The error of a damaged record, after looking for a later line of it that starts a well-formed record: reading
  // then goes on there, and the error names only the lines before it; otherwise it names every line of the record.
  private CsvSyntaxException damaged(long firstLine, long lastLine, int field, String reason, String text)
      throws IOException {
    CsvTokenizer.Damage damage = lastLine > firstLine ? tokenizer.resync(f -> misfit.apply(f) == null) : null;
    if (damage == null) {
      return new CsvSyntaxException(firstLine, lastLine, field, reason, text);
    }
    if (damage.nextFields() != null) {
      pushBack(damage.nextFields(), damage.nextLine(), damage.nextOffset());
    } else {
      pendingError = damage.nextError();
      pendingErrorOffset = damage.nextOffset();
    }
    return new CsvSyntaxException(damage.firstLine(), damage.lastLine(), -1, reason + "; line "
        + (damage.lastLine() + 1) + " starts a row of its own, and reading goes on there", damage.text());
  }
}
