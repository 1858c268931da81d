package org.sahelevents.core.resolution;

/**
 * Which of the model's two clocks an {@link AsOf} date is read on. Default ({@link AsOf#of}): {@link #VALID_TIME}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum TimeAxis {
  /**
   * When the asserted fact holds in the world: "what did we know to be true on 27 April?" answers with the state
   * that began last on or before that day, whenever it was reported. This is the default.
   */
  VALID_TIME,

  /**
   * When the assertion was recorded: "what had been reported by 27 April?" sets aside everything recorded after the
   * end of that day (UTC), then takes the latest state among what was known.
   */
  RECORDED_TIME
}
