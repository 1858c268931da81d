/**
 * Implementation details of the core module: constraint validators and the model's invariant rules. Not exported;
 * not API.
 */
package org.sahelevents.core.internal;
