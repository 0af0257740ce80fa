package org.setsafe.incident;

import org.setsafe.shared.ConflictException;

/**
 * The production's public link has opened as many anonymous incidents this hour as it may: the next waits for the
 * next hour (the pages and the API answer 429). Counted per production, never per person, since nothing about the
 * person is known.
 */
public class AnonymousLimitReached extends ConflictException {

  public AnonymousLimitReached(int perHour) {
    super("publicLink", "RateLimit", "This link has had " + perHour + " incidents reported anonymously this hour, "
        + "as many as it takes. Try again next hour, or tell the safety advisor or the 1st AD in person.");
    saying("input.incident.anonymous.limit", String.valueOf(perHour));
  }
}
