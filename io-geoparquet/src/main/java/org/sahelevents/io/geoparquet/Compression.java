package org.sahelevents.io.geoparquet;

import org.apache.parquet.format.CompressionCodec;

/**
 * How the pages of a GeoParquet file are compressed. Every one of them is read by pyarrow, geopandas, DuckDB, Polars,
 * Spark and GDAL.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Compression {
  /** Zstandard: the smallest files at about Snappy's speed. Default. */
  ZSTD(CompressionCodec.ZSTD),
  /** Snappy: Parquet's most widely supported codec, larger files. */
  SNAPPY(CompressionCodec.SNAPPY),
  /** Gzip: for readers that know no other codec; slow to write. */
  GZIP(CompressionCodec.GZIP),
  /** No compression. */
  UNCOMPRESSED(CompressionCodec.UNCOMPRESSED);

  final CompressionCodec codec;

  Compression(CompressionCodec codec) {
    this.codec = codec;
  }
}
