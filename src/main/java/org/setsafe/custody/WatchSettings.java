package org.setsafe.custody;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.CustodyDesk.Caller;
import org.setsafe.custody.domain.CustodyAction;
import org.setsafe.custody.domain.CustodyEvents.LockUpGraceSet;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.custody.domain.LockUpGrace;
import org.setsafe.custody.domain.NeverUnattendedPolicy;
import org.setsafe.shared.Refusal;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The watch's limits on one production: the lock-up grace (the installation's, or the production's own when
 * shorter; a producer, UPM or the safety advisor sets it, anyone else is refused and the refusal recorded), the
 * idle limit and how long after wrap the day must be closed (the installation's).
 */
@Service
public class WatchSettings {

  /** Who may shorten the grace: those who answer for the production's safety. */
  static final Set<CrewRole> SETTERS = EnumSet.of(CrewRole.PRODUCER, CrewRole.UPM, CrewRole.SAFETY_ADVISOR);

  /** The limits in force now, in whole minutes; the production's own grace and who set it, if it has one. */
  public record Limits(long lockUpGraceMinutes, long installationLockUpGraceMinutes, Integer productionLockUpGraceMinutes,
      UUID setBy, Instant setAt, long idleLimitMinutes, long dayCloseWithinMinutes) {}

  private final CustodyStore store;
  private final CustodyDesk desk;
  private final UnattendedWatch watch;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  WatchSettings(CustodyStore store, CustodyDesk desk, UnattendedWatch watch, ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.desk = desk;
    this.watch = watch;
    this.events = events;
    this.clock = clock;
  }

  public Limits limits(UUID productionId) {
    desk.viewer(productionId);
    return limitsNow(productionId);
  }

  /**
   * Sets the production's lock-up grace in minutes, 1 up to the installation's; null goes back to the
   * installation's. Only a producer, UPM or the safety advisor; anyone else is refused and the refusal recorded.
   */
  @Transactional
  public Limits setLockUpGrace(UUID productionId, Integer minutes) {
    Caller caller = desk.caller(productionId);
    desk.check(caller, CustodyAction.SET_WATCH, null, null, () -> caller.roles().stream().anyMatch(SETTERS::contains)
        ? Optional.empty()
        : Optional.of(new Refusal(NeverUnattendedPolicy.RULE, "Only a producer, a UPM or the safety "
            + "advisor sets how long a weapon may stay out of lock-up after the meal break or wrap is called.")
            .saying("reason." + NeverUnattendedPolicy.RULE + ".who-sets")));
    long max = watch.installationLockUpGrace().toMinutes();
    if (minutes != null && (minutes < 1 || minutes > max)) {
      throw new InvalidInputException("lockUpGraceMinutes", "Range", "the lock-up grace is 1 to " + max
          + " minutes: a production may shorten the installation's, never lengthen it")
          .saying("input.custody.lock-up-grace.range", String.valueOf(max));
    }
    LockUpGraceSet set = new LockUpGraceSet(UUID.randomUUID(), productionId, caller.userId(), clock.instant(), minutes);
    store.append(set);
    events.publishEvent(set);
    return limitsNow(productionId);
  }

  private Limits limitsNow(UUID productionId) {
    LockUpGrace grace = LockUpGrace.of(watch.installationLockUpGrace(),
        store.factsOf(productionId, List.of(LockUpGraceSet.class)), null);
    return new Limits(grace.inForce().toMinutes(), grace.maxMinutes(), grace.productionMinutes(), grace.setBy(),
        grace.setAt(), watch.idleLimit().toMinutes(), watch.dayCloseWithin().toMinutes());
  }
}
