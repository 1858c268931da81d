/**
 * JMH benchmarks of the readers, writers and spatial queries (not deployed; work in progress: no benchmark yet).
 */
package org.sahelevents.benchmarks;
