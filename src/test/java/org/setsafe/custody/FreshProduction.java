package org.setsafe.custody;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.Crew;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;

/**
 * A production of its own for a test, in a time zone where it is mid-morning now, so a meal break can be planned
 * later today whatever the hour the test runs. Its crew are fresh accounts named after the demo crew
 * ({@link #who}: "rosa.armorer" becomes "rosa.armorer.x1y2z3", still Rosa Delgado), so neither its checks nor its
 * memberships meet other tests' weapons or the demo crew's productions.
 */
final class FreshProduction {

  private static final Map<String, String> NAMES = Map.of("grace.producer", "Grace Mbeki", "leo.upm", "Leo Park",
      "rosa.armorer", "Rosa Delgado", "hank.props", "Hank Ostrowski", "dana.ad", "Dana Whitcombe",
      "eli.actor", "Eli Navarro", "june.actor", "June Castellanos", "marcus.camera", "Marcus Oyelaran",
      "tess.grip", "Tess Lindqvist", "sam.safety", "Samira Haddad");

  final Production production;
  final ZoneId zone;
  private final String suffix;
  private final Productions productions;
  private final Schedule schedule;

  private FreshProduction(Production production, String suffix, Productions productions, Schedule schedule) {
    this.production = production;
    this.suffix = suffix;
    this.zone = production.timeZone();
    this.productions = productions;
    this.schedule = schedule;
  }

  /**
   * A production where it is between 10:00 and 11:00 now, with the armorer, 1st AD, producer, UPM, the cast and
   * the safety advisor (who signs weapon plans).
   */
  static FreshProduction onSet(Crew crew, Accounts accounts, Productions productions, Schedule schedule, Instant now,
      String title) {
    int offset = 10 - now.atZone(ZoneOffset.UTC).getHour();
    if (offset < -12) {
      offset += 24;
    }
    String zone = offset == 0 ? "Etc/GMT" : offset > 0 ? "Etc/GMT-" + offset : "Etc/GMT+" + -offset;
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    Production production = SystemActor.call(() -> productions.create(title + " " + suffix, zone));
    NAMES.forEach((username, name) -> accounts.createWithPassword(SystemActor.ID, username + "." + suffix, name, null,
        null, Crew.PASSWORD));
    FreshProduction fresh = new FreshProduction(production, suffix, productions, schedule);
    fresh.member("grace.producer", null, CrewRole.PRODUCER);
    fresh.member("leo.upm", null, CrewRole.UPM);
    fresh.member("sam.safety", null, CrewRole.SAFETY_ADVISOR);
    fresh.member("rosa.armorer", "Armory", CrewRole.ARMORER);
    fresh.member("dana.ad", "Assistant directors", CrewRole.FIRST_AD);
    fresh.member("eli.actor", "Cast", CrewRole.PERFORMER);
    fresh.member("june.actor", "Cast", CrewRole.PERFORMER);
    fresh.member("marcus.camera", "Camera", CrewRole.CREW);
    fresh.member("tess.grip", "Grip", CrewRole.CREW);
    crew.holdsArmorerPermit(fresh.who("rosa.armorer"));
    return fresh;
  }

  UUID id() {
    return production.id();
  }

  /** This production's account for a demo crew name; any other name unchanged. */
  String who(String username) {
    return NAMES.containsKey(username) ? username + "." + suffix : username;
  }

  void member(String username, String department, CrewRole... roles) {
    SystemActor.run(() -> productions.addMember(production.id(), who(username), EnumSet.of(roles[0], roles),
        department));
  }

  LocalDate today() {
    return schedule.today(production);
  }

  LocalTime localNow(Instant now) {
    return now.atZone(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
  }

  /** Today's shooting day, called at 06:00, with the meal break and wrap planned (either may be null). */
  ShootingDay today(LocalTime mealBreak, LocalTime wrap) {
    return SystemActor.call(() -> schedule.scheduleDay(production.id(), today(), LocalTime.of(6, 0), "Stage 4",
        mealBreak, wrap));
  }

  /** A scene on that day naming its cast and camera head. */
  Scene scene(ShootingDay day, Set<UUID> cast, UUID cameraHead) {
    return SystemActor.call(() -> {
      Scene scene = schedule.addScene(production.id(), "G" + (int) (Math.random() * 1000), "Gunfight", day.id());
      return schedule.nameCast(production.id(), scene.id(), cast, cameraHead);
    });
  }
}
