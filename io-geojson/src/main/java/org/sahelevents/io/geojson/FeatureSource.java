package org.sahelevents.io.geojson;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.sahelevents.core.DataProblem;

/** Where {@link GeoJsonFeatures} gets its features: a GeoJSON document or a text sequence. Not thread-safe. */
interface FeatureSource extends Closeable {
  /**
   * Reads the next object.
   *
   * @return false at the end
   */
  boolean next() throws IOException;

  /** The feature just read; null when it had errors. */
  GeoJsonFeature feature();

  /** The problems of the object just read, warnings included. */
  List<DataProblem> problems();

  /** Whether the object just read counts as a record (a feature or a sequence record), not the document around it. */
  boolean isRecord();
}
