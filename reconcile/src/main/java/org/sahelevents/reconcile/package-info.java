/**
 * Reconciling two data sets: which events of ACLED and UCDP GED (or any two catalogs of model incidents) describe the
 * same incident, why, and one catalog holding both data sets' documents and figures. Reading either format is the
 * readers' job; this package knows only the model.
 */
package org.sahelevents.reconcile;
