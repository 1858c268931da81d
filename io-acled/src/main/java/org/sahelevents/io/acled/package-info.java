/**
 * ACLED data in and out (work in progress: this package is reserved and holds no API yet).
 *
 * <p>It will hold a streaming reader and writer for every ACLED CSV layout and the ACLED API's JSON, with located
 * errors and a lossless round trip, and the mapping of ACLED rows to the core model.
 */
package org.sahelevents.io.acled;
