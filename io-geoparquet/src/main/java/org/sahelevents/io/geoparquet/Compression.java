package org.sahelevents.io.geoparquet;

import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * How the pages of a GeoParquet file are compressed. Every one of them is read by pyarrow, geopandas, DuckDB, Polars,
 * Spark and GDAL.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Compression {
  /** Zstandard: the smallest files at about Snappy's speed. Default. */
  ZSTD(CompressionCodecName.ZSTD),
  /** Snappy: Parquet's most widely supported codec, larger files. */
  SNAPPY(CompressionCodecName.SNAPPY),
  /** Gzip: for readers that know no other codec; slow to write. */
  GZIP(CompressionCodecName.GZIP),
  /** No compression. */
  UNCOMPRESSED(CompressionCodecName.UNCOMPRESSED);

  final CompressionCodecName codec;

  Compression(CompressionCodecName codec) {
    this.codec = codec;
  }
}
