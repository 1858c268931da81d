package org.sahelevents.io.geoparquet;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.xerial.snappy.Snappy;
import org.xerial.snappy.SnappyError;

/**
 * Assembles a version 1 data page (its definition levels' length, the levels, the values) and compresses it as
 * Parquet's codec of that name stores it: a Zstandard frame, a raw Snappy block, a gzip member, or the bytes
 * themselves. It calls the codecs' libraries directly, into buffers it keeps from page to page, with one Zstandard
 * context for all pages (a new one per page costs the setting up of its tables each time), so that a page costs one
 * new array: its compressed bytes. {@link #close()} frees the context's native memory. Not thread-safe: one per file.
 */
final class PageCompressor implements AutoCloseable {
  // Arrow's default level, and so pyarrow's and geopandas': a conversion of 300,000 rows takes 5 % less time than at
  // level 3, Parquet's writer's default, for files 9 % larger.
  private static final int ZSTD_LEVEL = 1;

  private final Compression compression;
  private byte[] page = new byte[1 << 16];
  private byte[] out = new byte[1 << 16];
  private int size;
  private ZstdCompressCtx zstd;

  PageCompressor(Compression compression) {
    this.compression = compression;
  }

  Compression compression() {
    return compression;
  }

  /** Assembles a page and returns its compressed bytes; {@link #uncompressedSize()} then gives its size before. */
  byte[] compress(byte[] levels, int levelsLength, byte[] values, int valuesLength) throws IOException {
    size = 4 + levelsLength + valuesLength;
    if (page.length < size) {
      page = new byte[Math.max(size, page.length * 2)];
    }
    BinaryCells.putIntLittleEndian(page, 0, levelsLength);
    System.arraycopy(levels, 0, page, 4, levelsLength);
    System.arraycopy(values, 0, page, 4 + levelsLength, valuesLength);
    return switch (compression) {
      case ZSTD -> {
        if (zstd == null) {
          zstd = zstdContext();
        }
        reserve((int) Zstd.compressBound(size));
        try {
          yield Arrays.copyOf(out, zstd.compressByteArray(out, 0, out.length, page, 0, size));
        } catch (ZstdException e) {
          throw new IOException("Zstandard could not compress a page: " + e.getMessage(), e);
        }
      }
      case SNAPPY -> {
        try {
          reserve(Snappy.maxCompressedLength(size));
          yield Arrays.copyOf(out, Snappy.compress(page, 0, size, out, 0));
        } catch (LinkageError | SnappyError e) {
          throw nativeLibraryMissing("Snappy", e);
        }
      }
      case GZIP -> {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream(size / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
          gzip.write(page, 0, size);
        }
        yield gzipped.toByteArray();
      }
      case UNCOMPRESSED -> Arrays.copyOf(page, size);
    };
  }

  private static ZstdCompressCtx zstdContext() throws IOException {
    try {
      return new ZstdCompressCtx().setLevel(ZSTD_LEVEL);
    } catch (LinkageError e) {
      throw nativeLibraryMissing("Zstandard", e);
    }
  }

  // The codecs' libraries are unpacked from their jars into the temporary folder and loaded from there, the first
  // time they are used: a folder that does not exist, is full or is mounted without the right to run programs stops
  // them, and a user can only act on that when told.
  static IOException nativeLibraryMissing(String codec, Throwable e) {
    return new IOException(codec + "'s native library cannot be loaded (" + e.getMessage() + "); it is unpacked "
        + "into the temporary folder " + System.getProperty("java.io.tmpdir") + ", which must exist, be writable "
        + "and allow programs to run: choose another with -Djava.io.tmpdir=FOLDER (in SAHEL_EVENTS_OPTS for the "
        + "tool)", e);
  }

  /** The size of the last page before compression. */
  int uncompressedSize() {
    return size;
  }

  /** Frees the Zstandard context; the compressor is not used after. */
  @Override
  public void close() {
    if (zstd != null) {
      zstd.close();
      zstd = null;
    }
  }

  private void reserve(int bound) {
    if (out.length < bound) {
      out = new byte[Math.max(bound, out.length * 2)];
    }
  }
}
