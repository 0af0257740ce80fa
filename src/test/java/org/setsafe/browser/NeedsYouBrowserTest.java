package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TodaysScene;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Armory.WeaponDetails;
import org.setsafe.custody.Custody;
import org.setsafe.custody.domain.FirearmType;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.protocol.PlanDraft;
import org.setsafe.protocol.PlanDrafting;
import org.setsafe.protocol.PlanSignOffs;
import org.setsafe.protocol.WeaponPlanCommand.RecordPlan;
import org.setsafe.protocol.WeaponPlanCommand.SignPlan;
import org.setsafe.protocol.domain.SignOffCapacity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What needs each person now, on a phone: the safety advisor's dashboard fills by itself when a plan awaits her
 * signature, she follows it, signs, and the block empties; a refused issue says in plain words who fixes it and
 * leads to the page where it is fixed, and the 1st AD reaches the scene's plan from the schedule.
 */
@SetSafeTest
@Tag("browser")
class NeedsYouBrowserTest {

  private static final Map<String, CrewRole> ROLES = Map.of("rosa.armorer", CrewRole.ARMORER, "sam.safety",
      CrewRole.SAFETY_ADVISOR, "eli.actor", CrewRole.PERFORMER, "marcus.camera", CrewRole.CAMERA);
  private static final Map<String, String> NAMES = Map.of("rosa.armorer", "Rosa Delgado", "sam.safety",
      "Samira Haddad", "eli.actor", "Eli Navarro", "marcus.camera", "Marcus Oyelaran");

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired Armory armory;
  @Autowired Custody custody;
  @Autowired PlanDrafting drafting;
  @Autowired PlanSignOffs signOffs;

  @Test
  void theSafetyAdvisorSeesThePlanToSignFollowsItSignsAndTheBlockEmpties() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    Production production = SystemActor.call(() -> productions.create("Safety day " + suffix, "Etc/GMT"));
    ROLES.forEach((username, role) -> {
      accounts.createWithPassword(SystemActor.ID, username + "." + suffix, NAMES.get(username), null, null,
          Crew.PASSWORD);
      SystemActor.run(() -> productions.addMember(production.id(), username + "." + suffix, EnumSet.of(role), null));
    });
    crew.holdsArmorerPermit("rosa.armorer." + suffix);
    Scene scene = SystemActor.call(() -> {
      ShootingDay today = schedule.scheduleDay(production.id(), schedule.today(production), LocalTime.of(6, 0),
          "Stage 4");
      Scene added = schedule.addScene(production.id(), "31", "Saloon: Cole draws on the sheriff.", today.id());
      return schedule.nameCast(production.id(), added.id(), Set.of(crew.id("eli.actor." + suffix)),
          crew.id("marcus.camera." + suffix));
    });
    UUID colt = crew.as("rosa.armorer." + suffix, () -> armory.registerWeapon(production.id(), new WeaponDetails(
        WeaponKind.FIREARM, "S31-" + suffix, "Colt", "SAA", FirearmType.REVOLVER, ".45 Colt", "Gunslinger Rentals",
        "9-85-049-01", "Good", null))).weapon().id();
    String dashboard = "/productions/" + production.id();

