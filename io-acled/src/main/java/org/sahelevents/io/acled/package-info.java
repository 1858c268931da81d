/**
 * ACLED data in and out: every CSV layout ACLED has published (2016 files, the 2017-2019, 2019-2023 and current
 * exports, monadic exports, HDX copies, spreadsheet re-saves) and the API's JSON, read in constant memory to typed
 * {@link org.sahelevents.io.acled.AcledRecord}s, written back losslessly, and converted to the core model by
 * {@link org.sahelevents.io.acled.AcledModelMapping}. Every rejected row is reported with its line (or JSON pointer),
 * column, raw value and reason, and rows read = rows accepted + rows rejected.
 *
 * <pre>{@code
 * AcledReader reader = AcledCsv.reader().badRows(BadRowPolicy.COLLECT).build();
 * try (AcledRecords records = reader.open(Path.of("mali.csv"), rejected -> System.err.println(rejected));
 *      AcledCsvWriter.Output out = AcledCsv.writer().build().open(Path.of("copy.csv"))) {
 *   records.forEachRemaining(out::write);                     // same columns, same order
 * }
 * try (AcledRecords records = AcledCsv.reader().build().open(Path.of("mali.csv"))) {
 *   AcledModelMapping.groupByEvent(records.stream()).map(AcledModelMapping::toEvent)
 *       .forEach(event -> System.out.println(event.incident().getId()));
 * }
 * }</pre>
 */
package org.sahelevents.io.acled;
