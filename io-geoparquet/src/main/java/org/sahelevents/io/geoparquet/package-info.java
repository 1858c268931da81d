/**
 * ACLED records and model incidents as GeoParquet 1.1 files (typed ACLED columns, WKB points with the {@code geo}
 * metadata and a {@code bbox} covering column, the model in {@code sahel_event}), and GeoParquet 1.0 and 1.1 files
 * back as features or ACLED records, with every problem located by file, row group, row and column.
 *
 * <pre>{@code
 * try (AcledRecords records = AcledCsv.reader().build().open(Path.of("mali.csv"));
 *      GeoParquetWriter.Output out = GeoParquet.writer().compression(Compression.ZSTD).build()
 *          .open(Path.of("mali.parquet"))) {
 *   records.forEachRemaining(out::write);
 * }
 * try (AcledRecords back = GeoParquet.reader().build().records(Path.of("mali.parquet"), null)) {
 *   back.forEachRemaining(r -> System.out.println(r.eventIdCnty() + " " + r.fatalities()));
 * }
 * }</pre>
 *
 * <p>The module has no {@code module-info}: Parquet's jars share packages with one another, which the module path
 * refuses, so this jar is an automatic module named {@code org.sahelevents.io.geoparquet}, used from the class path.
 */
package org.sahelevents.io.geoparquet;
