/**
 * sahel-events core: the typed, immutable and validated model of conflict events in the Sahel.
 *
 * <p>The sub-packages hold the model ({@link org.sahelevents.core.model}), the ACLED vocabulary
 * ({@link org.sahelevents.core.taxonomy}), validation ({@link org.sahelevents.core.validation}), resolution of
 * contested values ({@link org.sahelevents.core.resolution}) and the model's own JSON binding
 * ({@link org.sahelevents.core.json}). Every exception the library throws for bad data extends
 * {@link org.sahelevents.core.SahelEventsException}.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.builder().addActors(jnim).addIncidents(attack).build();
 * List<Violation> problems = ModelValidator.standard().validate(catalog);
 * Resolution deaths = catalog.resolve(SubjectRef.of(attack.getId()), "fatalities", StandardPolicy.ACLED_CONSERVATIVE);
 * System.out.println(deaths.explanation());
 * }</pre>
 */
package org.sahelevents.core;
