package org.setsafe.custody;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.custody.domain.ClosedDays;
import org.setsafe.custody.domain.CustodyEvent;
import org.setsafe.custody.domain.CustodyEvents.DayNotReconciled;
import org.setsafe.custody.domain.CustodyEvents.LockUpGraceSet;
import org.setsafe.custody.domain.CustodyEvents.LockUpOverdue;
import org.setsafe.custody.domain.CustodyEvents.WeaponLeftUnattended;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.custody.domain.DayFindings;
import org.setsafe.custody.domain.CustodyStore.WeaponRecord;
import org.setsafe.custody.domain.LockUpGrace;
import org.setsafe.custody.domain.LotBalance;
import org.setsafe.custody.domain.LotDifference;
import org.setsafe.custody.domain.NeverUnattendedPolicy;
import org.setsafe.custody.domain.NeverUnattendedPolicy.Checkpoint;
import org.setsafe.custody.domain.UnattendedAlert;
import org.setsafe.custody.domain.WatchCheckpoint;
import org.setsafe.custody.domain.WeaponCustody;
import org.setsafe.custody.domain.WeaponEvent;
import org.setsafe.production.CrewList;
import org.setsafe.production.DayCheckpoint;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionEvents.MealBreakCalled;
import org.setsafe.production.ProductionEvents.WrapCalled;
import org.setsafe.production.Schedule;
import org.setsafe.shared.LocalTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Never unattended (rule 5) and wrap waits for the count (rule 6). At each meal break and wrap, as the 1st AD called
 * it or as planned while not called, every weapon not locked up, wherever it is, records a
 * {@link WeaponLeftUnattended}, and so does a weapon out of lock-up with no custody step for longer than the idle
 * limit. The armorer, the 1st AD and the safety advisor are told at once ({@link WatchNotices}). One still not
 * locked up when the lock-up grace runs out records a {@link LockUpOverdue}, from which reporting opens a hazard
 * report that escalates. At wrap, a round count still open or rounds still in weapons record a
 * {@link DayNotReconciled}; so does a day not closed by the end of the day (some hours after wrap).
 *
 * <p>Each checkpoint is judged on the records as they stood at that moment, so sweeping again, or after a restart,
 * finds the same and records nothing twice: what is already recorded is read back from the custody history, and
 * each fact's id is derived from what it is about, so the database refuses a second one even from two sweeps at once.
 */
@Component
public class UnattendedWatch {

  private static final Logger LOG = LoggerFactory.getLogger(UnattendedWatch.class);

  /** How far back a sweep looks for checkpoints and alerts it may have missed (SetSafe was down over lunch). */
  static final Duration LOOK_BACK = Duration.ofHours(24);

  private final CustodyStore store;
  private final CustodyDesk desk;
  private final Schedule schedule;
  private final CrewList crew;
  private final WatchNotices notices;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final NeverUnattendedPolicy neverUnattended;
  private final Duration lockUpGrace;
  private final Duration dayCloseWithin;

  UnattendedWatch(CustodyStore store, CustodyDesk desk, Schedule schedule, CrewList crew,
      WatchNotices notices, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
      @Value("${setsafe.custody.idle-limit:${setsafe.custody.out-limit:30m}}") Duration idleLimit,
      @Value("${setsafe.custody.lock-up-grace:10m}") Duration lockUpGrace,
      @Value("${setsafe.custody.day-close-within:2h}") Duration dayCloseWithin) {
    this.store = store;
    this.desk = desk;
    this.schedule = schedule;
    this.crew = crew;
    this.notices = notices;
    this.events = events;
    // Each production's sweep commits on its own, so one that loses a race (below) takes nothing else with it.
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.neverUnattended = new NeverUnattendedPolicy(idleLimit);
    if (lockUpGrace == null || lockUpGrace.isNegative() || lockUpGrace.isZero()) {
      throw new IllegalArgumentException("setsafe.custody.lock-up-grace must be positive");
    }
    if (dayCloseWithin == null || dayCloseWithin.isNegative()) {
      throw new IllegalArgumentException("setsafe.custody.day-close-within must not be negative");
    }
    this.lockUpGrace = lockUpGrace;
    this.dayCloseWithin = dayCloseWithin;
  }

  /** The installation's lock-up grace: a production may shorten it, never lengthen it. */
  public Duration installationLockUpGrace() {
    return lockUpGrace;
  }

  public Duration idleLimit() {
    return neverUnattended.idleLimit();
  }

  /** How long after wrap the armorer has to close the day before the watch raises it. */
  public Duration dayCloseWithin() {
    return dayCloseWithin;
  }

