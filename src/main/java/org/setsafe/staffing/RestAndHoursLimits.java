package org.setsafe.staffing;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.staffing.StaffingEvents.RulesSet;
import org.setsafe.staffing.StaffingRoles.Caller;
import org.setsafe.staffing.domain.StaffingRules;
import org.setsafe.staffing.domain.StaffingStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A producer or UPM sets the production's minimum rest between days and its weekly hours limit; every shooting
 * day's flags are raised again against the new limits.
 */
@Service
public class RestAndHoursLimits {

  private final StaffingStore store;
  private final StaffingRoles roles;
  private final FlagRaising flags;
  private final ShootingSchedule schedule;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RestAndHoursLimits(StaffingStore store, StaffingRoles roles, FlagRaising flags, ShootingSchedule schedule,
      ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.roles = roles;
    this.flags = flags;
    this.schedule = schedule;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Rules set(UUID productionId, SetRules limits) {
    Caller caller = roles.require(productionId, StaffingRoles.DECIDERS, "set the staffing rules",
        () -> new AccessRefusedException("Only a producer or the UPM sets the production's rest and hours limits.")
            .saying("input.staffing.not-allowed.set-limits"));
    StaffingRules rules = limits.rules();
    Instant now = clock.instant();
    store.appendRules(UUID.randomUUID(), productionId, rules, caller.id(), now);
    events.publishEvent(new RulesSet(UUID.randomUUID(), caller.id(), now, productionId, limits.minRestHours() * 60,
        limits.weeklyHoursLimit() * 60));
    for (ShootingDay day : schedule.days(productionId)) {
      flags.raiseOn(productionId, day.date(), caller.id());
    }
    return Rules.of(rules, false);
  }
}
