package org.sahelevents.io.acled;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.sahelevents.core.WarningPolicy;
import org.sahelevents.io.tabular.CsvTokenizer;

/**
 * The data rows of a CSV file read by several threads, each reading and parsing a part of the file, handed out in
 * file order with exactly the rows, lines, problems and decoding that one thread reading the whole file gives.
 *
 * <p>The file is cut into parts of about {@code partBytes}, each starting after a line feed. A line feed can be inside
 * a quoted field, so a part's start is a guess: each part reads on past its end to the end of its last row and says
 * where the next row starts, and a part whose first row does not start there (it began inside a quoted line break,
 * or inside a damaged row that swallowed lines) is read again from there before it is handed out. Line numbers come
 * from counting the line breaks of the parts before, which needs no parsing. A part that finds bytes that are not
 * UTF-8 makes the rest of the file be read again as Windows-1252, as one reader would have read it.
 *
 * <p>Not thread-safe: one consumer; the reading threads are its own, and end when it is closed or read to the end.
 */
final class ParallelCsvRows implements ParsedRows {
  /** How many bytes a part has by default: enough to keep a thread busy, few enough to bound memory. */
  static final int DEFAULT_PART_BYTES = 1 << 18;

  private static final AtomicInteger READERS = new AtomicInteger();
  // Records per batch at most: enough that handing a batch over costs little against the work on it.
  private static final int RUN_RECORDS = 128;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long CARRIAGE_RETURNS = 0x0D0D0D0D0D0D0D0DL;
  private static final long LOWEST_LANE = 0x80L;

  private final FileChannel channel;
  private final long size;
  private final AcledLayout layout;
  private final String name;
  private final AcledValidation validation;
  private final WarningPolicy warnings;
  private final int maxRecordChars;
  private final int partBytes;
  private final int ahead;
  private final ThreadPoolExecutor pool;
  private final ArrayDeque<Part> parts = new ArrayDeque<>();
  private Function<? super List<AcledRecord>, ?> work;
  // Parts are cut from planStart on; the next part is nominally at nextNominal; lastPlanned is the part before it.
  private CsvTokenizer.Position planStart;
  private long nextNominal;
  private Part lastPlanned;
  // Where the next part's first row must start (the row after the last one handed out), and its line.
  private long expectedOffset;
  private long expectedLine;
  private Iterator<Object> current = Collections.emptyIterator();
  private boolean multiByte;
  private long fallbackOffset;
  private boolean mixedEncoding;
  // Where the data rows start; null once reading them has begun.
  private CsvTokenizer.Position dataStart;