  /**
   * Checks every production with weapons: checkpoints due in the last day, weapons standing idle, alerts whose
   * grace ran out, and days whose wrap is long enough past to be closed.
   */
  @Scheduled(fixedDelayString = "${setsafe.custody.sweep-every:1m}", initialDelayString = "${setsafe.custody.sweep-every:1m}")
  public void sweep() {
    Instant now = clock.instant();
    Map<UUID, List<DayCheckpoint>> due = schedule.checkpointsBetween(now.minus(LOOK_BACK).minus(dayCloseWithin), now)
        .stream().collect(Collectors.groupingBy(DayCheckpoint::productionId));
    // A production with lots and no weapon still has days to close.
    Set<UUID> swept = new LinkedHashSet<>(store.productionsWithWeapons());
    swept.addAll(due.keySet());
    for (UUID productionId : swept) {
      sweep(productionId, due.getOrDefault(productionId, List.of()), now);
    }
  }

  /** The 1st AD called the meal break: the check runs at once, at the moment of the call. */
  @EventListener
  void mealBreakCalled(MealBreakCalled called) {
    sweepNow(new DayCheckpoint(called.productionId(), called.shootingDayId(), called.date(),
        DayCheckpoint.Kind.MEAL_BREAK, called.occurredAt(), true));
  }

  /** The 1st AD called wrap: the check runs at once, at the moment of the call. */
  @EventListener
  void wrapCalled(WrapCalled called) {
    sweepNow(new DayCheckpoint(called.productionId(), called.shootingDayId(), called.date(), DayCheckpoint.Kind.WRAP,
        called.occurredAt(), true));
  }

  /** Weapons found not locked up or idle, newest first; {@code since} null for all. */
  public List<WeaponLeftUnattended> alerts(UUID productionId, Instant since) {
    desk.viewer(productionId);
    return facts(productionId, WeaponLeftUnattended.class).stream()
        .filter(alert -> since == null || !alert.occurredAt().isBefore(since))
        .sorted(Comparator.comparing(WeaponLeftUnattended::occurredAt).reversed()).toList();
  }

  /** Weapons found not locked up or idle today, in the production's time zone, newest first. */
  public List<WeaponLeftUnattended> alertsToday(UUID productionId) {
    return alerts(productionId, startOfToday(desk.viewer(productionId)));
  }

  /** What the watch raised today, in the production's time zone: alerts, overdue lock-ups and days not reconciled. */
  public List<CustodyEvent> raisedToday(UUID productionId) {
    Production production = desk.viewer(productionId);
    Instant since = startOfToday(production);
    return store.factsOf(productionId, List.of(WeaponLeftUnattended.class, LockUpOverdue.class,
            DayNotReconciled.class)).stream().filter(fact -> !fact.occurredAt().isBefore(since))
        .sorted(Comparator.comparing(CustodyEvent::occurredAt).reversed()).toList();
  }

  private Instant startOfToday(Production production) {
    LocalDate today = schedule.today(production);
    return today.atStartOfDay(production.timeZone()).toInstant();
  }

  /** The checkpoint just called (at the exact moment of the call), and any other due on its production. */
  private void sweepNow(DayCheckpoint called) {
    Instant now = clock.instant();
    List<DayCheckpoint> due = new ArrayList<>(List.of(called));
    schedule.checkpointsBetween(now.minus(LOOK_BACK).minus(dayCloseWithin), now).stream()
        .filter(checkpoint -> checkpoint.productionId().equals(called.productionId()))
        .filter(checkpoint -> !(checkpoint.kind() == called.kind() && checkpoint.date().equals(called.date())))
        .forEach(due::add);
    sweep(called.productionId(), due, now.isBefore(called.at()) ? called.at() : now);
  }

  private void sweep(UUID productionId, List<DayCheckpoint> due, Instant now) {
    try {
      transaction.executeWithoutResult(status -> new Sweep(productionId, now).run(due));
    } catch (DuplicateKeyException e) {
      // Another sweep (another instance, or a call at the same moment) recorded the same fact first.
      LOG.info("unattended sweep of production {} met a fact recorded meanwhile; the next sweep sees it", productionId);
    }
  }

  /** One production's sweep at one moment, inside its own transaction. */
  private final class Sweep {

    private final UUID productionId;
    private final Instant now;
    private final Production production;
    private final List<WeaponRecord> register;
    private final Map<UUID, List<WeaponEvent>> histories;
    private final List<CustodyEvent> watchFacts;
    private final Set<UUID> known = new HashSet<>();
    /** Every custody fact of the production, read only when a day's close must be judged. */
    private List<CustodyEvent> productionEvents;

