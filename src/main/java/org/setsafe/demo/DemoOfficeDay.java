package org.setsafe.demo;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Armory.WeaponEntry;
import org.setsafe.identity.Accounts;
import org.setsafe.production.Hazard;
import org.setsafe.production.Production;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.protocol.PlanDraft;
import org.setsafe.protocol.PlanDraft.LineDraft;
import org.setsafe.protocol.PlanDraft.LineOfFireDraft;
import org.setsafe.protocol.PlanDrafting;
import org.setsafe.protocol.PlanSignOffs;
import org.setsafe.protocol.ScenePlan;
import org.setsafe.protocol.WeaponPlanCommand.RecordPlan;
import org.setsafe.protocol.WeaponPlanCommand.SignPlan;
import org.setsafe.protocol.WeaponPlans;
import org.setsafe.protocol.domain.Protection;
import org.setsafe.protocol.domain.SignOffCapacity;
import org.setsafe.reporting.NewReport;
import org.setsafe.reporting.ReportFiling;
import org.setsafe.reporting.ReportView;
import org.setsafe.reporting.ReportViews;
import org.setsafe.reporting.Severity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What waits in the production office on the demo's shooting day, so the safety advisor, the producer and studio
 * safety each have a real morning: the plan for the ridge-line shoot-out (scene 31) signed by Rosa and awaiting
 * the safety advisor, and three concerns Tess the key grip reported, which as a department's third report in two
 * weeks opened a management review for the producer. Every step goes through the services the crew use, as the
 * person who would take it, so each is on the ledger and escalates as any report does. What is already there is
 * left as it is.
 */
@Component
class DemoOfficeDay {

  static final String SHOOT_OUT = "31";
  static final String REPORTER = "tess.grip";

  /** The grip department's concerns, oldest first: {category, severity, title, scene number or "", where, what}. */
  static final List<String[]> GRIP_REPORTS = List.of(
      new String[] {"HEIGHTS", "HIGH", "Camera platform on the ridge has no guard rail", SHOOT_OUT,
          "Cerrillos Hills, ridge line",
          "The scaffold for the A-camera at the ridge is 9 ft up with an open back edge; the ground behind it drops"
              + " away. Nobody has fallen; two of us nearly stepped off it while levelling the head."},
      new String[] {"FATIGUE_HOURS", "MEDIUM", "Grips driving home after 14-hour days", "",
          "Base camp, Bonanza Creek Ranch",
          "Wrap to call has been under 10 hours three days running; two of the grips drive an hour back to Santa Fe."},
      new String[] {"ELECTRICAL", "LOW", "Cable run across the church doorway", "12",
          "Bonanza Creek Ranch, church",
          "The lamp feed runs over the threshold with no ramp; the cast come through that door on the action."});

  private final ActingAs acting;
  private final Accounts accounts;
  private final Armory armory;
  private final WeaponPlans plans;
  private final PlanDrafting drafting;
  private final PlanSignOffs signOffs;
  private final ReportFiling filing;
  private final ReportViews reports;
  private final Schedule schedule;
  private final boolean withReports;

  DemoOfficeDay(ActingAs acting, Accounts accounts, Armory armory, WeaponPlans plans, PlanDrafting drafting,
      PlanSignOffs signOffs, ReportFiling filing, ReportViews reports, Schedule schedule,
      @Value("${setsafe.demo.reports:true}") boolean withReports) {
    this.acting = acting;
    this.accounts = accounts;
    this.armory = armory;
    this.plans = plans;
    this.drafting = drafting;
    this.signOffs = signOffs;
    this.filing = filing;
    this.reports = reports;
    this.schedule = schedule;
    this.withReports = withReports;
  }

  /** The shoot-out's plan awaiting the safety advisor, and the grips' reports; needs the demo's armory seeded. */
  void seed(Production western) {
    Optional<Scene> shootOut = schedule.scenes(western.id()).stream()
        .filter(scene -> scene.number().equals(SHOOT_OUT)).findFirst();
    shootOut.ifPresent(scene -> planAwaitingTheSafetyAdvisor(western, scene));
    if (withReports) {
      gripsReport(western);
    }
  }

  /**
   * The shoot-out's weapon plan, if it has none yet: June fires half-load blanks from the blank-adapted pistol up
   * the ridge, away from everyone, with the A-camera on a remote head 30 ft off the line; Eli falls with the rubber
   * replica. Rosa drafts and signs it; the safety advisor has not signed yet.
   */
  private void planAwaitingTheSafetyAdvisor(Production western, Scene shootOut) {
    ScenePlan existing = acting.call(DemoArmory.ARMORER, () -> plans.plan(western.id(), shootOut.id()));
    if (existing.current() != null) {
      return;
    }
    Optional<UUID> pistol = weapon(western, DemoArmory.PISTOL.serial());
    Optional<UUID> replica = weapon(western, DemoArmory.RUBBER_REVOLVER.serial());
    if (pistol.isEmpty() || replica.isEmpty()) {
      return;
    }
    if (!shootOut.hazards().contains(Hazard.FIREARMS)) {
      schedule.markHazards(western.id(), shootOut.id(), Set.of(Hazard.FIREARMS));
    }
    UUID june = person("june.actor");
    UUID eli = person("eli.actor");
    PlanDraft draft = new PlanDraft(true, "Half-load 9mm blank, two rounds",
        "Up the ridge toward the empty skyline, away from camera and crew", List.of(
            new LineDraft(pistol.get(), june, false, null, null),
            new LineDraft(replica.get(), eli, false, null, null)),
        List.of(new LineOfFireDraft(null, "A-camera on a remote head", Protection.REMOTE_OPERATION, 30)),
        "June fires twice up the ridge; Eli falls with the rubber replica.");
    int version = acting.call(DemoArmory.ARMORER,
            () -> drafting.record(western.id(), new RecordPlan(shootOut.id(), draft)))
        .current().version();
    acting.run(DemoArmory.ARMORER, () -> signOffs.sign(western.id(), new SignPlan(shootOut.id(), version,
        SignOffCapacity.ARMORER)));
  }

  /**
   * Tess's three reports, each unless already filed: the third from the grip department within two weeks opens a
   * management review a producer must answer, as the reporting rules have it.
   */
  private void gripsReport(Production western) {
    List<String> filed = acting.call(REPORTER, () -> reports.reports(western.id())).stream()
        .map(ReportView::title).toList();
    List<Scene> scenes = schedule.scenes(western.id());
    for (String[] r : GRIP_REPORTS) {
      if (filed.contains(r[2])) {
        continue;
      }
      UUID scene = scenes.stream().filter(s -> s.number().equals(r[3])).map(Scene::id).findFirst().orElse(null);
      acting.run(REPORTER, () -> filing.file(western.id(), new NewReport(Hazard.valueOf(r[0]),
          Severity.valueOf(r[1]), r[2], r[5], scene, r[4], null, false), null));
    }
  }

  private Optional<UUID> weapon(Production western, String serial) {
    return acting.call(DemoArmory.ARMORER, () -> armory.weapons(western.id())).stream()
        .map(WeaponEntry::weapon).filter(w -> serial.equals(w.serial())).map(weapon -> weapon.id()).findFirst();
  }

  private UUID person(String username) {
    return accounts.findByUsername(username).orElseThrow().id();
  }
}
