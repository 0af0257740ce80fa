package org.setsafe.custody.domain;

import java.util.Optional;
import org.setsafe.shared.Refusal;

/**
 * A stand-down puts every firearm of the production on hold: nothing is loaded or issued until the safety advisor
 * and a producer have each cleared it in writing. A live round found means the controls failed somewhere (live
 * ammunition is banned on set: California Labor Code §9155; industry safety bulletin #1); an accidental discharge,
 * or a second misfire in a day, means the firearms themselves or their handling need looking at before the next
 * take (on "Rust" two accidental discharges days earlier changed nothing).
 */
public final class FirearmsHoldPolicy {

  public static final String RULE = "custody.firearms-hold";

  public Optional<Refusal> check(FirearmsHold hold, CustodyAction action) {
    if ((action != CustodyAction.ISSUE && action != CustodyAction.LOAD) || !hold.active()) {
      return Optional.empty();
    }
    FirearmsHold.Reason reason = hold.standDown().get(0);
    String awaited = hold.clearancesAwaited(reason.eventId()).stream()
        .map(role -> role.label().toLowerCase()).sorted().reduce((a, b) -> a + " and " + b).orElse("");
    String source = reason.cause() == FirearmsHold.Cause.LIVE_ROUND_FOUND
        ? "California Labor Code §9155; industry safety bulletin #1"
        : reason.cause() == FirearmsHold.Cause.INCIDENT
        ? "evidence kept as it was for the investigation; ISO 45001 10.2"
        : "a stand-down after a discharge; industry safety bulletin #1";
    return Optional.of(new Refusal(RULE, "Firearms are on hold: " + reason.inWords()
        + ". Nothing is loaded or issued until the " + awaited + " clear it in writing (" + source + ")."));
  }
}
