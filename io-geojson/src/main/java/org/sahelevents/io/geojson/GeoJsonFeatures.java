package org.sahelevents.io.geojson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;

/**
 * The features of one open GeoJSON input, read one at a time in constant memory. Bad features (or sequence records)
 * are handled by the reader's {@link BadRowPolicy}; either way
 * {@code recordsRead() == recordsAccepted() + recordsRejected()}. Problems of the document around the features (a
 * collection's own members) make {@link #isValid()} false. Close it to release the input.
 *
 * <p>Not thread-safe: one thread reads one input.
 */
public final class GeoJsonFeatures implements Iterator<GeoJsonFeature>, AutoCloseable {
  /** How many problems {@link #problems()} keeps; all of them go to the listener given when opening. */
  public static final int RETAINED_PROBLEMS = 10_000;

  private final FeatureSource source;
  private final BadRowPolicy policy;
  private final Consumer<DataProblem> listener;
  private final List<DataProblem> retained = new ArrayList<>();
  private GeoJsonFeature next;
  private boolean done;
  private long read;
  private long accepted;
  private long rejected;
  private long documentErrors;

  GeoJsonFeatures(FeatureSource source, BadRowPolicy policy, Consumer<DataProblem> listener) {
    this.source = source;
    this.policy = policy;
    this.listener = listener;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      advance();
    }
    return next != null;
  }

  @Override
  public GeoJsonFeature next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    GeoJsonFeature f = next;
    next = null;
    return f;
  }

  private void advance() {
    try {
      if (!source.next()) {
        done = true;
        return;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<DataProblem> problems = source.problems();
    boolean errors = problems.stream().anyMatch(DataProblem::isError);
    if (source.isRecord()) {
      read++;
      if (errors || source.feature() == null) {
        rejected++;
      } else {
        accepted++;
        next = source.feature();
      }
    } else if (errors) {
      documentErrors++;
    }
    if (errors && policy == BadRowPolicy.FAIL) {
      done = true;
      throw new GeoJsonException(problems.stream()
          .filter(DataProblem::isError).toList());
    }
    for (DataProblem p : problems) {
      if (retained.size() < RETAINED_PROBLEMS) {
        retained.add(p);
      }
      if (listener != null) {
        listener.accept(p);
      }
    }
  }

  /** Features (or sequence records) read so far. */
  public long recordsRead() {
    return read;
  }

  public long recordsAccepted() {
    return accepted;
  }

  public long recordsRejected() {
    return rejected;
  }

  /** Whether everything read so far is valid: no record rejected, no error in the document around them. */
  public boolean isValid() {
    return rejected == 0 && documentErrors == 0;
  }

  /** The first {@value #RETAINED_PROBLEMS} problems, errors and warnings, in order. */
  public List<DataProblem> problems() {
    return Collections.unmodifiableList(retained);
  }

  /** The remaining features as a sequential stream; closing the stream closes the input. */
  public Stream<GeoJsonFeature> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  @Override
  public void close() {
    done = true;
    try {
      source.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
