package org.setsafe.offline;

import java.time.Duration;
import java.time.Instant;

/**
 * How long before the server recorded it the person acted on the phone, in words. A phone's clock can be wrong: a
 * time after the server's (beyond a little drift) is said to be the phone's clock being ahead, not a delay.
 */
public final class PhoneLead {

  /** Phones and servers drift by seconds; beyond this, a phone time after the server's is a wrong clock. */
  static final Duration DRIFT = Duration.ofMinutes(2);

  private PhoneLead() {}

  public static String words(Instant phoneTime, Instant serverTime) {
    Duration lead = Duration.between(phoneTime, serverTime);
    if (lead.isNegative()) {
      Duration ahead = lead.negated();
      return ahead.compareTo(DRIFT) <= 0 ? "at the same moment, by the phone's clock"
          : "at a time the phone's clock put " + span(ahead) + " after the server's: the phone's clock is wrong, "
              + "and the server's time is the one that counts";
    }
    return span(lead) + " before the server received it";
  }

  static String span(Duration d) {
    long seconds = d.toSeconds();
    if (seconds < 60) {
      return seconds + " s";
    }
    long minutes = d.toMinutes();
    if (minutes < 120) {
      return minutes + " min";
    }
    long hours = d.toHours();
    if (hours >= 48) {
      return d.toDays() + " days";
    }
    return minutes % 60 == 0 ? hours + " h" : hours + " h " + (minutes % 60) + " min";
  }
}
