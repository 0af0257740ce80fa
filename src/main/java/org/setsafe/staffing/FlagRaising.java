package org.setsafe.staffing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.staffing.StaffingEvents.RestShort;
import org.setsafe.staffing.StaffingEvents.WeeklyHoursExceeded;
import org.setsafe.staffing.domain.FlagKind;
import org.setsafe.staffing.domain.StaffingStore;
import org.setsafe.staffing.domain.StaffingStore.RaisedFlag;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records, once each, the flags standing now on a production's firearms scenes of a date, after anything that can
 * change them: the roster, hours, the limits, the schedule. Reads as no one in particular: hours recorded on one
 * production raise flags on another the person is on.
 */
@Component
class FlagRaising {

  private final StaffingStore store;
  private final ShootingSchedule schedule;
  private final FatigueFlags flags;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  FlagRaising(StaffingStore store, ShootingSchedule schedule, FatigueFlags flags, ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.schedule = schedule;
    this.flags = flags;
    this.events = events;
    this.clock = clock;
  }

  /** Raises the flags standing now on the production's shooting day on {@code date}; {@code actor} changed them. */
  void raiseOn(UUID productionId, LocalDate date, UUID actor) {
    List<Flag> standing = schedule.dayOn(productionId, date).map(day -> flags.onDay(productionId, day))
        .orElse(List.of());
    for (Flag flag : standing) {
      Instant now = clock.instant();
      RaisedFlag raised = new RaisedFlag(UUID.randomUUID(), productionId, flag.sceneId(), flag.date(),
          flag.personId(), flag.kind(), flag.detail(), now);
      if (store.raiseOnce(raised)) {
        events.publishEvent(flag.kind() == FlagKind.REST_SHORT
            ? new RestShort(UUID.randomUUID(), actor, now, productionId, flag.sceneId(), flag.date(), flag.personId(),
                flag.detail())
            : new WeeklyHoursExceeded(UUID.randomUUID(), actor, now, productionId, flag.sceneId(), flag.date(),
                flag.personId(), flag.detail()));
      }
    }
  }

  /** Raises the flags standing now on the scene's day, when the schedule changed under the staffing. */
  void raiseForScene(UUID productionId, UUID sceneId, UUID actor) {
    Scene scene = schedule.scene(productionId, sceneId);
    if (scene.shootingDayId() != null) {
      raiseOn(productionId, schedule.day(productionId, scene.shootingDayId()).date(), actor);
    }
  }
}
