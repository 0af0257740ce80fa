package org.setsafe.protocol;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.briefing.MeetingAcknowledgments;
import org.setsafe.notify.Notice;
import org.setsafe.notify.Notifications;
import org.setsafe.notify.Recipient;
import org.setsafe.notify.Words;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionEvents.SceneScheduled;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.protocol.RiskEvents.RiskAssessmentDrafted;
import org.setsafe.protocol.WeaponPlanEvents.WeaponPlanRecorded;
import org.setsafe.protocol.domain.PlanChange;
import org.setsafe.protocol.domain.PlanSignOff;
import org.setsafe.protocol.domain.PlanVersion;
import org.setsafe.protocol.domain.RiskAssessmentStore;
import org.setsafe.protocol.domain.RiskSignOff;
import org.setsafe.protocol.domain.WeaponPlanStore;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people when a plan or an assessment waits for their signature, and when a change lapsed the signature they
 * gave (management of change): the safety advisor hears that a new version awaits her; whoever signed the version
 * before hears, in words, what changed and that they must read it again; a scene moved to another day or location
 * tells everyone whose sign-off the move lapsed. Each notice names the production and the scene and opens the plan.
 */
@Component
class SignOffNotices {


  private final WeaponPlanStore plans;
  private final RiskAssessmentStore risks;
  private final CrewList crew;
  private final ShootingSchedule schedule;
  private final Notifications notifications;
  private final MeetingAcknowledgments meetings;

  SignOffNotices(WeaponPlanStore plans, RiskAssessmentStore risks, CrewList crew, ShootingSchedule schedule,
      Notifications notifications, MeetingAcknowledgments meetings) {
    this.plans = plans;
    this.risks = risks;
    this.crew = crew;
    this.schedule = schedule;
    this.notifications = notifications;
    this.meetings = meetings;
  }

  @ApplicationModuleListener
  void planRecorded(WeaponPlanRecorded fact) {
    Production production = crew.production(fact.productionId());
    Scene scene = schedule.scene(fact.productionId(), fact.sceneId());
    String link = planLink(scene);
    Words about = Words.of("notices.sign-off.about.scene", production.name(), scene.number());
    Set<UUID> signedBefore = new LinkedHashSet<>();
    Object changed = Words.of("notices.plan.written");
    if (fact.version() > 1) {
      List<PlanVersion> versions = plans.versions(fact.productionId(), fact.sceneId());
      PlanVersion before = versions.stream().filter(v -> v.version() == fact.version() - 1).findFirst().orElse(null);
      PlanVersion after = versions.stream().filter(v -> v.version() == fact.version()).findFirst().orElse(null);
      if (before != null && after != null) {
        plans.signOffs(fact.productionId(), fact.sceneId()).stream()
            .filter(s -> s.planVersionId().equals(before.id())).map(PlanSignOff::signedBy)
            .filter(id -> !id.equals(fact.actorId())).forEach(signedBefore::add);
        Map<UUID, String> names = names(fact.productionId());
        List<String> changes = PlanChange.between(before.content(), after.content(),
            id -> names.getOrDefault(id, "a performer"));
        // What changed is said as the plan's record words it (names, rounds, positions).
        Object what = changes.isEmpty() ? Words.of("notices.plan.recorded-again") : String.join("; ", changes);
        changed = what;
        if (!signedBefore.isEmpty()) {
          tell(new Notice(fact.productionId(), "weapon-plan/" + fact.planVersionId() + "/lapsed",
              Words.of("notices.plan.lapsed.subject", about),
              fact.changeNote() == null || fact.changeNote().isBlank()
                  ? Words.of("notices.plan.lapsed.text", scene.number(), what)
                  : Words.of("notices.plan.lapsed.text.why", scene.number(), what, fact.changeNote()), link),
              signedBefore);
        }
      }
    }
    // Today's meeting read out the plan as it was: whoever acknowledged it must hear it again, at a new meeting.
    Set<UUID> acknowledged = meetings.acknowledgedToday(fact.productionId(), fact.sceneId());
    acknowledged.remove(fact.actorId());
    tell(new Notice(fact.productionId(), "weapon-plan/" + fact.planVersionId() + "/meeting-lapsed",
        Words.of("notices.plan.meeting-lapsed.subject", about),
        Words.of("notices.plan.meeting-lapsed.text", scene.number(), changed), "/productions/" + fact.productionId()
            + "/briefing/meetings"), acknowledged);
    Set<UUID> advisors = holders(fact.productionId(), CrewRole.SAFETY_ADVISOR);
    advisors.remove(fact.actorId());
    advisors.removeAll(signedBefore);
    tell(new Notice(fact.productionId(), "weapon-plan/" + fact.planVersionId() + "/to-sign",
            Words.of("notices.plan.to-sign.subject", about),
            Words.of("notices.plan.to-sign.text", String.valueOf(fact.version()), scene.number()), link), advisors);
  }

