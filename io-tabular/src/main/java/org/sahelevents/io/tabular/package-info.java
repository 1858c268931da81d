/**
 * The row reading the data set readers share, so that ACLED and UCDP files are read, decoded, resynchronised and
 * counted the same way. Not API: exported to {@code org.sahelevents.io.acled} and {@code org.sahelevents.io.ucdp}
 * only.
 *
 * <pre>{@code
 * CsvTokenizer tokenizer = new CsvTokenizer(in, 1 << 20);
 * tokenizer.next();                                   // the header
 * List<String> header = List.copyOf(tokenizer.fields());
 * CsvRecords rows = new CsvRecords(tokenizer, f -> f.size() == header.size() ? null : "wrong width");
 * RowTally<Rejected> tally = new RowTally<>(BadRowPolicy.COLLECT, rejected::add, Failure::new, 10_000);
 * while (true) {
 *   try {
 *     if (!rows.next()) break;
 *     tally.accepted(0);                                // or tally.rejected(...) when the row's cells are bad
 *   } catch (CsvSyntaxException e) {
 *     tally.rejected(new Rejected(e.line(), e.lastLine(), e.text()));
 *   }
 * }
 * }</pre>
 */
package org.sahelevents.io.tabular;
