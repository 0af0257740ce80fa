package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;

/**
 * A production of its own for a walk in Spanish, its crew fresh accounts named after the demo crew ("dana.ad" becomes
 * "dana.ad.x1y2z3"). The demo crew is shared by every test in the context: a language one of them chose on a phone
 * would follow them into the next test, and this production's gaps and flags meet no other test's.
 */
final class SetOfItsOwn {

  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("grace.producer", "Grace Mbeki");
    NAMES.put("leo.upm", "Leo Park");
    NAMES.put("rosa.armorer", "Rosa Delgado");
    NAMES.put("dana.ad", "Dana Whitcombe");
    NAMES.put("eli.actor", "Eli Navarro");
    NAMES.put("marcus.camera", "Marcus Oyelaran");
    NAMES.put("tess.grip", "Tess Lindqvist");
  }

  private final Production production;
  private final String suffix;
  private final Accounts accounts;
  private final Schedule schedule;
  private final Productions productions;
  private final Map<String, String> joined = new LinkedHashMap<>();

  private SetOfItsOwn(Production production, String suffix, Accounts accounts, Schedule schedule,
      Productions productions) {
    this.production = production;
    this.suffix = suffix;
    this.accounts = accounts;
    this.schedule = schedule;
    this.productions = productions;
  }

  /** The production in Denver with its producer, UPM, armorer, 1st AD, a performer, the camera head and a grip. */
  static SetOfItsOwn create(Accounts accounts, Productions productions, Schedule schedule, String title) {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    Production production = SystemActor.call(() -> productions.create(title + " " + suffix, "America/Denver"));
    NAMES.forEach((username, name) -> accounts.createWithPassword(SystemActor.ID, username + "." + suffix, name, null,
        null, Crew.PASSWORD));
    Map<String, Object[]> crew = Map.of("grace.producer", new Object[] {null, CrewRole.PRODUCER},
        "leo.upm", new Object[] {null, CrewRole.UPM}, "rosa.armorer", new Object[] {"Armory", CrewRole.ARMORER},
        "dana.ad", new Object[] {"Assistant directors", CrewRole.FIRST_AD},
        "eli.actor", new Object[] {"Cast", CrewRole.PERFORMER}, "marcus.camera", new Object[] {"Camera", CrewRole.CAMERA},
        "tess.grip", new Object[] {"Grip", CrewRole.CREW});
    crew.forEach((username, place) -> SystemActor.run(() -> productions.addMember(production.id(),
        username + "." + suffix, EnumSet.of((CrewRole) place[1]), (String) place[0])));
    return new SetOfItsOwn(production, suffix, accounts, schedule, productions);
  }

  /**
   * Someone the demo crew has but this set has not yet (a safety advisor, say), on a fresh account named after them;
   * left out of {@link #create} because a production without them is what some walks read.
   */
  SetOfItsOwn joins(String username, String name, CrewRole role, String department) {
    accounts.createWithPassword(SystemActor.ID, who(username), name, null, null, Crew.PASSWORD);
    SystemActor.run(() -> productions.addMember(production.id(), who(username), EnumSet.of(role), department));
    joined.put(username, name);
    return this;
  }

  /** Someone of this set on another set's crew too, so that they have more than one production to choose from. */
  void alsoOn(SetOfItsOwn other, String username, CrewRole role) {
    SystemActor.run(() -> productions.addMember(other.id(), who(username), EnumSet.of(role), null));
  }

  UUID id() {
    return production.id();
  }

  String name() {
    return production.name();
  }

  /** The username of the person named after this demo crew member. */
  String who(String username) {
    return username + "." + suffix;
  }

  /** What the person's pages call them, and their link to their own account in the page's bar. */
  String displayName(String username) {
    return NAMES.getOrDefault(username, joined.get(username));
  }

  UUID person(String username) {
    return accounts.findByUsername(who(username)).orElseThrow().id();
  }

  LocalDate today() {
    return schedule.today(production);
  }

  ShootingDay day(LocalDate date, String location) {
    return SystemActor.call(() -> schedule.scheduleDay(production.id(), date, LocalTime.of(6, 30), location,
        LocalTime.of(12, 30), LocalTime.of(19, 0)));
  }

  /** A firearms scene on the day, as the office typed it, with Eli in its cast and Marcus its camera head. */
  Scene firearmsScene(ShootingDay day, String number, String description) {
    return SystemActor.call(() -> {
      Scene scene = schedule.addScene(production.id(), number, description, day.id());
      schedule.nameCast(production.id(), scene.id(), Set.of(person("eli.actor")), person("marcus.camera"));
      return schedule.markHazards(production.id(), scene.id(), Set.of(Hazard.FIREARMS));
    });
  }

  /**
   * The person, signed in on this phone on an English account page, chooses Spanish there from the link with their
   * name in the page's bar, and goes back to the production by the SetSafe link.
   */
  void choosesSpanish(Phone phone, String username) {
    phone.follow(displayName(username));
    assertThat(phone.heading()).isEqualTo("My account");
    phone.choose("language", "es").press("Use this language");
    assertThat(phone.heading()).isEqualTo("Mi cuenta");
    assertThat(phone.script("return document.documentElement.lang")).isEqualTo("es");
    phone.follow("SetSafe");
    assertThat(phone.heading()).isEqualTo(name());
  }
}
