package org.setsafe.staffing;

import java.util.List;
import java.util.UUID;
import org.setsafe.Crew;
import org.setsafe.ReadyToShoot;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Staffing's part of getting a scene ready: the UPM (or the 1st AD) schedules every armorer and property master of
 * the production as a dedicated armorer on the scene's day, as the crew would before a firearms day. Someone
 * already scheduled is left as they are, so calling it again changes nothing.
 */
@Component
@Order(30)
class DedicatedArmorerStep implements ReadyToShoot.Step {

  // Crew runs every step (through ReadyToShoot), so it is looked up when needed, not injected.
  private final ObjectProvider<Crew> crew;
  private final Productions productions;
  private final Schedule schedule;
  private final Roster roster;
  private final StaffingReads reads;

  DedicatedArmorerStep(ObjectProvider<Crew> crew, Productions productions, Schedule schedule, Roster roster,
      StaffingReads reads) {
    this.crew = crew;
    this.productions = productions;
    this.schedule = schedule;
    this.roster = roster;
    this.reads = reads;
  }

  @Override
  public void prepare(UUID productionId, UUID sceneId, UUID weaponId, UUID performerId) {
    List<Member> members = SystemActor.call(() -> productions.members(productionId));
    Scene scene = SystemActor.call(() -> schedule.scene(productionId, sceneId));
    if (scene.shootingDayId() == null) {
      return;
    }
    Member scheduler = members.stream().filter(m -> m.holds(CrewRole.UPM)).findFirst()
        .or(() -> members.stream().filter(m -> m.holds(CrewRole.FIRST_AD)).findFirst())
        .orElseThrow(() -> new IllegalStateException("the production needs a UPM or 1st AD to schedule its armorer"));
    for (Member armorer : members) {
      if ((armorer.holds(CrewRole.ARMORER) || armorer.holds(CrewRole.PROPERTY_MASTER))
          && !SystemActor.call(() -> reads.dedicatedArmorerOn(productionId,
              schedule.day(productionId, scene.shootingDayId()).date(), armorer.userId()))) {
        crew.getObject().as(scheduler.username(), () -> roster.schedule(productionId,
            new DayDuty(scene.shootingDayId(), armorer.userId(), CrewRole.ARMORER)));
      }
    }
  }
}
