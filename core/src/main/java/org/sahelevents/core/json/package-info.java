/**
 * The model's own JSON: {@link org.sahelevents.core.json.ModelJson} reads and writes any model object (a whole
 * {@link org.sahelevents.core.model.Catalog} included) and reports bad input with a JSON pointer;
 * {@link org.sahelevents.core.json.SahelEventsModule} lets you embed model objects in your own Jackson mapper.
 * This is the only exchange format the core module knows; ACLED and GeoJSON live in their own modules.
 *
 * <pre>{@code
 * ModelJson json = ModelJson.create().pretty();
 * Files.writeString(path, json.write(catalog));
 * Catalog back = json.read(Files.readString(path), Catalog.class);
 * }</pre>
 */
package org.sahelevents.core.json;
