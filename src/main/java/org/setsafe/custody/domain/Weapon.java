package org.setsafe.custody.domain;

import java.util.UUID;
import org.setsafe.shared.InvalidInputException;

/**
 * One weapon on a production's register. Guards the acquisition record: a firearm cannot be registered
 * without the fields 27 CFR 478.125 requires (manufacturer or importer, model, serial, type, caliber or
 * gauge), so the record investigators ask for is complete from the day the weapon arrives. Replicas and
 * rubber props are registered the same way but may leave those fields blank.
 *
 * <p>A correction is a new registration entry that keeps the original visible; this value never changes.
 */
public record Weapon(
    UUID id,
    UUID productionId,
    WeaponKind kind,
    String serial,
    String manufacturerOrImporter,
    String model,
    FirearmType type,
    String caliberOrGauge,
    WeaponOwner owner,
    String condition,
    String notes) {

  /** The regulation a firearm's record answers to; named in every refusal about a missing field. */
  public static final String ACQUISITION_RECORD_RULE = "27 CFR 478.125";

  public Weapon {
    Checks.id("id", id);
    Checks.id("productionId", productionId);
    Checks.present("kind", kind);
    Checks.present("owner", owner);
    serial = Checks.optionalText("serial", serial);
    manufacturerOrImporter = Checks.optionalText("manufacturerOrImporter", manufacturerOrImporter);
    model = Checks.optionalText("model", model);
    caliberOrGauge = Checks.optionalText("caliberOrGauge", caliberOrGauge);
    condition = Checks.optionalText("condition", condition);
    notes = Checks.optionalNotes("notes", notes);
    if (kind == WeaponKind.FIREARM) {
      requiredForFirearm("manufacturerOrImporter", manufacturerOrImporter, "manufacturer or importer");
      requiredForFirearm("model", model, "model");
      requiredForFirearm("serial", serial, "serial number");
      requiredForFirearm("type", type, "type (revolver, pistol, rifle, shotgun, other)");
      requiredForFirearm("caliberOrGauge", caliberOrGauge, "caliber or gauge");
    }
  }

  private static void requiredForFirearm(String field, Object value, String words) {
    if (value == null) {
      throw new InvalidInputException(field, ACQUISITION_RECORD_RULE,
          "A firearm needs its " + words + ": the acquisition record (" + ACQUISITION_RECORD_RULE
              + ") is incomplete without it");
    }
  }

  /** Only a firearm takes rounds; a replica that "needs" a load is a firearm registered wrongly. */
  public boolean loadable() {
    return kind.loadable();
  }

  /** How people on set name it: "Colt Single Action Army #A1234". */
  public String label() {
    String name = manufacturerOrImporter == null ? kind.name().toLowerCase().replace('_', ' ')
        : manufacturerOrImporter + (model == null ? "" : " " + model);
    return serial == null ? name : name + " #" + serial;
  }
}
