package org.setsafe.staffing;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
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
    Caller caller = roles.require(productionId, StaffingRoles.SCHEDULERS, "schedule people onto a shooting day",
        "Only the UPM, the 1st AD or a producer schedules people onto a shooting day.");
    ShootingDay day = schedule.day(productionId, duty.dayId());
    CrewRole role = dutyNamed(duty);
    Member person = reads.crewMember(productionId, duty.personId());
    if (role == CrewRole.ARMORER && person.roles().stream().noneMatch(ARMORER_ROLES::contains)) {
      throw new InvalidInputException("duty", "Armorer", person.displayName() + " is not an armorer or property "
          + "master on this production; only they may be a dedicated armorer");
    }
    if (role != CrewRole.ARMORER && !person.roles().contains(role)) {
      throw new InvalidInputException("duty", "RoleHeld", person.displayName() + " does not hold the role "
          + role.label() + " on this production");
    }
    store.lockPerson(person.userId());
    List<Assignment> thatDate = Assignment.standing(store.rosterOfPerson(person.userId(), day.date()));
    if (thatDate.stream().anyMatch(a -> a.sameDayAndProductionAs(productionId, day.id()) && a.duty() == role)) {
      return reads.day(productionId, day.id());
    }
    Optional<Refusal> refusal = doubleBooked.check(productionId, day.id(), day.date(), person.displayName(), role,
        thatDate);
    if (refusal.isPresent()) {
      SchedulingRefused fact = new SchedulingRefused(UUID.randomUUID(), caller.id(), clock.instant(), productionId,
          day.id(), day.date(), person.userId(), role.name(), refusal.get().rule(), refusal.get().reason());
      refusals.record(fact);
      throw new RuleRefusedException("personId", refusal.get().rule(), refusal.get().reason(),
          fact.factId().toString());
    }
    Instant now = clock.instant();
    store.append(new RosterEntry(UUID.randomUUID(), productionId, day.id(), day.date(), person.userId(), role, true,
        caller.id(), now));
    events.publishEvent(new DutyScheduled(UUID.randomUUID(), caller.id(), now, productionId, day.id(), day.date(),
        person.userId(), role.name()));
    flags.raiseOn(productionId, day.date(), caller.id());
    return reads.day(productionId, day.id());
  }

  /** Releases a person from a duty on a shooting day; the earlier entry stays on record. */
  @Transactional
  public DayStaffing release(UUID productionId, DayDuty duty) {
    Caller caller = roles.require(productionId, StaffingRoles.SCHEDULERS, "release people from a shooting day",
        "Only the UPM, the 1st AD or a producer releases people from a shooting day.");
    ShootingDay day = schedule.day(productionId, duty.dayId());
    CrewRole role = dutyNamed(duty);
    Member person = reads.crewMember(productionId, duty.personId());
    store.lockPerson(person.userId());
    boolean onIt = Assignment.standing(store.rosterOf(productionId, day.id())).stream()
        .anyMatch(a -> a.personId().equals(person.userId()) && a.duty() == role);
    if (!onIt) {
      throw new ConflictException("duty", "OnDuty", person.displayName() + " is not on duty as " + role.label()
          + " on " + day.date());
    }
    Instant now = clock.instant();
    store.append(new RosterEntry(UUID.randomUUID(), productionId, day.id(), day.date(), person.userId(), role, false,
        caller.id(), now));
    events.publishEvent(new DutyReleased(UUID.randomUUID(), caller.id(), now, productionId, day.id(), day.date(),
        person.userId(), role.name()));
    flags.raiseOn(productionId, day.date(), caller.id());
    return reads.day(productionId, day.id());
  }

  private static CrewRole dutyNamed(DayDuty duty) {
    if (duty.duty() == null) {
      throw new InvalidInputException("duty", "Required", "duty names a crew role, e.g. ARMORER");
    }
    return duty.duty();
  }
}
