/**
 * The model: actors, incidents, conditions, claims, sources, documents and the sourced assertions that carry every
 * contested fact, gathered in a {@link org.sahelevents.core.model.Catalog}.
 *
 * <p>Every type is immutable, thread-safe and {@link java.io.Serializable}, is built with its nested
 * {@code Builder}, and reads its attributes through JavaBean getters so that Jakarta Bean Validation sees every
 * constraint. Building checks only that mandatory attributes are set; check content with
 * {@link org.sahelevents.core.validation.ModelValidator}, which reports every violation at once.
 *
 * <pre>{@code
 * Actor jnim = Actor.builder()
 *     .id(ActorId.of("jnim"))
 *     .name(LocalizedName.of("Jama'at Nusrat al-Islam wal-Muslimin", "ar-Latn", NameKind.TRANSLITERATION))
 *     .addAlias(LocalizedName.of("JNIM", "en", NameKind.ACRONYM))
 *     .addAlias(LocalizedName.of("جماعة نصرة الإسلام والمسلمين", "ar", NameKind.OFFICIAL))
 *     .kind(ActorKind.JIHADIST_ARMED_GROUP)
 *     .build();
 * ModelValidator.standard().requireValid(jnim);
 * }</pre>
 */
@ModelStyle
package org.sahelevents.core.model;
