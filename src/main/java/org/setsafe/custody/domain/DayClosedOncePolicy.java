package org.setsafe.custody.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.setsafe.shared.Refusal;

/**
 * A day closed with nothing recorded since is not closed again: a second close would say nothing new. A day closed
 * and then worked on again (a night scene after wrap) is closed again at its second wrap. Where the day stands, not
 * a rule broken: answered as a conflict (someone else closed it a moment ago), not recorded as an attempt.
 */
public final class DayClosedOncePolicy {

  public static final String RULE = "custody.day-closed-once";

  public Optional<Refusal> check(LocalDate day, List<? extends CustodyEvent> history) {
    if (ClosedDays.of(history).closedWithNothingSince(day)) {
      return Optional.of(new Refusal("Closed", day + " is already closed and nothing was recorded since", "day")
          .saying("reason.Closed.day", String.valueOf(day)));
    }
    return Optional.empty();
  }
}
