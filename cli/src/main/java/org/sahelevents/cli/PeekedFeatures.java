package org.sahelevents.cli;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;

/**
 * GeoJSON features whose first one has been read ahead, to tell how all of them are to be read; iterating gives
 * every feature, the first included. Closing it closes the features. Not thread-safe.
 */
final class PeekedFeatures implements Iterator<GeoJsonFeature>, AutoCloseable {
  private final GeoJsonFeatures source;
  private GeoJsonFeature first;

  PeekedFeatures(GeoJsonFeatures source) {
    this.source = source;
    this.first = source.hasNext() ? source.next() : null;
  }

  /** The first feature, if there is one. */
  Optional<GeoJsonFeature> first() {
    return Optional.ofNullable(first);
  }

  /** The features being read, for their counts. */
  GeoJsonFeatures source() {
    return source;
  }

  @Override
  public boolean hasNext() {
    return first != null || source.hasNext();
  }

  @Override
  public GeoJsonFeature next() {
    if (first != null) {
      GeoJsonFeature f = first;
      first = null;
      return f;
    }
    if (!source.hasNext()) {
      throw new NoSuchElementException();
    }
    return source.next();
  }

  @Override
  public void close() {
    source.close();
  }
}