    Sweep(UUID productionId, Instant now) {
      this.productionId = productionId;
      this.now = now;
      this.production = crew.production(productionId);
      this.register = store.weapons(productionId);
      this.histories = register.stream().collect(Collectors.toMap(record -> record.weapon().id(),
          record -> store.weaponEvents(productionId, record.weapon().id())));
      this.watchFacts = new ArrayList<>(store.factsOf(productionId, List.of(WeaponLeftUnattended.class,
          LockUpOverdue.class, DayNotReconciled.class, LockUpGraceSet.class)));
      watchFacts.forEach(fact -> known.add(fact.eventId()));
    }

    void run(List<DayCheckpoint> due) {
      for (DayCheckpoint checkpoint : due) {
        if (!checkpoint.at().isAfter(now) && !checkpoint.at().isBefore(now.minus(LOOK_BACK))) {
          atCheckpoint(checkpoint);
        }
      }
      idle();
      overdue();
      for (DayCheckpoint checkpoint : due) {
        if (checkpoint.kind() == DayCheckpoint.Kind.WRAP && !checkpoint.at().plus(dayCloseWithin).isAfter(now)) {
          dayEnd(checkpoint);
        }
      }
    }

    /** Every weapon not locked up at the checkpoint, and at wrap the count. */
    private void atCheckpoint(DayCheckpoint checkpoint) {
      String name = name(checkpoint);
      for (UnattendedAlert alert : neverUnattended.at(kind(checkpoint), custodyAt(checkpoint.at()))) {
        raise(new WeaponLeftUnattended(alertId(alert, name), productionId, null, now, alert.weaponId(),
            alert.holderId(), name, alert.reason(), alert.words()));
      }
      UUID wrapCheck = id("custody.day-not-reconciled", productionId, name);
      if (checkpoint.kind() == DayCheckpoint.Kind.WRAP && !known.contains(wrapCheck)) {
        DayFindings findings = countFindings(checkpoint.at());
        if (findings.any()) {
          raise(new DayNotReconciled(wrapCheck, productionId, null, now, checkpoint.date(), name,
              clip(findings.english()), findings));
        }
      }
    }

    /** Every weapon out of lock-up with nobody taking a step with it for longer than the idle limit. */
    private void idle() {
      for (UnattendedAlert alert : neverUnattended.idle(custodyAt(now), now)) {
        List<WeaponEvent> history = histories.get(alert.weaponId());
        String name = "idle:" + history.get(history.size() - 1).eventId();
        raise(new WeaponLeftUnattended(alertId(alert, name), productionId, null, now, alert.weaponId(),
            alert.holderId(), name, alert.reason(), alert.words()));
      }
    }

    /** Each alert of the last day whose grace ran out, judged on the weapon when the grace ran out. */
    private void overdue() {
      for (CustodyEvent fact : List.copyOf(watchFacts)) {
        if (!(fact instanceof WeaponLeftUnattended alert) || alert.occurredAt().isBefore(now.minus(LOOK_BACK))
            || !histories.containsKey(alert.weaponId())) {
          continue;
        }
        UUID overdueId = id("custody.lock-up-overdue", productionId, alert.eventId().toString());
        if (known.contains(overdueId)) {
          continue;
        }
        Duration grace = LockUpGrace.of(lockUpGrace, watchFacts, alert.occurredAt()).inForce();
        Instant graceEnds = alert.occurredAt().plus(grace);
        if (graceEnds.isAfter(now)) {
          continue;
        }
        WeaponRecord record = register.stream().filter(r -> r.weapon().id().equals(alert.weaponId())).findFirst()
            .orElseThrow();
        boolean idle = idleAlert(alert);
        WeaponCustody whenAlerted = idle ? custodyThrough(record, alert) : custodyAt(record, alert.occurredAt());
        Optional<UnattendedAlert> overdue = neverUnattended.overdue(whenAlerted, custodyAt(record, graceEnds), idle,
            grace);
        overdue.ifPresent(o -> raise(new LockUpOverdue(overdueId, productionId, null, now, o.weaponId(), o.holderId(),
            alert.eventId(), alert.checkpoint(), o.reason(), o.words())));
      }
    }

    /** The day must be closed by some hours after wrap: anything recorded since the last close is counted. */
    private void dayEnd(DayCheckpoint wrap) {
      String name = WatchCheckpoint.dayEnd(wrap.date());
      UUID fact = id("custody.day-not-reconciled", productionId, name);
      if (known.contains(fact)) {
        return;
      }
      Instant end = wrap.at().plus(dayCloseWithin);
      if (productionEvents == null) {
        productionEvents = store.productionEvents(productionId);
      }
      List<CustodyEvent> history = productionEvents.stream().filter(event -> !event.occurredAt().isAfter(end)).toList();
      ClosedDays days = ClosedDays.of(history);
      if (!days.openSinceLastClose() && days.openMismatches().isEmpty()) {
        return;
      }
      DayFindings findings = DayFindings.dayEnd(time(end), dayCloseWithin.toMinutes(), wrap.date(),
          days.openMismatches());
      raise(new DayNotReconciled(fact, productionId, null, now, wrap.date(), name, clip(findings.english()),
          findings));
    }

