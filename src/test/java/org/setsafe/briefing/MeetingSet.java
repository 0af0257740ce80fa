package org.setsafe.briefing;

import java.time.LocalTime;
import java.util.EnumSet;
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
 * A production of its own for a meeting test, so that other tests' meetings on the demo western do not count: its
 * crew are fresh accounts reached by the demo usernames ({@code who("eli.actor")}), and today has a shooting day
 * with a firearms scene ("12A", Eli in it, Marcus its camera head) and a scene without weapons ("7").
 */
record MeetingSet(Production production, UUID sceneId, UUID quietSceneId, Map<String, String> users) {

  private record Role(String demoName, String displayName, CrewRole role, String department) {}

  private static final Role[] CREW = {
      new Role("grace.producer", "Grace Mbeki", CrewRole.PRODUCER, null),
      new Role("sam.safety", "Samira Haddad", CrewRole.SAFETY_ADVISOR, null),
      new Role("rosa.armorer", "Rosa Delgado", CrewRole.ARMORER, "Armory"),
      new Role("dana.ad", "Dana Whitcombe", CrewRole.FIRST_AD, "Assistant directors"),
      new Role("eli.actor", "Eli Navarro", CrewRole.PERFORMER, "Cast"),
      new Role("marcus.camera", "Marcus Oyelaran", CrewRole.CAMERA, "Camera")};

  static MeetingSet create(Crew crew, Productions productions, Accounts accounts, Schedule schedule, String title) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    MeetingSet set = SystemActor.call(() -> {
      Production production = productions.create(title + " " + suffix, "America/Denver");
      Map<String, String> users = new LinkedHashMap<>();
      for (Role member : CREW) {
        String username = member.demoName() + "." + suffix;
        accounts.createWithPassword(SystemActor.ID, username, member.displayName(), null, null, Crew.PASSWORD);
        productions.addMember(production.id(), username, EnumSet.of(member.role()), member.department());
        users.put(member.demoName(), username);
      }
      ShootingDay day = schedule.scheduleDay(production.id(), schedule.today(production), LocalTime.of(6, 30),
          "Cerro Pelon Ranch");
      UUID scene = schedule.addScene(production.id(), "12A", "Church interior: Cole fires one blank toward the altar.",
          day.id()).id();
      schedule.nameCast(production.id(), scene, Set.of(accounts.findByUsername(users.get("eli.actor")).orElseThrow().id()),
          accounts.findByUsername(users.get("marcus.camera")).orElseThrow().id());
      schedule.markHazards(production.id(), scene, Set.of(Hazard.FIREARMS));
      UUID quiet = schedule.addScene(production.id(), "7", "Stagecoach arrives. No weapons.", day.id()).id();
      return new MeetingSet(production, scene, quiet, Map.copyOf(users));
    });
    crew.holdsArmorerPermit(set.who("rosa.armorer"));
    crew.holdsFirearmsSafety(set.who("eli.actor"));
    return set;
  }

  UUID id() {
    return production.id();
  }

  String who(String demoName) {
    String username = users.get(demoName);
    if (username == null) {
      throw new IllegalArgumentException("no one in " + demoName + "'s role here");
    }
    return username;
  }
}
