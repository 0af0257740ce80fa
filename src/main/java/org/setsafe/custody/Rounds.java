package org.setsafe.custody;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.CustodyBoard.CountMismatch;
import org.setsafe.custody.CustodyBoard.LotStatus;
import org.setsafe.custody.CustodyDesk.Caller;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.custody.domain.ClosedDays;
import org.setsafe.custody.domain.CloseDay;
import org.setsafe.custody.domain.CustodyEvent;
import org.setsafe.custody.domain.CustodyEvents.DayClosed;
import org.setsafe.custody.domain.CustodyEvents.RoundCountMismatch;
import org.setsafe.custody.domain.CustodyEvents.RoundsCounted;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.custody.domain.CustodyStore.WeaponRecord;
import org.setsafe.custody.domain.DayCloseDecision;
import org.setsafe.custody.domain.DayCloseProtocol;
import org.setsafe.custody.domain.DaySnapshot;
import org.setsafe.custody.domain.LotBalance;
import org.setsafe.custody.domain.LotCommand;
import org.setsafe.custody.domain.LotDecision;
import org.setsafe.custody.domain.WeaponCustody;
import org.setsafe.custody.domain.WeaponState;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Schedule;
import org.setsafe.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lot's rounds after they were received, and the close of the shooting day at wrap (rule 6). The armorer
 * counts a lot whenever they check it, returns rounds to the supplier, transfers rounds in or out with the
 * counterpart named, quarantines a lot and re-inspects it (released or kept out of use): each a
 * {@link LotCommand} the lot protocol decides ({@link LotSteps}). At wrap the armorer counts every lot and
 * closes the day, as the {@link DayCloseProtocol} decides. A count that does not reconcile refuses the close (recorded) and raises
 * {@link RoundCountMismatch}, which stays open on the board until a later close reconciles.
 */
@Service
public class Rounds {

  /** One lot's result: the fact recorded and the lot's balance after it. */
  public record LotRecorded(UUID eventId, String kind, LotStatus lot) {}

  /** One lot at wrap: its balance and the count taken today, if any. */
  public record WrapLot(LotStatus lot, Integer countedToday, Instant countedAt) {}

  /**
   * What the armorer needs at wrap: today in the production's time zone, every lot with its count, the last
   * close, whether today is closed with nothing since, mismatches still open, and weapons not yet locked up.
   */
  public record WrapSheet(LocalDate day, List<WrapLot> lots, LocalDate lastClosedDay, Instant lastClosedAt,
      boolean closed, List<CountMismatch> openMismatches, int weaponsNotLockedUp) {}

  private final CustodyStore store;
  private final CustodyDesk desk;
  private final LotSteps lotSteps;
  private final CustodyAlerts alerts;
  private final Schedule schedule;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  /** Which rules guard the close of the day, in which order. */
  private final DayCloseProtocol dayClose = new DayCloseProtocol();

  Rounds(CustodyStore store, CustodyDesk desk, LotSteps lotSteps, CustodyAlerts alerts, Schedule schedule,
      ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.lotSteps = lotSteps;
    this.desk = desk;
    this.alerts = alerts;
    this.schedule = schedule;
    this.events = events;
    this.clock = clock;
  }

  // ---- a lot's rounds ----------------------------------------------------------------------------------

  /**
   * One step with a lot's rounds, decided by the lot protocol: a count (at any time; the count taken at wrap closes
   * the day), rounds returned to the supplier or transferred in or out with the counterpart named (rounds leave only
   * from the box; rounds in make the lot unusable until checked again), the lot taken out of use with why, or a
   * quarantined lot re-inspected and released or kept out of use. Rounds already in weapons are where they are.
   */
  @Transactional
  public LotRecorded take(UUID productionId, LotCommand command) {
    LotDecision decision = lotSteps.take(desk.caller(productionId), command);
    return new LotRecorded(decision.event().eventId(), decision.event().kind(), LotStatus.of(decision.after()));
  }

  // ---- the close of the day at wrap ----------------------------------------------------------------------

  /** Today's wrap: every lot with its balance and today's count, and whether the day is closed. */
  public WrapSheet wrap(UUID productionId) {
    Production production = desk.viewer(productionId);
    LocalDate day = schedule.today(production);
    List<CustodyEvent> history = store.productionEvents(productionId);
    Map<UUID, RoundsCounted> counts = DaySnapshot.countsOn(production.timeZone(), day, history);
    List<WrapLot> lots = store.lots(productionId).stream().map(lot -> {
      RoundsCounted count = counts.get(lot.id());
      return new WrapLot(LotStatus.of(LotBalance.of(lot, history)), count == null ? null : count.counted(),
          count == null ? null : count.occurredAt());
    }).toList();
    ClosedDays closed = ClosedDays.of(history);
    int notLockedUp = 0;
    for (WeaponRecord record : store.weapons(productionId)) {
      WeaponState state = WeaponCustody.of(record.weapon(), store.weaponEvents(productionId, record.weapon().id()))
          .state();
      if (state.out()) {
        notLockedUp++;
      }
    }
    return new WrapSheet(day, lots, closed.lastClose().map(DayClosed::day).orElse(null),
        closed.lastClose().map(DayClosed::occurredAt).orElse(null), closed.closedWithNothingSince(day),
        CountMismatch.of(closed), notLockedUp);
  }

  /**
   * The armorer closes the shooting day, as {@link DayCloseProtocol} decides on one snapshot read with the lots
   * locked: the counts given are recorded first (a lot may also have been counted earlier today), then every lot's
   * latest count of today must match its balance with no rounds left in weapons. A difference refuses the close,
   * recorded, and raises a {@link RoundCountMismatch}.
   */
  @Transactional
  public CustodyBoard.Recorded closeDay(UUID productionId, Map<UUID, Integer> counts) {
    Caller caller = desk.caller(productionId);
    List<AmmunitionLot> lots = store.lots(productionId);
    // Locked before the history is read: of two closes at once, the second sees what the first recorded.
    store.lockLots(productionId, lots.stream().map(AmmunitionLot::id).toList());
    Production production = caller.production();
    DaySnapshot on = new DaySnapshot(productionId, caller.userId(), caller.roles(), clock.instant(),
        production.timeZone(), schedule.today(production), lots, store.productionEvents(productionId));
    DayCloseDecision decision = dayClose.decide(new CloseDay(counts), on);
    if (decision.accepted()) {
      decision.counts().forEach(this::record);
      record(decision.closed());
      return CustodyBoard.Recorded.of(decision.closed(), null);
    }
    Refusal refusal = decision.refusal();
    switch (decision.refusedBy()) {
      case INPUT:
        throw CustodyDesk.invalid(refusal.field(), refusal);
      case WHERE_THE_DAY_STANDS:
        throw CustodyDesk.conflict(refusal.field(), refusal);
      case COUNT:
        decision.counts().forEach(this::record);
        alerts.raise(decision.mismatch());
        CustodyRefusedException refused = desk.refuse(caller, decision.action(), null, null, refusal);
        throw new CustodyRefusedException("counts", refusal, UUID.fromString(refused.refusalId()));
      case WHO:
        throw desk.refuse(caller, decision.action(), null, null, refusal);
      default:
        throw new IllegalStateException("no answer for a refusal by " + decision.refusedBy());
    }
  }

  /** Whether the wrap page offers these roles the close of the day, as the day-close protocol says. */
  public boolean mayCloseDay(Set<CrewRole> roles) {
    return dayClose.offered(roles);
  }

  private void record(CustodyEvent fact) {
    store.append(fact);
    events.publishEvent(fact);
  }
}
