package org.setsafe.custody.domain;

import java.util.Optional;
import java.util.Set;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

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
    Set<CrewRole> clearers = hold.clearancesAwaited(reason.eventId());
    String awaited = RoleWords.inEnglish(clearers);
    boolean liveRound = reason.cause() == FirearmsHold.Cause.LIVE_ROUND_FOUND;
    boolean incident = reason.cause() == FirearmsHold.Cause.INCIDENT;
    String source = liveRound
        ? "California Labor Code §9155; industry safety bulletin #1"
        : incident
        ? "evidence kept as it was for the investigation; ISO 45001 10.2"
        : "a stand-down after a discharge; industry safety bulletin #1";
    Said why = Said.of("reason.hold-cause." + reason.cause().name());
    return Optional.of(new Refusal(RULE, "Firearms are on hold: " + reason.inWords()
        + ". Nothing is loaded or issued until the " + awaited + " clear it in writing (" + source + ").")
        .saying("reason." + RULE + (liveRound ? ".live-round" : incident ? ".incident" : ".discharge"),
            reason.where() == null ? why : Said.of("reason.hold-cause.where", why, reason.where()),
            RoleWords.said(clearers)));
  }
}
