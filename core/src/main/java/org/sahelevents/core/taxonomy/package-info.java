/**
 * The ACLED vocabulary as typed enums: {@link org.sahelevents.core.taxonomy.DisorderType},
 * {@link org.sahelevents.core.taxonomy.EventType}, {@link org.sahelevents.core.taxonomy.SubEventType} (with its
 * parent event type and disorder types), {@link org.sahelevents.core.taxonomy.ActorType} (inter codes 0-8),
 * {@link org.sahelevents.core.taxonomy.Interaction} and {@link org.sahelevents.core.taxonomy.SourceScale}.
 *
 * <p>Parsing is lenient about the spellings seen in real data (case, spacing, "Protestors" for "Protesters",
 * "Strategic Developments") and strict about anything else, which fails with an
 * {@link org.sahelevents.core.taxonomy.UnknownTermException} naming the raw value and what was expected.
 *
 * <pre>{@code
 * SubEventType sub = SubEventType.parse("Excessive force against protestors");
 * sub.eventType();       // PROTESTS
 * sub.disorderTypes();   // [POLITICAL_VIOLENCE, DEMONSTRATIONS]
 * Interaction.parse("Political militia-State forces").code();   // 13
 * Interaction.parse("73");                                      // throws: the lower actor type comes first (37)
 * }</pre>
 */
package org.sahelevents.core.taxonomy;
