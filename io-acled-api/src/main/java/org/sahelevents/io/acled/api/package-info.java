/**
 * ACLED's API: {@link org.sahelevents.io.acled.api.AcledApi} signs in with OAuth and reads the events of a typed
 * {@link org.sahelevents.io.acled.api.AcledQuery} as {@link org.sahelevents.io.acled.AcledRecord}s, through the same
 * row reader as ACLED files, page by page in bounded memory, and the events ACLED deleted;
 * {@link org.sahelevents.io.acled.api.AcledUpdate} brings a local ACLED CSV or GeoJSON sequence up to date, atomically.
 *
 * <pre>{@code
 * AcledApi api = AcledApi.client()                          // ACLED_EMAIL and ACLED_PASSWORD
 *     .credentials(AcledCredentials.fromEnvironment())
 *     .build();                                             // immutable and thread-safe: share it
 * AcledQuery query = AcledQuery.builder().country("Mali").country("Niger")
 *     .since(LocalDate.of(2026, 4, 1)).eventType(EventType.BATTLES).build();
 * try (AcledDownload events = api.read(query);
 *      AcledCsvWriter.Output out = AcledCsv.writer().build().open(Path.of("sahel.csv"))) {
 *   events.forEachRemaining(out::write);
 * }
 * AcledUpdate.Result r = AcledUpdate.builder(api).build().update(Path.of("sahel.csv"));
 * System.out.println(r.added() + " added, " + r.changed() + " changed, " + r.deleted() + " deleted, "
 *     + r.unchanged() + " unchanged");
 * }</pre>
 *
 * <p>ACLED's terms of use apply to what the API returns: ACLED data may not be redistributed.
 */
package org.sahelevents.io.acled.api;
