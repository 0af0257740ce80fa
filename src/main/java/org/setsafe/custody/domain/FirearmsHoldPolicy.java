package org.setsafe.custody.domain;

import java.util.Optional;

/**
 * A live round found puts every firearm of the production on hold: nothing is loaded or issued until the
 * safety advisor and a producer have each cleared it in writing. Live ammunition is banned on set
 * (California Labor Code §9155; industry safety bulletin #1); one found means the controls failed somewhere.
 */
public final class FirearmsHoldPolicy {

  public static final String RULE = "custody.firearms-hold";

  public Optional<Refusal> check(FirearmsHold hold, CustodyAction action) {
    if ((action != CustodyAction.ISSUE && action != CustodyAction.LOAD) || !hold.active()) {
      return Optional.empty();
    }
    CustodyEvents.LiveRoundFound find = hold.openFinds().get(0);
    String awaited = hold.clearancesAwaited(find.eventId()).stream()
        .map(role -> role.label().toLowerCase()).sorted().reduce((a, b) -> a + " and " + b).orElse("");
    return Optional.of(new Refusal(RULE, "Firearms are on hold: a live round was found (" + find.where()
        + "). Nothing is loaded or issued until the " + awaited + " clear it in writing "
        + "(California Labor Code §9155; industry safety bulletin #1)."));
  }
}
