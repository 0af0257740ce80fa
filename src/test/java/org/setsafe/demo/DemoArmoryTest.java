package org.setsafe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Armory.WeaponEntry;
import org.setsafe.custody.Custody;
import org.setsafe.custody.CustodyBoards;
import org.setsafe.custody.IssueGate;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.escalation.SetSafeInstances;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.protocol.ScenePlan;
import org.setsafe.protocol.WeaponPlans;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo as a newcomer starts it, on an empty database: its armory is seeded through the armorer's own steps
 * (each in the ledger), seeding again or restarting adds nothing, and the revolver goes from lock-up to the actor
 * for today's church scene without anyone preparing anything more.
 */
@Tag("database")
class DemoArmoryTest {

  @Test
  void theDemoSeedsItsArmoryOnceAndTheRevolverPassesEveryIssueGateForTodaysScene(@TempDir Path dataDir)
      throws Exception {
    SetSafeInstances instances = SetSafeInstances.fresh("setsafe_demo_armory", dataDir);
    Map<String, Object> before;
    try (ConfigurableApplicationContext first = instances.start("demo-first")) {
      UUID western = SetSafeInstances.western(first);
      before = whatIsSeeded(first, western);
      assertThat(before.get("serials")).isEqualTo(Map.of("SA73-4471", 1L, "BER-92-20117", 1L, "RUB-SAA-07", 1L));
      assertThat(before.get("lots")).isEqualTo(List.of("BLANK_HALF 9mm 100", "DUMMY .45 Colt 50"));
      assertThat(before.get("plan")).isEqualTo("version 1, approved");

      UUID revolver = revolver(first, western);
      assertThat(SystemActor.call(() -> first.getBean(CustodyBoards.class).weapon(western, revolver)).state().name())
          .isEqualTo("LOCKED_UP");
      // Every step the armorer took with it is in the production's ledger, as if done by hand.
      Ledger ledger = first.getBean(Ledger.class);
      Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> kinds(ledger, western, revolver)
          .containsAll(List.of("custody.weapon-registered", "custody.weapon-received", "custody.weapon-inspected",
              "custody.weapon-locked-up")));

      // Seeding the armory again, as a restart on an earlier demo database does, adds nothing.
      seedAgain(first, western);
      assertThat(whatIsSeeded(first, western)).isEqualTo(before);
    }

    try (ConfigurableApplicationContext second = instances.start("demo-restarted")) {
      UUID western = SetSafeInstances.western(second);
      assertThat(whatIsSeeded(second, western)).isEqualTo(before);

      UUID revolver = revolver(second, western);
      Scene church = church(second, western);
      UUID eli = SetSafeInstances.user(second, "eli.actor");
      ActingAs acting = second.getBean(ActingAs.class);
      LocalDate today = SystemActor.call(() -> second.getBean(Schedule.class)
          .today(second.getBean(Productions.class).get(western)));
      IssueGate.WeaponIssue issue = new IssueGate.WeaponIssue(western, revolver, "Colt Single Action Army #SA73-4471",
          true, SetSafeInstances.user(second, "rosa.armorer"), eli, church, today, SetSafeInstances.clock.instant(),
          new IssueGate.Shown(true, Set.of()));
      List<Optional<IssueGate.Refused>> answers = SystemActor.call(() -> second.getBeanProvider(IssueGate.class)
          .orderedStream().map(gate -> gate.check(issue)).toList());
      assertThat(answers).hasSizeGreaterThanOrEqualTo(4).allSatisfy(answer -> assertThat(answer).isEmpty());

      // And the real thing: from lock-up, shown clear, confirmed by each witness, issued to Eli.
      Custody custody = second.getBean(Custody.class);
      acting.run("rosa.armorer", () -> custody.unlock(western, revolver));
      acting.run("rosa.armorer", () -> custody.showClear(western, revolver, Set.of(eli,
          SetSafeInstances.user(second, "dana.ad"), SetSafeInstances.user(second, "marcus.camera"))));
      for (String witness : List.of("eli.actor", "dana.ad", "marcus.camera")) {
        acting.run(witness, () -> custody.confirmShowClear(western, revolver));
      }
      acting.run("rosa.armorer", () -> custody.issue(western, revolver, eli, church.id()));
      assertThat(SystemActor.call(() -> second.getBean(CustodyBoards.class).weapon(western, revolver)).state().name())
          .isEqualTo("ISSUED");
    }
  }

  /** The demo's weapons by serial (how many of each), its lots, and the church scene's plan. */
  private static Map<String, Object> whatIsSeeded(ConfigurableApplicationContext app, UUID western) {
    ActingAs acting = app.getBean(ActingAs.class);
    Armory armory = app.getBean(Armory.class);
    Map<String, Long> serials = acting.call("rosa.armorer", () -> armory.weapons(western)).stream()
        .map(entry -> entry.weapon().serial()).filter(DemoArmory.serials()::contains)
        .collect(Collectors.groupingBy(serial -> serial, Collectors.counting()));
    List<String> lots = acting.call("rosa.armorer", () -> armory.lots(western)).stream()
        .map(DemoArmoryTest::lot).sorted().toList();
    UUID church = church(app, western).id();
    ScenePlan plan = acting.call("rosa.armorer", () -> app.getBean(WeaponPlans.class).plan(western, church));
    return Map.of("serials", serials, "lots", lots, "plan", "version " + plan.current().version()
        + (plan.status().approved() ? ", approved" : ", not approved"));
  }

  private static String lot(AmmunitionLot lot) {
    return lot.roundClass().name() + " " + lot.caliber() + " " + lot.count();
  }

  private static void seedAgain(ConfigurableApplicationContext app, UUID western) {
    Scene church = church(app, western);
    SystemActor.run(() -> app.getBean(DemoArmory.class).seed(western, LocalDate.now(SetSafeInstances.clock), church.id(),
        SetSafeInstances.user(app, "eli.actor"), SetSafeInstances.user(app, "june.actor")));
  }

  private static UUID revolver(ConfigurableApplicationContext app, UUID western) {
    return app.getBean(ActingAs.class).call("rosa.armorer", () -> app.getBean(Armory.class).weapons(western)).stream()
        .map(WeaponEntry::weapon).filter(weapon -> "SA73-4471".equals(weapon.serial())).findFirst().orElseThrow().id();
  }

  private static Scene church(ConfigurableApplicationContext app, UUID western) {
    return SystemActor.call(() -> app.getBean(Schedule.class).scenes(western)).stream()
        .filter(scene -> scene.number().equals("12")).findFirst().orElseThrow();
  }

  private static List<String> kinds(Ledger ledger, UUID western, UUID weapon) {
    return SystemActor.call(() -> ledger.history(western, "weapon:" + weapon)).stream().map(LedgerEntry::kind).toList();
  }
}
