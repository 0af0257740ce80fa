package org.setsafe.custody;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.custody.domain.CustodyEvents.WeaponLeftUnattended;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.custody.domain.CustodyStore.WeaponRecord;
import org.setsafe.custody.domain.NeverUnattendedPolicy;
import org.setsafe.custody.domain.NeverUnattendedPolicy.Checkpoint;
import org.setsafe.custody.domain.UnattendedAlert;
import org.setsafe.custody.domain.WeaponCustody;
import org.setsafe.custody.domain.WeaponEvent;
import org.setsafe.production.DayCheckpoint;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionEvents.MealBreakCalled;
import org.setsafe.production.ProductionEvents.WrapCalled;
import org.setsafe.production.Schedule;
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
 * Never unattended (rule 5): at each meal break and wrap, as the 1st AD called it or as planned while not called,
 * every weapon must be locked up or with the armorer; and none stays out with a performer longer than the limit.
 * A weapon that is not records one {@link WeaponLeftUnattended} per checkpoint, by the system, for the armorer, the
 * 1st AD and (through reporting) whoever must act. A checkpoint is judged on where the weapons were at that moment,
 * so sweeping again, or after a restart, finds the same and records nothing twice: what is already recorded is
 * read back from the custody history.
 */
@Component
public class UnattendedWatch {

  private static final Logger LOG = LoggerFactory.getLogger(UnattendedWatch.class);

  /** How far back a sweep looks for checkpoints it may have missed (SetSafe was down over lunch). */
  static final Duration LOOK_BACK = Duration.ofHours(24);

  private final CustodyStore store;
  private final CustodyDesk desk;
  private final Schedule schedule;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final NeverUnattendedPolicy neverUnattended;

  UnattendedWatch(CustodyStore store, CustodyDesk desk, Schedule schedule, ApplicationEventPublisher events,
      PlatformTransactionManager transactions, Clock clock,
      @Value("${setsafe.custody.out-limit:30m}") Duration outLimit) {
    this.store = store;
    this.desk = desk;
    this.schedule = schedule;
    this.events = events;
    // Each production's sweep commits on its own, so one that loses a race (below) takes nothing else with it.
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.neverUnattended = new NeverUnattendedPolicy(outLimit);
  }

