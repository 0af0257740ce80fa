package org.setsafe.reporting.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What an anonymous report keeps of time: the hour, not the minute, so that the time of a report cannot be
 * matched against who was on the wifi, at the door or on a break at that minute.
 */
public final class Anonymity {

  private Anonymity() {}

  public static Instant coarse(Instant time) {
    return time.truncatedTo(ChronoUnit.HOURS);
  }
}
