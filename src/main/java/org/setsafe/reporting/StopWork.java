package org.setsafe.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.OnSet;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.reporting.ReportEvents.StopWorkCalled;
import org.setsafe.reporting.ReportEvents.StopWorkCitedInjury;
import org.setsafe.reporting.ReportEvents.WorkResumed;
import org.setsafe.reporting.domain.ReportStore;
import org.setsafe.reporting.domain.StopWorkCall;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stop-work: anyone on the crew halts a scene or the whole production (ISO 45001 7.3, the right to remove oneself from danger; Labor
 * Code §9151: the safety advisor may halt production). Everyone who must hear is named in the fact and told
 * at once; work resumes only when the safety advisor has written down why it is safe.
 */
@Service
public class StopWork {

  private final ReportStore store;
  private final ReportingDesk desk;
  private final CrewList crew;
  private final ShootingSchedule schedule;
  private final ApplicationEventPublisher events;
  private final ReportingRefusals refusals;
  private final Clock clock;

  StopWork(ReportStore store, ReportingDesk desk, CrewList crew, ShootingSchedule schedule,
      ApplicationEventPublisher events, ReportingRefusals refusals, Clock clock) {
    this.store = store;
    this.desk = desk;
    this.crew = crew;
    this.schedule = schedule;
    this.events = events;
    this.refusals = refusals;
    this.clock = clock;
  }

  /**
   * Any crew member stops work on a scene, or on the whole production, which holds every firearm of the production
   * until the safety advisor resumes it. What is stopped already stays stopped once.
   */
  @Transactional
  public StopWorkCall call(UUID productionId, CallStopWork command) {
    OnSet caller = desk.caller(productionId);
    String why = command.why();
    UUID sceneId = command.sceneId();
    if (sceneId != null && schedule.scenes(productionId).stream().noneMatch(s -> s.id().equals(sceneId))) {
      throw new InvalidInputException("sceneId", "Exists", "no scene " + sceneId + " on this production")
          .saying("input.reporting.scene.exists", sceneId.toString());
    }
    if (store.stopWorks(productionId).stream().filter(StopWorkCall::inForce)
        .anyMatch(s -> Objects.equals(s.sceneId(), sceneId))) {
      throw new ConflictException("sceneId", "AlreadyStopped", command.wholeProduction()
          ? "work on the whole production is stopped already" : "work on this scene is stopped already")
          .saying(command.wholeProduction() ? "input.reporting.stop-work.already-stopped.production"
              : "input.reporting.stop-work.already-stopped.scene");
    }
    StopWorkCall call = new StopWorkCall(UUID.randomUUID(), productionId, sceneId, caller.userId(), why,
        now(), null, null, null, command.injury());
    store.insertStopWork(call);
    events.publishEvent(new StopWorkCalled(UUID.randomUUID(), productionId, caller.userId(), call.calledAt(),
        call.id(), sceneId, why, toNotify(productionId)));
    if (call.injury()) {
      // Someone was hurt: always an incident too, which the incident module opens from this fact.
      events.publishEvent(new StopWorkCitedInjury(UUID.randomUUID(), productionId, caller.userId(), call.calledAt(),
          call.id(), sceneId, why));
    }
    return call;
  }

  /** The safety advisor, and only they, resumes work, writing down why it is safe now. */
  @Transactional
  public StopWorkCall resume(UUID productionId, ResumeWork command) {
    OnSet caller = desk.caller(productionId);
    UUID stopWorkId = command.stopWorkId();
    StopWorkCall call = store.lockStopWork(productionId, stopWorkId)
        .orElseThrow(() -> new NotFoundException("no stop-work " + stopWorkId + " on this production")
            .saying("input.reporting.not-found.stop-work", stopWorkId));
    if (!caller.holds(CrewRole.SAFETY_ADVISOR)) {
      throw refusals.refuse(productionId, caller.userId(), "stop-work:" + stopWorkId, "resume work",
          "Only the safety advisor may resume work after a stop-work, and only by writing down why it is safe "
          + "(Labor Code §9151).", "reason.reporting.role.resume-work");
    }
    String why = command.why();
    if (!call.inForce()) {
      throw new ConflictException("stopWorkId", "ResumedOnce", "work was resumed already after this stop")
          .saying("input.reporting.stop-work.resumed-once");
    }
    Instant now = now();
    store.insertResumption(stopWorkId, caller.userId(), why, now);
    events.publishEvent(new WorkResumed(UUID.randomUUID(), productionId, caller.userId(), now, stopWorkId, why));
    return store.lockStopWork(productionId, stopWorkId).orElseThrow();
  }

  /**
   * Everyone who must hear at once. A scene names its cast and camera head but not the rest of the shooting crew
   * (grips, electrics, stunts, background), who are on that set just the same; so everyone on the production is
   * told, the 1st AD, the safety advisor and the producers first. Telling one person too many is the safe side.
   */
  private Set<UUID> toNotify(UUID productionId) {
    List<Member> members = crew.members(productionId);
    Set<UUID> who = new LinkedHashSet<>();
    members.stream().filter(m -> m.holds(CrewRole.FIRST_AD) || m.holds(CrewRole.SAFETY_ADVISOR)
        || m.holds(CrewRole.PRODUCER)).map(Member::userId).forEach(who::add);
    members.stream().map(Member::userId).forEach(who::add);
    return Set.copyOf(who);
  }

  /** Now, to the millisecond: what the database keeps exactly, so a time read back equals the time written. */
  private Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }
}
