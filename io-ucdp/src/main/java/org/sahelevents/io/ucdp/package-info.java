/**
 * UCDP Georeferenced Event Dataset (GED) files in: the official release CSV (annual and Candidate), HDX copies,
 * pandas re-saves and the data browser's export, and pages of the UCDP API's JSON, read in constant memory to typed
 * {@link org.sahelevents.io.ucdp.UcdpRecord}s and converted to the core model by
 * {@link org.sahelevents.io.ucdp.UcdpModelMapping}. Every rejected row is reported with its line (or JSON pointer), column, raw value
 * and reason, and rows read = rows accepted + rows rejected.
 */
package org.sahelevents.io.ucdp;