  /**
   * Reads the data rows of {@code channel}, a file whose header and HXL row were read and end at {@code dataStart}.
   */
  ParallelCsvRows(FileChannel channel, AcledLayout layout, CsvTokenizer.Position dataStart, String name,
      AcledValidation validation, WarningPolicy warnings, int maxRecordChars, int threads, int partBytes)
      throws IOException {
    this.channel = channel;
    this.size = channel.size();
    this.layout = layout;
    this.name = name;
    this.validation = validation;
    this.warnings = warnings;
    this.maxRecordChars = maxRecordChars;
    this.partBytes = partBytes;
    this.ahead = 2 * threads;
    this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread thread = new Thread(r, "sahel-events-csv-" + READERS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    pool.allowCoreThreadTimeOut(true);
    this.fallbackOffset = dataStart.fallbackOffset();
    this.mixedEncoding = dataStart.fallbackOffset() >= 0 && dataStart.sawMultiByte();
    this.multiByte = dataStart.sawMultiByte();
    this.dataStart = dataStart;
  }

  @Override
  public AcledLayout layout() {
    return layout;
  }

  @Override
  public boolean batchWith(Function<? super List<AcledRecord>, ?> work) {
    this.work = work;
    return true;
  }

  @Override
  public Object next() throws IOException {
    if (dataStart != null) {
      plan(dataStart);
      dataStart = null;
    }
    while (!current.hasNext()) {
      if (!nextPart()) {
        return null;
      }
    }
    return current.next();
  }

  @Override
  public Optional<String> encodingNote() {
    return CsvTokenizer.encodingNote(fallbackOffset, mixedEncoding);
  }

  @Override
  public void close() throws IOException {
    pool.shutdownNow();
    parts.clear();
    channel.close();
  }

  private void plan(CsvTokenizer.Position start) {
    parts.forEach(part -> part.result.cancel(false));
    parts.clear();
    planStart = start;
    nextNominal = start.offset();
    lastPlanned = null;
    expectedOffset = start.offset();
    expectedLine = start.line();
    planAhead();
  }

  // Keeps two parts per thread being read or ready, so that a thread finds the next part queued when it ends one
  // (a part takes a millisecond or two, no more than waking a thread); the consumer takes one at a time. More would
  // hold more rows in memory, which the collector copies while they are held.
  private void planAhead() {
    while (parts.size() < ahead && nextNominal < size) {
      long from = nextNominal;
      long to = size - from <= partBytes ? size : from + partBytes;
      Part part = new Part(from, to, lastPlanned == null, planStart);
      CompletableFuture<Long> startLine = lastPlanned == null ? CompletableFuture.completedFuture(planStart.line())
          : lastPlanned.startLine.thenCombine(lastPlanned.lineBreaks, Long::sum);
      part.startLine = startLine;
      part.result = pool.submit(() -> read(part));
      parts.add(part);
      lastPlanned = part;
      nextNominal = to;
    }
  }

  private boolean nextPart() throws IOException {
    Part part = parts.poll();
    if (part == null) {
      pool.shutdown();
      return false;
    }
    Rows rows = await(part.result);
    if (!part.exactStart && rows.first != expectedOffset) {
      // The part began inside a row (a quoted line break, or a damaged row's lines): read it from the row after the
      // last one handed out.
      rows = expectedOffset >= rows.end ? Rows.none(expectedOffset, expectedLine, rows.end)
          : read(expectedOffset, rows.end, expectedLine, part.decoding);
    }
    current = rows.items.iterator();
    if (fallbackOffset < 0 && rows.fallbackOffset >= 0 && rows.fallbackOffset < rows.next) {
      fallbackOffset = rows.fallbackOffset;
      mixedEncoding = multiByte || rows.multiByte;
      plan(new CsvTokenizer.Position(rows.next, rows.nextLine, planStart.delimiter(), fallbackOffset,
          mixedEncoding));
    } else {
      multiByte |= rows.multiByte;
      expectedOffset = rows.next;
      expectedLine = rows.nextLine;
      planAhead();
    }
    return true;
  }

  private static Rows await(Future<Rows> result) throws IOException {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }

  // On a reading thread: the part's bounds, its line breaks (for the parts after it), then its rows.
  private Rows read(Part part) throws IOException, InterruptedException, ExecutionException {
    long start;
    long end;
    try {
      start = part.exactStart ? part.from : afterLineFeed(part.from);
      end = part.to >= size ? size : afterLineFeed(part.to);
      part.lineBreaks.complete(lineBreaks(start, end));
    } catch (IOException | RuntimeException e) {
      part.lineBreaks.completeExceptionally(e);
      throw e;
    }
    return read(start, end, part.startLine.get(), part.decoding);
  }

  /**
   * The rows that start in [start, end) and the row after them, read from {@code start}, a row's start on
   * {@code line}, decoding as {@code decoding} says.
   */
  private Rows read(long start, long end, long line, CsvTokenizer.Position decoding) throws IOException {
    InputStream in = new ChannelInput(channel, start, size);
    CsvTokenizer tokenizer = new CsvTokenizer(in, maxRecordChars, new CsvTokenizer.Position(start, line,
        decoding.delimiter(), decoding.fallbackOffset(), decoding.sawMultiByte()));
    CsvRowSource source = new CsvRowSource(in, tokenizer, layout);
    RowReader reader = new RowReader(source, name, validation, warnings);
    if (work != null) {
      reader.keepRowsAsRead();
    }
    // Rows in file order; with work to do, runs of records become batches with the work done on them, here, on the
    // reading thread, as the rows are read: a batch's records are let go as soon as its result is made, so that the
    // collector does not copy a whole part's records.
    List<Object> items = new ArrayList<>();
    List<AcledRecord> run = new ArrayList<>();
    long first = -1;
    long next = size;
    long nextLine = -1;
    Object item;
    while ((item = reader.next()) != null) {
      long at = source.offset();
      if (first < 0) {
        first = at;
      }
      if (at >= end) {
        next = at;
        nextLine = source.line();
        break;
      }
      if (work == null) {
        items.add(item);
      } else if (item instanceof AcledRecord record) {
        run.add(record);
        if (run.size() == RUN_RECORDS) {
          run = addBatch(items, run);
        }
      } else {
        run = addBatch(items, run);
        items.add(item);
      }
    }
    if (work != null) {
      addBatch(items, run);
    }
    CsvTokenizer.Position after = tokenizer.position();
    return new Rows(first < 0 ? size : first, end, items, next, nextLine, after.fallbackOffset(),
        after.sawMultiByte());
  }

  // Adds the batch of a run of records, if any, and returns the list for the next run.
  private List<AcledRecord> addBatch(List<Object> items, List<AcledRecord> run) {
    if (run.isEmpty()) {
      return run;
    }
    List<AcledRecord> records = Collections.unmodifiableList(run);
    items.add(AcledRecords.Batch.of(records, work.apply(records)));
    return new ArrayList<>();
  }

  // The offset after the first line feed at or after `from`, or the file's size.
  private long afterLineFeed(long from) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(1 << 13);
    long at = from;
    while (at < size) {
      buffer.clear();
      int n = channel.read(buffer, at);
      if (n <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (buffer.get(i) == '\n') {
          return at + i + 1;
        }
      }
      at += n;
    }
    return size;
  }