  /** Checks every production with weapons at every checkpoint due in the last day, and for weapons out too long. */
  @Scheduled(fixedDelayString = "${setsafe.custody.sweep-every:1m}", initialDelayString = "${setsafe.custody.sweep-every:1m}")
  public void sweep() {
    Instant now = clock.instant();
    Map<UUID, List<DayCheckpoint>> due = schedule.checkpointsBetween(now.minus(LOOK_BACK), now).stream()
        .collect(Collectors.groupingBy(DayCheckpoint::productionId));
    for (UUID productionId : store.productionsWithWeapons()) {
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

  /** Weapons found unattended on the production, newest first; {@code since} null for all. */
  public List<WeaponLeftUnattended> alerts(UUID productionId, Instant since) {
    desk.viewer(productionId);
    return recorded(productionId).stream().filter(alert -> since == null || !alert.occurredAt().isBefore(since))
        .sorted(Comparator.comparing(WeaponLeftUnattended::occurredAt).reversed()).toList();
  }

  /** Weapons found unattended today, in the production's time zone, newest first. */
  public List<WeaponLeftUnattended> alertsToday(UUID productionId) {
    Production production = desk.viewer(productionId);
    LocalDate today = schedule.today(production);
    return alerts(productionId, today.atStartOfDay(production.timeZone()).toInstant());
  }

  /** The checkpoint just called (at the exact moment of the call), and any other due on its production. */
  private void sweepNow(DayCheckpoint called) {
    Instant now = clock.instant();
    List<DayCheckpoint> due = new ArrayList<>(List.of(called));
    schedule.checkpointsBetween(now.minus(LOOK_BACK), now).stream()
        .filter(checkpoint -> checkpoint.productionId().equals(called.productionId())).forEach(due::add);
    sweep(called.productionId(), due, now.isBefore(called.at()) ? called.at() : now);
  }

  private void sweep(UUID productionId, List<DayCheckpoint> due, Instant now) {
    try {
      record(productionId, due, now);
    } catch (DuplicateKeyException e) {
      // Another sweep (another instance, or a call at the same moment) recorded the same alert first.
      LOG.info("unattended sweep of production {} met an alert recorded meanwhile; the next sweep sees it", productionId);
    }
  }

  private void record(UUID productionId, List<DayCheckpoint> due, Instant now) {
    transaction.executeWithoutResult(status -> {
      List<WeaponRecord> register = store.weapons(productionId);
      Map<UUID, List<WeaponEvent>> histories = register.stream().collect(Collectors.toMap(
          record -> record.weapon().id(), record -> store.weaponEvents(productionId, record.weapon().id())));
      Set<String> known = new HashSet<>();
      recorded(productionId).forEach(alert -> known.add(key(alert.weaponId(), alert.checkpoint())));
      List<WeaponLeftUnattended> found = new ArrayList<>();
      for (DayCheckpoint checkpoint : due) {
        // Where every weapon was at that moment: the same answer however late or often the sweep runs.
        List<WeaponCustody> then = register.stream().map(record -> WeaponCustody.of(record.weapon(),
            histories.get(record.weapon().id()).stream().filter(e -> !e.occurredAt().isAfter(checkpoint.at())).toList()))
            .toList();
        String name = name(checkpoint);
        for (UnattendedAlert alert : neverUnattended.at(checkpoint(checkpoint), then)) {
          found.add(fact(productionId, alert, name, now));
        }
      }
      List<WeaponCustody> current = register.stream()
          .map(record -> WeaponCustody.of(record.weapon(), histories.get(record.weapon().id()))).toList();
      for (UnattendedAlert alert : neverUnattended.outTooLong(current, now)) {
        WeaponCustody weapon = current.stream().filter(w -> w.weaponId().equals(alert.weaponId())).findFirst().orElseThrow();
        String name = "out-too-long:" + weapon.issue().orElseThrow().eventId();
        found.add(fact(productionId, alert, name, now));
      }
      for (WeaponLeftUnattended fact : found) {
        if (known.add(key(fact.weaponId(), fact.checkpoint()))) {
          store.append(fact);
          events.publishEvent(fact);
        }
      }
    });
  }

  private List<WeaponLeftUnattended> recorded(UUID productionId) {
    return store.factsOf(productionId, List.of(WeaponLeftUnattended.class)).stream()
        .map(WeaponLeftUnattended.class::cast).toList();
  }

  /**
   * The event id is derived from the production, weapon and checkpoint, so the database's unique event id refuses
   * a second alert for the same weapon and checkpoint even from two sweeps running at once.
   */
  private static WeaponLeftUnattended fact(UUID productionId, UnattendedAlert alert, String checkpoint, Instant now) {
    UUID eventId = UUID.nameUUIDFromBytes(("custody.weapon-left-unattended " + productionId + " " + alert.weaponId()
        + " " + checkpoint).getBytes(StandardCharsets.UTF_8));
    return new WeaponLeftUnattended(eventId, productionId, null, now, alert.weaponId(), alert.holderId(),
        checkpoint, alert.reason());
  }

  /** The checkpoint as recorded: one per day for the meal break and for wrap, one per issue for out too long. */
  static String name(DayCheckpoint checkpoint) {
    return (checkpoint.kind() == DayCheckpoint.Kind.MEAL_BREAK ? "meal-break:" : "wrap:") + checkpoint.date();
  }

  private static Checkpoint checkpoint(DayCheckpoint checkpoint) {
    return checkpoint.kind() == DayCheckpoint.Kind.MEAL_BREAK ? Checkpoint.MEAL_BREAK : Checkpoint.WRAP;
  }

  private static String key(UUID weaponId, String checkpoint) {
    return weaponId + " " + checkpoint;
  }
}
