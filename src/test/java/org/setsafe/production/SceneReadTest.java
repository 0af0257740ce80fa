package org.setsafe.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.StatementCount;
import org.setsafe.StatementCount.Counted;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.domain.ScheduleStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * One scene is read with its cast in one statement, and reads as it does among all the production's scenes: with
 * the cast named, with none, and not at all from another production.
 */
@SetSafeTest
@Import(StatementCount.Counting.class)
class SceneReadTest {

  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired ScheduleStore store;

  @Test
  void aSceneIsReadWithItsCastInOneStatementAsItIsAmongAllTheScenes() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    Production production = SystemActor.call(() -> productions.create("Scenes " + suffix, "Etc/GMT"));
    for (String username : List.of("eli.actor", "june.actor", "marcus.camera")) {
      accounts.createWithPassword(SystemActor.ID, username + "." + suffix, username, null, null, Crew.PASSWORD);
      SystemActor.run(() -> productions.addMember(production.id(), username + "." + suffix,
          EnumSet.of(username.endsWith("actor") ? CrewRole.PERFORMER : CrewRole.CAMERA), null));
    }
    UUID eli = crew.id("eli.actor." + suffix);
    UUID june = crew.id("june.actor." + suffix);
    UUID marcus = crew.id("marcus.camera." + suffix);
    Scene twelveA = SystemActor.call(() -> {
      ShootingDay today = schedule.scheduleDay(production.id(), schedule.today(production), LocalTime.of(6, 0),
          "Stage 4");
      Scene added = schedule.addScene(production.id(), "12A", "Church interior: Cole fires one blank.", today.id());
      schedule.markHazards(production.id(), added.id(), Set.of(Hazard.FIREARMS));
      return schedule.nameCast(production.id(), added.id(), Set.of(eli, june), marcus);
    });
    Scene fourteen = SystemActor.call(() -> schedule.addScene(production.id(), "14", "Saloon: nobody in it.", null));
    Production other = SystemActor.call(() -> productions.create("Elsewhere " + suffix, "Etc/GMT"));

    Counted<Optional<Scene>> read = StatementCount.of(() -> store.scene(production.id(), twelveA.id()));
    assertThat(read.count()).isEqualTo(1);
    assertThat(read.result()).contains(new Scene(twelveA.id(), production.id(), "12A",
        "Church interior: Cole fires one blank.", twelveA.shootingDayId(), Set.of(eli, june), marcus,
        Set.of(Hazard.FIREARMS)));
    assertThat(store.scenes(production.id())).containsExactly(read.result().orElseThrow(),
        store.scene(production.id(), fourteen.id()).orElseThrow());
    assertThat(store.scene(production.id(), fourteen.id()).orElseThrow().cast()).isEmpty();
    assertThat(store.scene(other.id(), twelveA.id())).isEmpty();
  }
}