  // Line breaks as the tokenizer counts them: LF, CR LF and a lone CR each end one line. A range ends after a line
  // feed or at the end of the file, so no CR LF straddles two ranges. Eight bytes at a time: most words hold no
  // line end at all.
  private long lineBreaks(long start, long end) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    byte[] bytes = buffer.array();
    long breaks = 0;
    boolean afterCr = false;
    long at = start;
    while (at < end) {
      buffer.clear().limit((int) Math.min(bytes.length, end - at));
      int n = channel.read(buffer, at);
      if (n <= 0) {
        break;
      }
      int i = 0;
      for (; i + Long.BYTES <= n; i += Long.BYTES) {
        long word = (long) LONGS.get(bytes, i);
        long lineFeeds = zeroBytes(word ^ LINE_FEEDS);
        long carriageReturns = zeroBytes(word ^ CARRIAGE_RETURNS);
        if ((lineFeeds | carriageReturns) != 0) {
          // Little-endian: a byte's successor is the lane above it. A line feed after a carriage return ends no
          // further line.
          long afterCarriageReturns = lineFeeds & (carriageReturns << Byte.SIZE | (afterCr ? LOWEST_LANE : 0));
          breaks += Long.bitCount(lineFeeds) + Long.bitCount(carriageReturns) - Long.bitCount(afterCarriageReturns);
        }
        afterCr = carriageReturns < 0;
      }
      for (; i < n; i++) {
        byte b = bytes[i];
        if (b == '\n') {
          breaks += afterCr ? 0 : 1;
          afterCr = false;
        } else if (b == '\r') {
          breaks++;
          afterCr = true;
        } else {
          afterCr = false;
        }
      }
      at += n;
    }
    return breaks;
  }

  // The high bit of each byte of the word that is zero, and of no other: (b & 0x7F) + 0x7F carries into b's high bit
  // only, and only for a b other than zero.
  private static long zeroBytes(long word) {
    return ~((word & LOW_SEVEN_BITS) + LOW_SEVEN_BITS | word | LOW_SEVEN_BITS);
  }

  /** A part of the file being read: where it nominally is, and what reading it gives. */
  private static final class Part {
    final long from;
    final long to;
    final boolean exactStart;
    final CsvTokenizer.Position decoding;
    final CompletableFuture<Long> lineBreaks = new CompletableFuture<>();
    CompletableFuture<Long> startLine;
    Future<Rows> result;

    Part(long from, long to, boolean exactStart, CsvTokenizer.Position decoding) {
      this.from = from;
      this.to = to;
      this.exactStart = exactStart;
      this.decoding = decoding;
    }
  }

  /**
   * What a part gave: where its first row started, where it ends, its rows, where the row after them starts and on
   * which line, and how it decoded.
   */
  private record Rows(long first, long end, List<Object> items, long next, long nextLine, long fallbackOffset,
      boolean multiByte) {
    static Rows none(long next, long nextLine, long end) {
      return new Rows(next, end, List.of(), next, nextLine, -1, false);
    }
  }

  /** The bytes of a file from an offset on, read without moving the channel's position. Not thread-safe. */
  private static final class ChannelInput extends InputStream {
    private final FileChannel channel;
    private final long size;
    private long position;

    ChannelInput(FileChannel channel, long position, long size) {
      this.channel = channel;
      this.position = position;
      this.size = size;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = channel.read(ByteBuffer.wrap(b, off, len), position);
      if (n > 0) {
        position += n;
      }
      return n;
    }

    // The tokenizer tops its buffer up only while bytes are available without blocking, as a file's always are.
    @Override
    public int available() {
      return (int) Math.min(Integer.MAX_VALUE, Math.max(0, size - position));
    }

    @Override
    public void close() {
      // The channel is the reader's, closed with it.
    }
  }
}