  @ApplicationModuleListener
  void assessmentDrafted(RiskAssessmentDrafted fact) {
    Production production = crew.production(fact.productionId());
    Scene scene = fact.sceneId() == null ? null : schedule.scene(fact.productionId(), fact.sceneId());
    Words what = scene == null ? Words.of("notices.risk.general") : Words.of("notices.risk.scene", scene.number());
    Words whatFirst = scene == null ? Words.of("notices.risk.general.first")
        : Words.of("notices.risk.scene.first", scene.number());
    Object about = scene == null ? production.name()
        : Words.of("notices.sign-off.about.scene", production.name(), scene.number());
    String link = "/productions/" + fact.productionId() + "/protocol/risk"
        + (scene == null ? "" : "/scenes/" + scene.id());
    Set<UUID> signedBefore = new LinkedHashSet<>();
    if (fact.version() > 1) {
      risks.signOffs(fact.assessmentId()).stream().filter(s -> s.version() == fact.version() - 1)
          .map(RiskSignOff::signedBy).filter(id -> !id.equals(fact.actorId())).forEach(signedBefore::add);
      tell(new Notice(fact.productionId(), "risk-assessment/" + fact.assessmentId() + "/"
              + fact.version() + "/lapsed", Words.of("notices.risk.lapsed.subject", about, what),
              fact.reason() == null || fact.reason().isBlank() ? Words.of("notices.risk.lapsed.text", whatFirst)
                  : Words.of("notices.risk.lapsed.text.why", whatFirst, fact.reason()), link), signedBefore);
    }
    Set<UUID> advisors = holders(fact.productionId(), CrewRole.SAFETY_ADVISOR);
    advisors.remove(fact.actorId());
    advisors.removeAll(signedBefore);
    tell(new Notice(fact.productionId(), "risk-assessment/" + fact.assessmentId() + "/"
            + fact.version() + "/to-sign", Words.of("notices.risk.to-sign.subject", about, what),
            Words.of("notices.risk.to-sign.text", String.valueOf(fact.version()), what), link), advisors);
  }

  /** A scene moved to another day or location: every signature given where it was no longer counts. */
  @ApplicationModuleListener
  void sceneMoved(SceneScheduled fact) {
    if (fact.shootingDayIdBefore() == null || fact.shootingDayIdBefore().equals(fact.shootingDayIdAfter())) {
      return;
    }
    Production production = crew.production(fact.productionId());
    Scene scene = schedule.scene(fact.productionId(), fact.sceneId());
    Words about = Words.of("notices.sign-off.about.scene", production.name(), scene.number());
    Words from = where(fact.productionId(), fact.shootingDayIdBefore());
    Words to = fact.shootingDayIdAfter() == null ? Words.of("notices.sign-off.no-day")
        : where(fact.productionId(), fact.shootingDayIdAfter());
    List<PlanVersion> versions = plans.versions(fact.productionId(), fact.sceneId());
    if (!versions.isEmpty()) {
      PlanVersion current = versions.get(versions.size() - 1);
      Set<UUID> signed = plans.signOffs(fact.productionId(), fact.sceneId()).stream()
          .filter(s -> s.planVersionId().equals(current.id())).map(PlanSignOff::signedBy)
          .collect(Collectors.toCollection(LinkedHashSet::new));
      tell(new Notice(fact.productionId(), "weapon-plan/" + current.id() + "/moved/" + fact.factId(),
              Words.of("notices.plan.moved.subject", about),
              Words.of("notices.plan.moved.text", scene.number(), from, to), planLink(scene)), signed);
    }
    risks.ofScene(fact.productionId(), fact.sceneId()).ifPresent(assessment -> {
      Set<UUID> signed = risks.signOffs(assessment.id()).stream().map(RiskSignOff::signedBy)
          .collect(Collectors.toCollection(LinkedHashSet::new));
      tell(new Notice(fact.productionId(), "risk-assessment/" + assessment.id() + "/moved/"
              + fact.factId(), Words.of("notices.risk.moved.subject", about),
              Words.of("notices.risk.moved.text", scene.number(), from, to),
              "/productions/" + fact.productionId() + "/protocol/risk/scenes/" + scene.id()), signed);
    });
  }

  /** Sends only when someone is to hear it: an empty list would still post to the production's webhook. */
  private void tell(Notice notice, Set<UUID> people) {
    if (!people.isEmpty()) {
      notifications.send(notice, people.stream().map(Recipient::person).toList());
    }
  }

  private Words where(UUID productionId, UUID dayId) {
    ShootingDay day = schedule.day(productionId, dayId);
    return Words.of("notices.sign-off.where", new Words.Day(day.date(), false), day.location());
  }

  private static String planLink(Scene scene) {
    return "/productions/" + scene.productionId() + "/protocol/scenes/" + scene.id() + "/plan";
  }

  private Set<UUID> holders(UUID productionId, CrewRole role) {
    return crew.members(productionId).stream().filter(m -> m.holds(role)).map(Member::userId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private Map<UUID, String> names(UUID productionId) {
    return crew.members(productionId).stream()
        .collect(Collectors.toMap(Member::userId, Member::displayName, (a, b) -> a));
  }

}
