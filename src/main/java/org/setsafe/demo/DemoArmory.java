package org.setsafe.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Armory.WeaponDetails;
import org.setsafe.custody.Armory.WeaponEntry;
import org.setsafe.custody.Custody;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.custody.domain.FirearmType;
import org.setsafe.custody.domain.LotOrigin;
import org.setsafe.custody.domain.RoundClass;
import org.setsafe.custody.domain.VerificationMethod;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.protocol.PlanDraft;
import org.setsafe.protocol.PlanDraft.LineDraft;
import org.setsafe.protocol.PlanDrafting;
import org.setsafe.protocol.PlanSignOffs;
import org.setsafe.protocol.ScenePlan;
import org.setsafe.protocol.WeaponPlanCommand.RecordPlan;
import org.setsafe.protocol.WeaponPlanCommand.SignPlan;
import org.setsafe.protocol.WeaponPlans;
import org.setsafe.protocol.domain.SignOffCapacity;
import org.springframework.stereotype.Component;

/**
 * The western's armory, as Rosa the armorer would have set it up before the first firearms day: a revolver, a
 * blank-adapted pistol and a rubber replica registered, received, inspected and locked up; a box of dummies verified
 * round by round and a sealed box of blanks received; today's church scene given a weapon plan that Rosa and the
 * safety advisor signed. Every step goes through the services the pages use, signed in as the person who would take
 * it, so the ledger holds each one as if it had been done by hand. What is already there is left as it is.
 */
@Component
class DemoArmory {

  static final String ARMORER = "rosa.armorer";
  static final String SAFETY_ADVISOR = "sam.safety";
  static final String RENTAL_HOUSE = "Gunslinger Rentals";
  static final String RENTAL_LICENCE = "5-95-037-01-2C-04471";
  static final String LOCK_UP = "Armory truck, safe 1";
  static final String AMMUNITION_SUPPLIER = "Desert Prop Ammunition";

  static final WeaponDetails REVOLVER = new WeaponDetails(WeaponKind.FIREARM, "SA73-4471", "Colt",
      "Single Action Army", FirearmType.REVOLVER, ".45 Colt", RENTAL_HOUSE, RENTAL_LICENCE, "Good",
      "The Marshal's revolver.");
  static final WeaponDetails PISTOL = new WeaponDetails(WeaponKind.FIREARM, "BER-92-20117", "Beretta", "92FS",
      FirearmType.PISTOL, "9mm", RENTAL_HOUSE, RENTAL_LICENCE, "Good",
      "Blank-adapted: restricted barrel, cycles on 9mm blanks only.");
  static final WeaponDetails RUBBER_REVOLVER = new WeaponDetails(WeaponKind.RUBBER_PROP, "RUB-SAA-07", "Gunslinger Rentals",
      "Rubber Single Action Army", null, null, RENTAL_HOUSE, null, "Good",
      "Stunt replica for falls and fights; looks like the Colt from ten feet.");

  private final ActingAs acting;
  private final Armory armory;
  private final Custody custody;
  private final WeaponPlans plans;
  private final PlanDrafting drafting;
  private final PlanSignOffs signOffs;

  DemoArmory(ActingAs acting, Armory armory, Custody custody, WeaponPlans plans, PlanDrafting drafting,
      PlanSignOffs signOffs) {
    this.acting = acting;
    this.armory = armory;
    this.custody = custody;
    this.plans = plans;
    this.drafting = drafting;
    this.signOffs = signOffs;
  }