    /** Open mismatches and rounds still in weapons, as the records stood at that moment. */
    private DayFindings countFindings(Instant at) {
      List<CustodyEvent> closing = store.closingFacts(productionId).stream()
          .filter(event -> !event.occurredAt().isAfter(at)).toList();
      List<CustodyEvent> lotFacts = store.lotFacts(productionId).stream()
          .filter(event -> !event.occurredAt().isAfter(at)).toList();
      List<LotDifference> stillLoaded = new ArrayList<>();
      for (AmmunitionLot lot : store.lots(productionId)) {
        LotBalance balance = LotBalance.of(lot, lotFacts);
        if (balance.inWeapons() > 0) {
          stillLoaded.add(LotDifference.of(lot, LotDifference.Kind.STILL_LOADED, null, balance.inWeapons()));
        }
      }
      return DayFindings.atWrap(time(at), ClosedDays.of(closing).openMismatches(), stillLoaded);
    }

    private void raise(CustodyEvent fact) {
      if (known.add(fact.eventId())) {
        store.append(fact);
        watchFacts.add(fact);
        events.publishEvent(fact);
        notices.tell(production, fact);
      }
    }

    private UUID alertId(UnattendedAlert alert, String checkpoint) {
      return id("custody.weapon-left-unattended", productionId, alert.weaponId() + " " + checkpoint);
    }

    /** Where every weapon was at that moment: the same answer however late or often the sweep runs. */
    private List<WeaponCustody> custodyAt(Instant at) {
      return register.stream().map(record -> custodyAt(record, at)).toList();
    }

    private WeaponCustody custodyAt(WeaponRecord record, Instant at) {
      return WeaponCustody.of(record.weapon(), histories.get(record.weapon().id()).stream()
          .filter(e -> !e.occurredAt().isAfter(at)).toList());
    }

    /**
     * The weapon as it stood at the step an idle alert names ("idle:" and the step's event id): any step after that
     * one, even at the same moment as the alert, means someone attended to it.
     */
    private WeaponCustody custodyThrough(WeaponRecord record, WeaponLeftUnattended alert) {
      String step = alert.checkpoint().substring(alert.checkpoint().indexOf(':') + 1);
      List<WeaponEvent> history = histories.get(record.weapon().id());
      for (int i = 0; i < history.size(); i++) {
        if (history.get(i).eventId().toString().equals(step)) {
          return WeaponCustody.of(record.weapon(), history.subList(0, i + 1));
        }
      }
      return custodyAt(record, alert.occurredAt());
    }

    private String time(Instant at) {
      return LocalTimes.time(at, zone());
    }

    private ZoneId zone() {
      return production.timeZone();
    }
  }

  /** An alert about standing idle (or, before, out too long with a performer) rather than about a checkpoint. */
  public static boolean idleAlert(WeaponLeftUnattended alert) {
    return WatchCheckpoint.of(alert.checkpoint()).kind() == WatchCheckpoint.Kind.IDLE;
  }

  /**
   * A fact's id derived from what it is about, so the database's unique event id refuses a second one for the same
   * weapon and checkpoint even from two sweeps running at once.
   */
  private static UUID id(String kind, String about) {
    return UUID.nameUUIDFromBytes((kind + " " + about).getBytes(StandardCharsets.UTF_8));
  }

  private static UUID id(String kind, UUID productionId, String about) {
    return id(kind, productionId + " " + about);
  }

  /** The checkpoint as recorded: one per day for the meal break and for wrap. */
  static String name(DayCheckpoint checkpoint) {
    return checkpoint.kind() == DayCheckpoint.Kind.MEAL_BREAK ? WatchCheckpoint.mealBreak(checkpoint.date())
        : WatchCheckpoint.wrap(checkpoint.date());
  }

  private static Checkpoint kind(DayCheckpoint checkpoint) {
    return checkpoint.kind() == DayCheckpoint.Kind.MEAL_BREAK ? Checkpoint.MEAL_BREAK : Checkpoint.WRAP;
  }

  private static String clip(String text) {
    return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
  }

  private <T extends CustodyEvent> List<T> facts(UUID productionId, Class<T> kind) {
    return store.factsOf(productionId, List.of(kind)).stream().map(kind::cast).toList();
  }
}
