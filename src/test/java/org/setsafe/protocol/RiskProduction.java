package org.setsafe.protocol;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.Crew;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Hazard;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;

/**
 * A production of its own for a risk-assessment test, so that no other test's assessments or sign-offs meet its
 * own: fresh accounts in every role that signs an assessment, reached by the demo usernames
 * ({@code user("rosa.armorer")}), today's shooting day at Stage 4 and tomorrow's at Cerro Pelon Ranch, and scene
 * 12A on today's, with Eli in it and Marcus as its camera head, marked a firearms scene.
 */
record RiskProduction(Production production, UUID sceneId, UUID todayId, UUID tomorrowId, Map<String, String> users) {

  private record Role(String demoName, String displayName, CrewRole role, String department) {}

  private static final Role[] CREW = {
      new Role("grace.producer", "Grace Mbeki", CrewRole.PRODUCER, null),
      new Role("leo.upm", "Leo Park", CrewRole.UPM, null),
      new Role("sam.safety", "Samira Haddad", CrewRole.SAFETY_ADVISOR, null),
      new Role("rosa.armorer", "Rosa Delgado", CrewRole.ARMORER, "Armory"),
      new Role("hank.props", "Hank Ostrowski", CrewRole.PROPERTY_MASTER, "Props"),
      new Role("dana.ad", "Dana Whitcombe", CrewRole.FIRST_AD, "Assistant directors"),
      new Role("eli.actor", "Eli Navarro", CrewRole.PERFORMER, "Cast"),
      new Role("marcus.camera", "Marcus Oyelaran", CrewRole.CAMERA, "Camera"),
      new Role("tom.stunts", "Tomás Reyes", CrewRole.STUNT_COORDINATOR, "Stunts"),
      new Role("pia.sfx", "Pia Lund", CrewRole.SPECIAL_EFFECTS, "Special effects")};

  static RiskProduction create(Crew crew, Productions productions, Accounts accounts, Schedule schedule,
      String title) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    RiskProduction own = SystemActor.call(() -> {
      Production production = productions.create(title + " " + suffix, "America/Denver");
      Map<String, String> users = new LinkedHashMap<>();
      for (Role member : CREW) {
        String username = member.demoName() + "." + suffix;
        accounts.createWithOneTimePassword(SystemActor.ID, username, member.displayName(), null, null);
        productions.addMember(production.id(), username, Set.of(member.role()), member.department());
        users.put(member.demoName(), username);
      }
      ShootingDay today = schedule.scheduleDay(production.id(), schedule.today(production), LocalTime.of(6, 30),
          "Stage 4");
      ShootingDay tomorrow = schedule.scheduleDay(production.id(), schedule.today(production).plusDays(1),
          LocalTime.of(6, 30), "Cerro Pelon Ranch");
      UUID scene = schedule.addScene(production.id(), "12A", "Cole fires one blank toward the altar.", today.id()).id();
      schedule.nameCast(production.id(), scene,
          Set.of(accounts.findByUsername(users.get("eli.actor")).orElseThrow().id()),
          accounts.findByUsername(users.get("marcus.camera")).orElseThrow().id());
      schedule.markHazards(production.id(), scene, Set.of(Hazard.FIREARMS));
      return new RiskProduction(production, scene, today.id(), tomorrow.id(), Map.copyOf(users));
    });
    crew.holdsArmorerPermit(own.user("rosa.armorer"));
    return own;
  }

  UUID id() {
    return production.id();
  }

  String user(String demoName) {
    String username = users.get(demoName);
    if (username == null) {
      throw new IllegalArgumentException("no one in " + demoName + "'s role on this production");
    }
    return username;
  }
}
