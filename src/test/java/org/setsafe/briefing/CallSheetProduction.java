package org.setsafe.briefing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
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
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;

/**
 * A production of its own for a briefing test, with fresh accounts named after the demo crew ("leo.upm" becomes
 * "leo.upm.x1y2z3"), so its gaps, hospitals and contacts meet no other test's. It has no safety advisor until a
 * test adds one ({@link #addSafetyAdvisor}).
 */
final class CallSheetProduction {

  private static final Map<String, String> NAMES = Map.of("grace.producer", "Grace Mbeki", "leo.upm", "Leo Park",
      "rosa.armorer", "Rosa Delgado", "dana.ad", "Dana Whitcombe", "eli.actor", "Eli Navarro",
      "marcus.camera", "Marcus Oyelaran", "sam.safety", "Samira Haddad", "tess.grip", "Tess Lindqvist");

  final Production production;
  private final String suffix;
  private final Accounts accounts;
  private final Productions productions;
  private final Schedule schedule;

  private CallSheetProduction(Production production, String suffix, Accounts accounts, Productions productions,
      Schedule schedule) {
    this.production = production;
    this.suffix = suffix;
    this.accounts = accounts;
    this.productions = productions;
    this.schedule = schedule;
  }

  static CallSheetProduction create(Accounts accounts, Productions productions, Schedule schedule, String title) {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    Production production = SystemActor.call(() -> productions.create(title + " " + suffix, "America/Denver"));
    NAMES.forEach((username, name) -> accounts.createWithPassword(SystemActor.ID, username + "." + suffix, name, null,
        null, Crew.PASSWORD));
    CallSheetProduction fresh = new CallSheetProduction(production, suffix, accounts, productions, schedule);
    fresh.member("grace.producer", null, CrewRole.PRODUCER);
    fresh.member("leo.upm", null, CrewRole.UPM);
    fresh.member("rosa.armorer", "Armory", CrewRole.ARMORER);
    fresh.member("dana.ad", "Assistant directors", CrewRole.FIRST_AD);
    fresh.member("eli.actor", "Cast", CrewRole.PERFORMER);
    fresh.member("marcus.camera", "Camera", CrewRole.CAMERA);
    fresh.member("tess.grip", "Grip", CrewRole.CREW);
    return fresh;
  }

  UUID id() {
    return production.id();
  }

  String who(String username) {
    return NAMES.containsKey(username) ? username + "." + suffix : username;
  }

  UUID person(String username) {
    return accounts.findByUsername(who(username)).orElseThrow().id();
  }

  void addSafetyAdvisor() {
    member("sam.safety", "Safety", CrewRole.SAFETY_ADVISOR);
  }

  private void member(String username, String department, CrewRole role) {
    SystemActor.run(() -> productions.addMember(production.id(), who(username), EnumSet.of(role), department));
  }

  LocalDate today() {
    return schedule.today(production);
  }

  ShootingDay day(LocalDate date, String location) {
    return SystemActor.call(() -> schedule.scheduleDay(production.id(), date, LocalTime.of(6, 30), location,
        LocalTime.of(12, 30), LocalTime.of(19, 0)));
  }

  /** A scene on the day with its hazards marked, its cast and its camera head named. */
  Scene scene(ShootingDay day, String number, String description, Set<Hazard> hazards, Set<UUID> cast,
      UUID cameraHead) {
    return SystemActor.call(() -> {
      Scene scene = schedule.addScene(production.id(), number, description, day.id());
      schedule.nameCast(production.id(), scene.id(), cast, cameraHead);
      return schedule.markHazards(production.id(), scene.id(), hazards);
    });
  }
}