    try (Phone sam = new Phone(port)) {
      sam.signIn("sam.safety." + suffix, Crew.PASSWORD);
      assertThat(sam.heading()).isEqualTo(production.name());
      assertThat(sam.textOf("needs-you")).contains("Nothing needs you now.");

      crew.as("rosa.armorer." + suffix, () -> drafting.record(production.id(), new RecordPlan(scene.id(), new PlanDraft(false,
          null, null, List.of(new PlanDraft.LineDraft(colt, crew.id("eli.actor." + suffix), false, null,
              "The cylinder turns in close-up; a replica's does not.")), List.of(), null))));
      crew.as("rosa.armorer." + suffix, () -> signOffs.sign(production.id(), new SignPlan(scene.id(), 1, SignOffCapacity.ARMORER)));

      // Nobody reloads: the block asks for itself again.
      assertThat(sam.waitForTextBySelf("needs-you", "The weapon plan for scene 31 waits for your signature.",
          Duration.ofSeconds(40))).contains("Sign the plan for scene 31");
      assertThat(belowTheHeader(sam.tapTargetsTooSmall())).isEmpty();
      assertThat(sam.fitsTheScreenWidth()).isTrue();
      assertThat(sam.fitsANarrowPhone()).isTrue();
      sam.screenshot("needs-you-1-safety-advisor-plan-to-sign-phone");

      int before = sam.taps();
      sam.follow("Sign the plan for scene 31");
      assertThat(sam.heading()).isEqualTo("Weapon plan, scene 31");
      assertThat(sam.fitsTheScreenWidth()).isTrue();
      sam.screenshot("needs-you-2-safety-advisor-plan-phone");
      sam.press("Sign as safety advisor");
      assertThat(sam.taps() - before).as("from the dashboard to signed").isEqualTo(2);
      assertThat(sam.text()).contains("Approved");

      sam.open(dashboard);
      assertThat(sam.textOf("needs-you")).contains("Nothing needs you now.")
          .doesNotContain("waits for your signature");
      assertThat(belowTheHeader(sam.tapTargetsTooSmall())).isEmpty();
      assertThat(sam.fitsANarrowPhone()).isTrue();
      sam.screenshot("needs-you-3-safety-advisor-nothing-phone");
    }
  }

  /**
   * The page header (skip link, SetSafe, inbox, account, sign out) is the layout's, sized there for every page;
   * this test holds the dashboard below it to 44 px.
   */
  private static List<String> belowTheHeader(List<String> small) {
    return small.stream().filter(t -> !t.matches("(a 'Skip to content'|a 'SetSafe'|a 'Inbox|a 'Samira Haddad'"
        + "|button 'Sign out').*")).toList();
  }

  @Test
  void aRefusedIssueSaysWhoFixesItAndLeadsThereAndTheFirstAdReachesThePlanFromTheSchedule() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    UUID sceneId = TodaysScene.of(schedule, crew, western);
    Scene scene = SystemActor.call(() -> schedule.scene(western.id(), sceneId));
    String serial = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    UUID weapon = crew.as("rosa.armorer", () -> armory.registerWeapon(western.id(), new WeaponDetails(
        WeaponKind.FIREARM, serial, "Colt", "Single Action Army", FirearmType.REVOLVER, ".45 Colt",
        "Gunslinger Rentals", "9-85-049-01", "Good", null))).weapon().id();
    crew.as("rosa.armorer", () -> custody.receive(western.id(), weapon, "Gunslinger Rentals", null));
    crew.as("rosa.armorer", () -> custody.inspect(western.id(), weapon, "Bore clear"));
    crew.as("rosa.armorer", () -> custody.showClear(western.id(), weapon, Set.of(crew.id("eli.actor"),
        crew.id("dana.ad"), crew.id("marcus.camera"))));
    for (String witness : List.of("eli.actor", "dana.ad", "marcus.camera")) {
      crew.as(witness, () -> custody.confirmShowClear(western.id(), weapon));
    }
    // Training is in order; the scene's weapon plan does not name this revolver: that is what refuses it.
    crew.readyToShootBefore(10, western.id(), sceneId, weapon, crew.id("eli.actor"));
    String plan = "Weapon plan, scene " + scene.number();

    try (Phone rosa = new Phone(port)) {
      rosa.signIn("rosa.armorer", Crew.PASSWORD).open("/productions/" + western.id() + "/custody/weapons/" + weapon);
      rosa.choose("performer", crew.id("eli.actor").toString()).choose("scene", sceneId.toString());
      rosa.press("Issue");
      String refusal = rosa.textOf("refusal");
      assertThat(refusal).contains("Refused: A signed weapon plan for the scene.")
          .contains("Ask the armorer and the safety advisor to sign the weapon plan for scene " + scene.number())
          .doesNotContain("protocol.").doesNotContain("Refused: Plan.");
      assertThat(rosa.textOf("refusal-fix-link")).isEqualTo("The weapon plan for scene " + scene.number());
      assertThat(rosa.fitsTheScreenWidth()).isTrue();
      rosa.screenshot("needs-you-4-armorer-refused-issue-phone");
      rosa.follow("The weapon plan for scene " + scene.number());
      assertThat(rosa.heading()).isEqualTo(plan);
    }

    try (Phone dana = new Phone(port)) {
      dana.signIn("dana.ad", Crew.PASSWORD).open("/productions/" + western.id() + "/schedule");
      int before = dana.taps();
      dana.follow(scene.number());
      assertThat(dana.heading()).isEqualTo("Scene " + scene.number());
      assertThat(dana.fitsTheScreenWidth()).isTrue();
      dana.screenshot("needs-you-5-first-ad-scene-phone");
      dana.follow("Weapon plan for scene " + scene.number());
      assertThat(dana.heading()).isEqualTo(plan);
      assertThat(dana.taps() - before).as("from the schedule to the scene's plan").isEqualTo(2);
    }
  }
}
