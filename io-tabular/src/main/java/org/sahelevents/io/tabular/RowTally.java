package org.sahelevents.io.tabular;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sahelevents.core.BadRowPolicy;

/**
 * The accounting of one input's rows, the same for every data set's reader: rows read, accepted (with how many
 * warnings) and rejected, so that read = accepted + rejected; and what a rejected row becomes under the reader's
 * {@link BadRowPolicy}: the failure to throw, or a row kept (the first {@code retained} of them) and passed to the
 * caller's listener.
 *
 * <p>Not thread-safe: one per input, used by the thread that reads it.
 *
 * @param <R> the reader's rejected row
 */
public final class RowTally<R> {
  private final BadRowPolicy policy;
  private final Consumer<? super R> onRejected;
  private final Function<? super R, ? extends RuntimeException> failure;
  private final int retainedLimit;
  private final List<R> retained = new ArrayList<>();
  private long read;
  private long accepted;
  private long rejected;
  private long rowsWithWarnings;
  private long warnings;

  /**
   * @param onRejected where each rejected row goes under {@link BadRowPolicy#COLLECT}, or null
   * @param failure the exception a rejected row ends reading with under {@link BadRowPolicy#FAIL}
   * @param retainedLimit how many rejected rows {@link #rejectedRows()} keeps
   */
  public RowTally(BadRowPolicy policy, Consumer<? super R> onRejected,
      Function<? super R, ? extends RuntimeException> failure, int retainedLimit) {
    this.policy = policy;
    this.onRejected = onRejected;
    this.failure = failure;
    this.retainedLimit = retainedLimit;
  }

  /** Counts a row accepted with {@code rowWarnings} warnings. */
  public void accepted(int rowWarnings) {
    read++;
    accepted++;
    if (rowWarnings > 0) {
      rowsWithWarnings++;
      warnings += rowWarnings;
    }
  }

  /**
   * Counts a rejected row and applies the policy.
   *
   * @throws RuntimeException the policy's failure, under {@link BadRowPolicy#FAIL}
   */
  public void rejected(R row) {
    read++;
    rejected++;
    if (policy == BadRowPolicy.FAIL) {
      throw failure.apply(row);
    }
    if (retained.size() < retainedLimit) {
      retained.add(row);
    }
    if (onRejected != null) {
      onRejected.accept(row);
    }
  }

  /** Data rows read so far. */
  public long read() {
    return read;
  }

  public long accepted() {
    return accepted;
  }

  public long rejected() {
    return rejected;
  }

  /** Warnings in the rows accepted so far. */
  public long warnings() {
    return warnings;
  }

  /** Rows accepted so far that have warnings. */
  public long rowsWithWarnings() {
    return rowsWithWarnings;
  }

  /** The first rejected rows, as many as the limit given, in order. */
  public List<R> rejectedRows() {
    return Collections.unmodifiableList(retained);
  }
}
