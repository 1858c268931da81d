/**
 * Runnable examples, each a small {@code main} program whose javadoc says what it teaches:
 * {@link org.sahelevents.examples.QuickStart} (ACLED CSV to a summary and GeoJSON),
 * {@link org.sahelevents.examples.ModelTheArticle} (the contested facts of the late-April 2026 events in Mali side by
 * side, from the catalog {@link org.sahelevents.examples.MaliApril2026} builds),
 * {@link org.sahelevents.examples.BamakoCorridors} (incidents on the roads into Bamako) and
 * {@link org.sahelevents.examples.StreamingPipeline} (a large file to GeoJSON sequences with a rejects file).
 * {@link org.sahelevents.examples.SampleData} is the bundled illustrative sample, not ACLED data.
 *
 * <pre>{@code
 * Catalog mali = MaliApril2026.catalog();
 * mali.actorsNamed("GSIM");   // [JNIM]
 * mali.resolve(SubjectRef.of(MaliApril2026.CAMARA_KILLING), "fatalities", StandardPolicy.ACLED_CONSERVATIVE);
 * }</pre>
 */
package org.sahelevents.examples;
