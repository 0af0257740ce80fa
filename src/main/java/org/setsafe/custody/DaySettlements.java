package org.setsafe.custody;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.custody.CustodyDesk.Caller;
import org.setsafe.custody.domain.CustodyAction;
import org.setsafe.custody.domain.CustodyEvents.DaySettled;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.custody.domain.SettledDayBeforeLoadPolicy;
import org.setsafe.custody.domain.UnsettledDays;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earlier shooting days whose rounds are not accounted for (not closed at wrap, or the count did not reconcile),
 * and their settlement: the armorer and the safety advisor each write what happened to the rounds. Until both have,
 * no weapon is loaded (see {@link Custody#load}).
 */
@Service
public class DaySettlements {

  private final CustodyStore store;
  private final CustodyDesk desk;
  private final CustodyHolds holds;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DaySettlements(CustodyStore store, CustodyDesk desk, CustodyHolds holds, ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.desk = desk;
    this.holds = holds;
    this.events = events;
    this.clock = clock;
  }

  /** Earlier days not settled, oldest first; anyone on the production may read them. */
  public List<CustodyBoard.DayNotSettled> notSettled(UUID productionId) {
    Production production = desk.viewer(productionId);
    return holds.unsettledDays(production).stream().map(CustodyBoard.DayNotSettled::of).toList();
  }

  /**
   * The armorer (or property master) or the safety advisor settles the day in writing, each from their own
   * session; the loads wait for both.
   */
  @Transactional
  public CustodyBoard.Recorded settle(UUID productionId, LocalDate day, String finding) {
    Caller caller = desk.caller(productionId);
    if (day == null) {
      throw new InvalidInputException("day", "NotNull", "say which day is settled")
          .saying("input.custody.settle-day.which-day");
    }
    store.lockFirearms(productionId);
    UnsettledDays.Day unsettled = holds.unsettledDays(caller.production()).stream()
        .filter(d -> d.day().equals(day)).findFirst()
        .orElseThrow(() -> new ConflictException("day", "Settled", day + " has nothing to settle: it was closed at "
            + "wrap, already settled, or no rounds went into weapons that day")
            .saying("input.custody.settle-day.nothing", day.toString()));
    CrewRole as = caller.roles().contains(CrewRole.SAFETY_ADVISOR) ? CrewRole.SAFETY_ADVISOR
        : caller.roles().contains(CrewRole.ARMORER) ? CrewRole.ARMORER
        : caller.roles().contains(CrewRole.PROPERTY_MASTER) ? CrewRole.PROPERTY_MASTER : null;
    if (as == null) {
      throw desk.refuse(caller, CustodyAction.SETTLE_DAY, null, null, new Refusal(SettledDayBeforeLoadPolicy.RULE,
          "A shooting day whose rounds are not accounted for is settled by the armorer and the safety advisor, "
              + "each in writing.").saying("reason." + SettledDayBeforeLoadPolicy.RULE + ".who-settles"));
    }
    CrewRole side = as == CrewRole.PROPERTY_MASTER ? CrewRole.ARMORER : as;
    if (!unsettled.awaited().contains(side)) {
      throw new ConflictException("day", "Unique", "the " + side.label().toLowerCase() + " has already settled "
          + day).saying("input.custody.settle-day.already", Said.of("reason.role." + side.name()), day.toString());
    }
    DaySettled event = new DaySettled(UUID.randomUUID(), productionId, caller.userId(), clock.instant(), day, as,
        finding);
    store.append(event);
    events.publishEvent(event);
    return CustodyBoard.Recorded.of(event, null);
  }
}
