package org.setsafe.protocol;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.setsafe.Crew;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Armory.WeaponDetails;
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

/**
 * A production of its own for a weapon plan test, with fresh accounts named after the demo crew ("rosa.armorer"
 * becomes "rosa.armorer.x1y2z3"): today's day on Stage 4 and tomorrow's on the Backlot, scene 12A today with Eli
 * and June in the cast and Marcus as camera head, a real Colt and a non-firing replica on the register.
 */
final class PlanSet {

  private static final Map<String, CrewRole> CREW = Map.of("rosa.armorer", CrewRole.ARMORER,
      "hank.props", CrewRole.PROPERTY_MASTER, "sam.safety", CrewRole.SAFETY_ADVISOR, "dana.ad", CrewRole.FIRST_AD,
      "eli.actor", CrewRole.PERFORMER, "june.actor", CrewRole.PERFORMER, "marcus.camera", CrewRole.CAMERA,
      "grace.producer", CrewRole.PRODUCER);
  private static final Map<String, String> NAMES = Map.of("rosa.armorer", "Rosa Delgado", "hank.props",
      "Hank Ostrowski", "sam.safety", "Samira Haddad", "dana.ad", "Dana Whitcombe", "eli.actor", "Eli Navarro",
      "june.actor", "June Castellanos", "marcus.camera", "Marcus Oyelaran", "grace.producer", "Grace Mbeki");

  final Production production;
  final ShootingDay today;
  final ShootingDay tomorrow;
  final Scene scene;
  final UUID colt;
  final UUID replica;
  private final String suffix;
  private final Crew crew;

  private PlanSet(Crew crew, Production production, String suffix, ShootingDay today, ShootingDay tomorrow,
      Scene scene, UUID colt, UUID replica) {
    this.crew = crew;
    this.production = production;
    this.suffix = suffix;
    this.today = today;
    this.tomorrow = tomorrow;
    this.scene = scene;
    this.colt = colt;
    this.replica = replica;
  }

  static PlanSet create(Crew crew, Accounts accounts, Productions productions, Schedule schedule, Armory armory,
      String title) {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    Production production = SystemActor.call(() -> productions.create(title + " " + suffix, "Etc/GMT"));
    CREW.forEach((username, role) -> {
      accounts.createWithPassword(SystemActor.ID, username + "." + suffix, NAMES.get(username), null, null,
          Crew.PASSWORD);
      SystemActor.run(() -> productions.addMember(production.id(), username + "." + suffix, EnumSet.of(role), null));
    });
    crew.holdsArmorerPermit("rosa.armorer." + suffix);
    CREW.forEach((username, role) -> {
      if (role == CrewRole.PERFORMER) {
        crew.holdsFirearmsSafety(username + "." + suffix);
      }
    });
    return SystemActor.call(() -> {
      ShootingDay today = schedule.scheduleDay(production.id(), schedule.today(production), LocalTime.of(6, 0),
          "Stage 4");
      ShootingDay tomorrow = schedule.scheduleDay(production.id(), schedule.today(production).plusDays(1),
          LocalTime.of(6, 0), "Backlot");
      Scene scene = schedule.addScene(production.id(), "12A", "Church interior: Cole fires one blank toward the altar.",
          today.id());
      scene = schedule.nameCast(production.id(), scene.id(), Set.of(crew.id("eli.actor." + suffix),
          crew.id("june.actor." + suffix)), crew.id("marcus.camera." + suffix));
      UUID colt = crew.as("rosa.armorer." + suffix, () -> armory.registerWeapon(production.id(), new WeaponDetails(
          WeaponKind.FIREARM, "B12-" + suffix, "Colt", "SAA", FirearmType.REVOLVER, ".45 Colt", "Gunslinger Rentals",
          "9-85-049-01", "Good", null))).weapon().id();
      UUID replica = crew.as("rosa.armorer." + suffix, () -> armory.registerWeapon(production.id(), new WeaponDetails(
          WeaponKind.NON_FIRING_REPLICA, "R7-" + suffix, "Denix", "SAA replica", null, null, "Prop House", null,
          "Good", null))).weapon().id();
      return new PlanSet(crew, production, suffix, today, tomorrow, scene, colt, replica);
    });
  }

  UUID id() {
    return production.id();
  }

  String who(String username) {
    return username + "." + suffix;
  }

  UUID person(String username) {
    return crew.id(who(username));
  }

  <T> T as(String username, Supplier<T> work) {
    return crew.as(who(username), work);
  }

  String coltLabel() {
    return "Colt SAA #B12-" + suffix;
  }

  /** A plan with no discharge: the Colt to Eli, with why a replica will not do. */
  PlanDraft coltForEli() {
    return new PlanDraft(false, null, null, List.of(new PlanDraft.LineDraft(colt, person("eli.actor"),
        false, null, "The cylinder turns in close-up; a replica's does not.")), List.of(), null);
  }
}
