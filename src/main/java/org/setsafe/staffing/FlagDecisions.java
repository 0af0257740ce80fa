package org.setsafe.staffing;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.ConflictException;
import org.setsafe.staffing.StaffingEvents.FlagDecided;
import org.setsafe.staffing.StaffingRoles.Caller;
import org.setsafe.staffing.domain.StaffingStore;
import org.setsafe.staffing.domain.StaffingStore.Decision;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A producer or UPM records what they did about a rest or hours flag on a firearms scene (a relief armorer brought
 * in, hours cut, the scene moved): the flag then no longer holds the firearm back.
 */
@Service
public class FlagDecisions {

  private final StaffingStore store;
  private final StaffingRoles roles;
  private final FatigueFlags flags;
  private final FlagRaising raising;
  private final ShootingSchedule schedule;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  FlagDecisions(StaffingStore store, StaffingRoles roles, FatigueFlags flags, FlagRaising raising,
      ShootingSchedule schedule, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.roles = roles;
    this.flags = flags;
    this.raising = raising;
    this.schedule = schedule;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Flag decide(UUID productionId, DecideFlag decision) {
    Caller caller = roles.require(productionId, StaffingRoles.DECIDERS, "decide on a staffing flag",
        () -> new AccessRefusedException("Only a producer or the UPM records a decision on a rest or hours flag.")
            .saying("input.staffing.not-allowed.decide-flag"));
    DecideFlag.Checked checked = decision.checked();
    UUID sceneId = decision.sceneId();
    UUID personId = decision.personId();
    Scene scene = schedule.scene(productionId, sceneId);
    if (scene.shootingDayId() == null) {
      throw new ConflictException("sceneId", "Scheduled", "scene " + scene.number() + " is not on a shooting day")
          .saying("input.staffing.flag.scene-not-scheduled", scene.number());
    }
    ShootingDay day = schedule.day(productionId, scene.shootingDayId());
    raising.raiseOn(productionId, day.date(), caller.id());
    Flag flag = flags.onDay(productionId, day).stream().filter(f -> f.is(sceneId, personId, checked.kind()))
        .findFirst().orElseThrow(() -> new ConflictException("kind", "Flagged", "scene " + scene.number()
            + " has no such flag now; nothing to decide").saying("input.staffing.flag.none", scene.number()));
    String role = caller.onSet().holds(CrewRole.PRODUCER) || !caller.onSet().onCrew() ? CrewRole.PRODUCER.name()
        : CrewRole.UPM.name();
    Instant now = clock.instant();
    store.append(new Decision(UUID.randomUUID(), productionId, sceneId, day.date(), personId, checked.kind(),
        checked.decision(), caller.id(), role, now));
    events.publishEvent(new FlagDecided(UUID.randomUUID(), caller.id(), now, productionId, sceneId, day.date(),
        personId, checked.kind().code(), checked.decision(), role));
    return flags.onDay(productionId, day).stream().filter(f -> f.is(sceneId, personId, checked.kind()))
        .findFirst().orElse(flag);
  }
}