  /**
   * The weapons and lots, and the plan for {@code sceneId} (shot today): the Colt for {@code performerId}, the rubber
   * replica for {@code replicaPerformerId}. Returns the revolver's id.
   */
  UUID seed(UUID productionId, LocalDate today, UUID sceneId, UUID performerId, UUID replicaPerformerId) {
    UUID revolver = stocked(productionId, REVOLVER, "Bore and chambers clear, cylinder empty; timing and lock-up"
        + " checked, hammer safety notch holds.");
    stocked(productionId, PISTOL, "Barrel restrictor in place, chamber and magazine empty, slide and firing pin"
        + " checked.");
    UUID replica = stocked(productionId, RUBBER_REVOLVER, "Solid rubber throughout, no metal insert, paint sound.");
    if (lot(productionId, RoundClass.DUMMY, ".45 Colt").isEmpty()) {
      AmmunitionLot dummies = acting.call(ARMORER, () -> armory.registerLot(productionId, RoundClass.DUMMY.name(),
          ".45 Colt", AMMUNITION_SUPPLIER, today.minusDays(3), 50, LotOrigin.NEW_FROM_SUPPLIER));
      // Every round, never a sample: the primers are drilled out, so each one shows it is a dummy.
      acting.run(ARMORER, () -> custody.verifyDummies(productionId, dummies.id(),
          VerificationMethod.PRIMER_DRILLED_OR_ABSENT, dummies.count()));
    }
    if (lot(productionId, RoundClass.BLANK_HALF, "9mm").isEmpty()) {
      // Blanks come sealed from the supplier: received, they are ready; there is nothing to verify round by round.
      acting.run(ARMORER, () -> armory.registerLot(productionId, RoundClass.BLANK_HALF.name(), "9mm",
          AMMUNITION_SUPPLIER, today.minusDays(3), 100, LotOrigin.NEW_FROM_SUPPLIER));
    }
    plan(productionId, sceneId, revolver, performerId, replica, replicaPerformerId);
    return revolver;
  }

  /** The weapon registered, received from the rental house, inspected and locked up, unless already registered. */
  private UUID stocked(UUID productionId, WeaponDetails details, String finding) {
    Optional<WeaponEntry> registered = acting.call(ARMORER, () -> armory.weapons(productionId)).stream()
        .filter(entry -> details.serial().equals(entry.weapon().serial())).findFirst();
    if (registered.isPresent()) {
      return registered.get().weapon().id();
    }
    return acting.call(ARMORER, () -> {
      UUID weapon = armory.registerWeapon(productionId, details).weapon().id();
      custody.receive(productionId, weapon, RENTAL_HOUSE, RENTAL_LICENCE);
      custody.inspect(productionId, weapon, finding);
      custody.lockUp(productionId, weapon, LOCK_UP);
      return weapon;
    });
  }

  private Optional<AmmunitionLot> lot(UUID productionId, RoundClass roundClass, String caliber) {
    return acting.call(ARMORER, () -> armory.lots(productionId)).stream()
        .filter(lot -> lot.roundClass() == roundClass && lot.caliber().equals(caliber)
            && lot.supplier().equals(AMMUNITION_SUPPLIER))
        .findFirst();
  }

  /**
   * The scene's weapon plan, if it has none yet: nothing fired, the Colt drawn but never pointed (a real one
   * because the close-up shows its cylinder), the rubber replica worn by the other performer; signed by the
   * armorer and the safety advisor.
   */
  private void plan(UUID productionId, UUID sceneId, UUID revolver, UUID performerId, UUID replica,
      UUID replicaPerformerId) {
    ScenePlan existing = acting.call(ARMORER, () -> plans.plan(productionId, sceneId));
    if (existing.current() != null) {
      return;
    }
    PlanDraft draft = new PlanDraft(false, null, null, List.of(
        new LineDraft(revolver, performerId, false, null,
            "Close-up on the cylinder as the Marshal draws: a replica's cylinder reads false on camera."),
        new LineDraft(replica, replicaPerformerId, false, null, null)),
        List.of(), "Revolver drawn, not fired; the rubber replica stays holstered.");
    int version = acting.call(ARMORER, () -> drafting.record(productionId, new RecordPlan(sceneId, draft)))
        .current().version();
    acting.run(ARMORER, () -> signOffs.sign(productionId, new SignPlan(sceneId, version, SignOffCapacity.ARMORER)));
    acting.run(SAFETY_ADVISOR,
        () -> signOffs.sign(productionId, new SignPlan(sceneId, version, SignOffCapacity.SAFETY_ADVISOR)));
  }

  /** Whether the demo's armory is on the production already (its revolver registered). */
  boolean stockedOn(UUID productionId) {
    return acting.call(ARMORER, () -> armory.weapons(productionId)).stream()
        .anyMatch(entry -> REVOLVER.serial().equals(entry.weapon().serial()));
  }

  static Set<String> serials() {
    return Set.of(REVOLVER.serial(), PISTOL.serial(), RUBBER_REVOLVER.serial());
  }
}
