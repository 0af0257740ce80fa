package org.setsafe.custody.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Refusal.Said;

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
    List<InvalidInputException> missing =
        missingFromAcquisitionRecord(kind, manufacturerOrImporter, model, serial, type, caliberOrGauge);
    if (!missing.isEmpty()) {
      throw missing.get(0);
    }
  }

  /**
   * Every field a firearm's acquisition record lacks, in the order of the form, each naming the field in words; none
   * for a replica or a complete record. The register page shows them all at once; the record refuses the first.
   */
  public static List<InvalidInputException> missingFromAcquisitionRecord(WeaponKind kind,
      String manufacturerOrImporter, String model, String serial, FirearmType type, String caliberOrGauge) {
    List<InvalidInputException> missing = new ArrayList<>();
    if (kind == WeaponKind.FIREARM) {
      requiredForFirearm(missing, "manufacturerOrImporter", manufacturerOrImporter, "manufacturer or importer");
      requiredForFirearm(missing, "model", model, "model");
      requiredForFirearm(missing, "serial", serial, "serial number");
      requiredForFirearm(missing, "type", type, "type (revolver, pistol, rifle, shotgun, other)");
      requiredForFirearm(missing, "caliberOrGauge", caliberOrGauge, "caliber or gauge");
    }
    return missing;
  }

  private static void requiredForFirearm(List<InvalidInputException> missing, String field, Object value,
      String words) {
    if (value == null || value instanceof String text && text.isBlank()) {
      missing.add(new InvalidInputException(field, ACQUISITION_RECORD_RULE,
          "A firearm needs its " + words + ": the acquisition record (" + ACQUISITION_RECORD_RULE
              + ") is incomplete without it").saying("input.custody.acquisition-record",
              Said.of("input.custody.acquisition-record." + field), ACQUISITION_RECORD_RULE));
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
