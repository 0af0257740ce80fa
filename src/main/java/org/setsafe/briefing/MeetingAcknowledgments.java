package org.setsafe.briefing;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.setsafe.briefing.domain.MeetingStore;
import org.setsafe.production.CrewList;
import org.setsafe.production.ShootingSchedule;
import org.springframework.stereotype.Component;

/**
 * Who acknowledged today's safety meeting for a scene: a change to what the meeting read out for it (its weapon
 * plan, its assessment) lapses their acknowledgment, and they must hear so. Read without an access check, for the
 * listeners that tell them.
 */
@Component
public class MeetingAcknowledgments {

  private final MeetingStore store;
  private final ShootingSchedule schedule;
  private final CrewList crew;

  MeetingAcknowledgments(MeetingStore store, ShootingSchedule schedule, CrewList crew) {
    this.store = store;
    this.schedule = schedule;
    this.crew = crew;
  }

  /** The people who acknowledged a meeting held or open today that covered this scene. */
  public Set<UUID> acknowledgedToday(UUID productionId, UUID sceneId) {
    LocalDate today = schedule.today(crew.production(productionId));
    Set<UUID> people = new LinkedHashSet<>();
    for (MeetingStore.StoredMeeting meeting : store.meetingsOn(productionId, today)) {
      if (store.scenesOf(meeting.id()).stream().anyMatch(s -> s.sceneId().equals(sceneId))) {
        store.acknowledgmentsOf(meeting.id()).forEach(a -> people.add(a.userId()));
      }
    }
    return people;
  }
}
