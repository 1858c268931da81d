/**
 * The {@code sahel-events} command-line tool (work in progress: this package is reserved and holds no commands
 * yet).
 *
 * <p>It will hold the commands {@code validate}, {@code convert}, {@code corridor}, {@code stats} and {@code demo},
 * built as the runnable jar {@code cli/target/sahel-events.jar}.
 */
package org.sahelevents.cli;
