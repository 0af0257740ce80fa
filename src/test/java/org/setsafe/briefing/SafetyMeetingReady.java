package org.setsafe.briefing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.Crew;
import org.setsafe.ReadyToShoot;
import org.setsafe.custody.IssueGate.WeaponIssue;
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
 * The safety meeting's part of getting a scene ready for a firearm, done as the crew does it: unless a meeting held
 * today already covers the scene as it is now and the performer acknowledged it, the 1st AD (or the safety advisor)
 * opens one for the scene, the performer acknowledges it on their own phone, and it is recorded held.
 */
@Component
@Order(40)
class SafetyMeetingReady implements ReadyToShoot.Step {

  private final SafetyMeetings meetings;
  private final Productions productions;
  private final Schedule schedule;
  private final ObjectProvider<Crew> crew;

  SafetyMeetingReady(SafetyMeetings meetings, Productions productions, Schedule schedule, ObjectProvider<Crew> crew) {
    this.meetings = meetings;
    this.productions = productions;
    this.schedule = schedule;
    this.crew = crew;
  }

  @Override
  public void prepare(UUID productionId, UUID sceneId, UUID weaponId, UUID performerId) {
    if (performerId == null) {
      return;
    }
    List<Member> members = SystemActor.call(() -> productions.members(productionId));
    Member runner = runner(members).orElseThrow(() -> new IllegalStateException(
        "the production needs a 1st AD or a safety advisor to hold its safety meeting"));
    Optional<Member> performer = members.stream().filter(m -> m.userId().equals(performerId)).findFirst();
    if (performer.isEmpty()) {
      return; // custody refuses a weapon to someone not on the crew before any gate is asked
    }
    Crew people = crew.getObject();
    UUID meetingId = people.as(runner.username(), () -> {
      LocalDate today = meetings.today(productionId);
      Scene scene = schedule.scene(productionId, sceneId);
      boolean todays = scene.shootingDayId() != null
          && schedule.day(productionId, scene.shootingDayId()).date().equals(today);
      if (!todays) {
        return null; // custody refuses an issue for a scene not on today's call sheet for its own reason
      }
      WeaponIssue issue = new WeaponIssue(productionId, weaponId, "weapon", true, null, performerId, scene, today,
          null);
      if (meetings.check(issue).isEmpty()) {
        return null;
      }
      return meetings.open(productionId, Set.of(sceneId)).id();
    });
    if (meetingId == null) {
      return;
    }
    people.as(performer.get().username(), () -> meetings.acknowledge(productionId, meetingId, null));
    people.as(runner.username(), () -> meetings.hold(productionId, meetingId));
  }

  /** The 1st AD who is not also the armorer, else the safety advisor, else any 1st AD. */
  private static Optional<Member> runner(List<Member> members) {
    return members.stream().filter(m -> m.holds(CrewRole.FIRST_AD) || m.holds(CrewRole.SAFETY_ADVISOR))
        .min(Comparator.comparingInt(m -> m.holds(CrewRole.FIRST_AD) && !m.holds(CrewRole.ARMORER) ? 0
            : m.holds(CrewRole.SAFETY_ADVISOR) ? 1 : 2));
  }
}
