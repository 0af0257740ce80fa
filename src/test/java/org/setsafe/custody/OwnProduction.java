package org.setsafe.custody;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.Crew;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;

/**
 * A production of its own for a test that closes the day: the wrap count covers every lot of a production,
 * so lots other tests leave on the shared demo western must not count. Its crew are new accounts in the demo
 * crew's roles (so the demo crew's own productions stay as other tests expect), reached by the demo usernames:
 * {@code user("rosa.armorer")} is this production's armorer. Today has a shooting day with one scene.
 */
record OwnProduction(Production production, UUID sceneId, Map<String, String> users) {

  private record Role(String demoName, String displayName, CrewRole role, String department) {}

  private static final Role[] CREW = {
      new Role("grace.producer", "Grace Mbeki", CrewRole.PRODUCER, null),
      new Role("sam.safety", "Samira Haddad", CrewRole.SAFETY_ADVISOR, null),
      new Role("rosa.armorer", "Rosa Delgado", CrewRole.ARMORER, "Armory"),
      new Role("dana.ad", "Dana Whitcombe", CrewRole.FIRST_AD, "Assistant directors"),
      new Role("eli.actor", "Eli Navarro", CrewRole.PERFORMER, "Cast"),
      new Role("marcus.camera", "Marcus Oyelaran", CrewRole.CREW, "Camera"),
      new Role("tess.grip", "Tess Lindqvist", CrewRole.CREW, "Grip")};

  static OwnProduction create(Crew crew, Productions productions, Accounts accounts, Schedule schedule,
      String title) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    OwnProduction own = SystemActor.call(() -> {
      Production production = productions.create(title + " " + suffix, "America/Denver");
      Map<String, String> users = new LinkedHashMap<>();
      for (Role member : CREW) {
        String username = member.demoName() + "." + suffix;
        accounts.createWithOneTimePassword(SystemActor.ID, username, member.displayName(), null, null);
        productions.addMember(production.id(), username, Set.of(member.role()), member.department());
        users.put(member.demoName(), username);
      }
      ShootingDay day = schedule.scheduleDay(production.id(), schedule.today(production), LocalTime.of(6, 30),
          "Cerro Pelon Ranch");
      UUID scene = schedule.addScene(production.id(), "42A", "The showdown at the well", day.id()).id();
      schedule.nameCast(production.id(), scene,
          Set.of(accounts.findByUsername(users.get("eli.actor")).orElseThrow().id()),
          accounts.findByUsername(users.get("marcus.camera")).orElseThrow().id());
      return new OwnProduction(production, scene, Map.copyOf(users));
    });
    crew.holdsArmorerPermit(own.user("rosa.armorer"));
    return own;
  }

  UUID id() {
    return production.id();
  }

  /** This production's account in the role the demo user of that name holds on the western. */
  String user(String demoName) {
    String username = users.get(demoName);
    if (username == null) {
      throw new IllegalArgumentException("no one in " + demoName + "'s role on this production");
    }
    return username;
  }
}
