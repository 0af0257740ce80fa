package org.setsafe.staffing;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.RefusalRecorder;
import org.setsafe.shared.RuleRefusedException;
import org.setsafe.staffing.StaffingEvents.DutyReleased;
import org.setsafe.staffing.StaffingEvents.DutyScheduled;
import org.setsafe.staffing.StaffingEvents.SchedulingRefused;
import org.setsafe.staffing.StaffingRoles.Caller;
import org.setsafe.staffing.domain.ArmorerDoubleBookedPolicy;
import org.setsafe.staffing.domain.Assignment;
import org.setsafe.staffing.domain.RosterEntry;
import org.setsafe.staffing.domain.StaffingStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on which duty each shooting day. The UPM, 1st AD or a producer schedules people onto a day's duties: a
 * dedicated armorer on every firearms day, who holds no other duty that day here or elsewhere (California Labor
 * Code §9153(a)(3)); a refused booking is recorded. Releasing someone keeps the earlier entry on record.
 */
@Service
public class Roster {

  static final Set<CrewRole> ARMORER_ROLES = EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER);

  private final StaffingStore store;
  private final StaffingRoles roles;
  private final StaffingReads reads;
  private final FlagRaising flags;
  private final RefusalRecorder refusals;
  private final ShootingSchedule schedule;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ArmorerDoubleBookedPolicy doubleBooked = new ArmorerDoubleBookedPolicy();

  Roster(StaffingStore store, StaffingRoles roles, StaffingReads reads, FlagRaising flags, RefusalRecorder refusals,
      ShootingSchedule schedule, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.roles = roles;
    this.reads = reads;
    this.flags = flags;
    this.refusals = refusals;
    this.schedule = schedule;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Puts a person on a duty on a shooting day. ARMORER makes them the day's dedicated armorer and needs an armorer
   * or property master; any other duty is a role they hold. Asking again for a duty they already hold changes
   * nothing.
   */
  @Transactional
  public DayStaffing schedule(UUID productionId, DayDuty duty) {
    RosterStep step = step(productionId, duty, "schedule people onto a shooting day",
        () -> new AccessRefusedException("Only the UPM, the 1st AD or a producer schedules people onto a shooting day.")
            .saying("input.staffing.not-allowed.schedule"));
    Member person = step.person();
    if (step.duty() == CrewRole.ARMORER && person.roles().stream().noneMatch(ARMORER_ROLES::contains)) {
      throw new InvalidInputException("duty", "Armorer", person.displayName() + " is not an armorer or property "
          + "master on this production; only they may be a dedicated armorer")
          .saying("input.staffing.duty.not-an-armorer", person.displayName());
    }
    if (step.duty() != CrewRole.ARMORER && !person.roles().contains(step.duty())) {
      throw new InvalidInputException("duty", "RoleHeld", person.displayName() + " does not hold the role "
          + step.duty().label() + " on this production")
          .saying("input.staffing.duty.role-not-held", person.displayName(), step.duty().said());
    }
    ShootingDay day = step.day();
    store.lockPerson(person.userId());
    List<Assignment> thatDate = Assignment.standing(store.rosterOfPerson(person.userId(), day.date()));
    if (thatDate.stream().anyMatch(a -> a.sameDayAndProductionAs(productionId, day.id()) && a.duty() == step.duty())) {
      return reads.day(productionId, day.id());
    }
    Optional<Refusal> refusal = doubleBooked.check(productionId, day.id(), day.date(), person.displayName(),
        step.duty(), thatDate);
    if (refusal.isPresent()) {
      SchedulingRefused fact = new SchedulingRefused(UUID.randomUUID(), step.caller().id(), clock.instant(),
          productionId, day.id(), day.date(), person.userId(), step.duty().name(), refusal.get().rule(),
          refusal.get().reason());
      refusals.record(fact);
      throw new RuleRefusedException("personId", refusal.get(), fact.factId().toString());
    }
    return enter(productionId, step, true);
  }

  /** Releases a person from a duty on a shooting day; the earlier entry stays on record. */
  @Transactional
  public DayStaffing release(UUID productionId, DayDuty duty) {
    RosterStep step = step(productionId, duty, "release people from a shooting day",
        () -> new AccessRefusedException("Only the UPM, the 1st AD or a producer releases people from a shooting day.")
            .saying("input.staffing.not-allowed.release"));
    store.lockPerson(step.person().userId());
    boolean onIt = Assignment.standing(store.rosterOf(productionId, step.day().id())).stream()
        .anyMatch(a -> a.personId().equals(step.person().userId()) && a.duty() == step.duty());
    if (!onIt) {
      throw new ConflictException("duty", "OnDuty", step.person().displayName() + " is not on duty as "
          + step.duty().label() + " on " + step.day().date()).saying("input.staffing.duty.not-on-duty",
          step.person().displayName(), step.duty().said(), String.valueOf(step.day().date()));
    }
    return enter(productionId, step, false);
  }

  /** Who asks, on which day, about whom and which duty: checked in that order, the caller first. */
  private record RosterStep(Caller caller, ShootingDay day, Member person, CrewRole duty) {}

  private RosterStep step(UUID productionId, DayDuty duty, String what, Supplier<AccessRefusedException> refusal) {
    Caller caller = roles.require(productionId, StaffingRoles.SCHEDULERS, what, refusal);
    ShootingDay day = schedule.day(productionId, duty.dayId());
    if (duty.duty() == null) {
      throw new InvalidInputException("duty", "Required", "duty names a crew role, e.g. ARMORER")
          .saying("input.staffing.duty.required");
    }
    return new RosterStep(caller, day, reads.crewMember(productionId, duty.personId()), duty.duty());
  }

  /** Records the person on or off the duty, says so, and raises the day's flags again. */
  private DayStaffing enter(UUID productionId, RosterStep step, boolean onDuty) {
    ShootingDay day = step.day();
    UUID personId = step.person().userId();
    UUID actor = step.caller().id();
    Instant now = clock.instant();
    store.append(new RosterEntry(UUID.randomUUID(), productionId, day.id(), day.date(), personId, step.duty(), onDuty,
        actor, now));
    events.publishEvent(onDuty
        ? new DutyScheduled(UUID.randomUUID(), actor, now, productionId, day.id(), day.date(), personId,
            step.duty().name())
        : new DutyReleased(UUID.randomUUID(), actor, now, productionId, day.id(), day.date(), personId,
            step.duty().name()));
    flags.raiseOn(productionId, day.date(), actor);
    return reads.day(productionId, day.id());
  }
}
