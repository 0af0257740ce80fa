package org.setsafe.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.custody.Armory.WeaponEntry;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.protocol.domain.Protection;
import org.setsafe.protocol.domain.WeaponPlanContent;
import org.setsafe.protocol.domain.WeaponPlanContent.LineOfFire;
import org.setsafe.protocol.domain.WeaponPlanContent.WeaponLine;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * A plan version as drafted, as the API and the edit form send it; missing booleans read as "no". It turns itself
 * into a plan version's content, refusing what has the wrong shape (400, field and rule named); the plan rules are
 * checked after, against the scene and the register.
 */
public record PlanDraft(Boolean discharge, String load, String directionOfFire, List<LineDraft> lines,
    List<LineOfFireDraft> lineOfFire, String changeNote) {

  public static final int MAX_TEXT = 2000;
  public static final int MAX_SHORT = 200;
  public static final int MAX_LINES = 40;
  public static final int MAX_DISTANCE_FEET = 1000;

  /**
   * A weapon for a performer, pointed (or not) toward a person or the lens, and why a real firearm if nothing
   * fires.
   */
  public record LineDraft(UUID weaponId, UUID performerId, Boolean pointed, String pointedToward,
      String replicaReason) {}

  /** A person (personId) or a thing ("A camera") in the line of fire. */
  public record LineOfFireDraft(UUID personId, String thing, Protection protection, Integer distanceFeet) {}

  /** The content of the version, its weapons labelled as the register has them. */
  WeaponPlanContent content(Map<UUID, WeaponEntry> register) {
    List<LineDraft> lineDrafts = lines == null ? List.of() : lines;
    if (lineDrafts.isEmpty() || lineDrafts.size() > MAX_LINES) {
      throw new InvalidInputException("lines", "Size", "a weapon plan names 1 to " + MAX_LINES
          + " weapons, each with its performer").saying("input.protocol.plan.lines-size", MAX_LINES);
    }
    List<WeaponLine> weaponLines = new ArrayList<>();
    for (int i = 0; i < lineDrafts.size(); i++) {
      LineDraft d = lineDrafts.get(i);
      String at = "lines[" + i + "]";
      if (d == null || d.weaponId() == null) {
        throw new InvalidInputException(at + ".weaponId", "Required", at + ".weaponId is required")
            .saying("input.protocol.plan.field-required", at + ".weaponId");
      }
      if (d.performerId() == null) {
        throw new InvalidInputException(at + ".performerId", "Required", at + ".performerId is required")
            .saying("input.protocol.plan.field-required", at + ".performerId");
      }
      WeaponEntry entry = register.get(d.weaponId());
      boolean pointed = Boolean.TRUE.equals(d.pointed());
      weaponLines.add(new WeaponLine(d.weaponId(), entry == null ? "weapon " + d.weaponId() : entry.weapon().label(),
          entry == null ? WeaponKind.RUBBER_PROP : entry.weapon().kind(), d.performerId(), pointed,
          pointed ? Text.optional(at + ".pointedToward", d.pointedToward(), MAX_SHORT) : null,
          Text.optional(at + ".replicaReason", d.replicaReason(), MAX_TEXT)));
    }
    List<LineOfFireDraft> fireDrafts = lineOfFire == null ? List.of() : lineOfFire;
    if (fireDrafts.size() > MAX_LINES) {
      throw new InvalidInputException("lineOfFire", "Size", "at most " + MAX_LINES + " line-of-fire entries")
          .saying("input.protocol.plan.line-of-fire-size", MAX_LINES);
    }
    List<LineOfFire> fire = new ArrayList<>();
    for (int i = 0; i < fireDrafts.size(); i++) {
      LineOfFireDraft d = fireDrafts.get(i);
      String at = "lineOfFire[" + i + "]";
      if (d == null) {
        throw new InvalidInputException(at, "Required", at + " is empty")
            .saying("input.protocol.plan.line-of-fire-empty", at);
      }
      if (d.distanceFeet() != null && (d.distanceFeet() < 0 || d.distanceFeet() > MAX_DISTANCE_FEET)) {
        throw new InvalidInputException(at + ".distanceFeet", "Range", at + ".distanceFeet must be 0 to "
            + MAX_DISTANCE_FEET + " feet").saying("input.protocol.plan.distance-range", at + ".distanceFeet",
            MAX_DISTANCE_FEET);
      }
      fire.add(new LineOfFire(d.personId(), Text.optional(at + ".thing", d.thing(), MAX_SHORT), d.protection(),
          d.distanceFeet()));
    }
    return new WeaponPlanContent(Boolean.TRUE.equals(discharge), Text.optional("load", load, MAX_SHORT),
        Text.optional("directionOfFire", directionOfFire, MAX_SHORT * 2), weaponLines, fire);
  }
}
