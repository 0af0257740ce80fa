package org.setsafe.protocol.domain;

import java.util.List;
import java.util.Optional;
import org.setsafe.protocol.domain.WeaponPlanContent.LineOfFire;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

/**
 * Whoever and whatever is in the line of fire is protected, by a shield or by remote operation, and stands at
 * least the production's minimum distance from the muzzle (20 ft for blanks unless the production sets more):
 * Ontario guideline 39, Australian screen-safety guidance, BBC guidance. On Rust the camera operator stood by the
 * camera in the line of fire, not at a remote monitor.
 */
public final class LineOfFirePolicy {

  public static final String PROTECTED = "protocol.line-of-fire-protected";
  public static final String DISTANCE = "protocol.blank-distance";

  public Optional<Refusal> check(WeaponPlanContent plan, PlanContext context) {
    List<LineOfFire> entries = plan.lineOfFire();
    for (int i = 0; i < entries.size(); i++) {
      LineOfFire entry = entries.get(i);
      String at = "lineOfFire[" + i + "]";
      boolean person = entry.personId() != null;
      boolean thing = entry.thing() != null && !entry.thing().isBlank();
      if (person == thing) {
        return Optional.of(new Refusal(PROTECTED,
            "Each line-of-fire entry is either a person on the production or a thing (e.g. \"A camera\").", at)
            .saying("reason.protocol.line-of-fire-protected.either"));
      }
      if (person && !context.members().contains(entry.personId())) {
        return Optional.of(new Refusal(PROTECTED,
            "Person " + entry.personId() + " is not on this production.", at + ".personId")
            .saying("reason.protocol.line-of-fire-protected.not-on-production", entry.personId()));
      }
      String who = person ? "a person" : "\"" + entry.thing().strip() + "\"";
      Said whoSaid = person ? Said.of("reason.protocol.line-of-fire.a-person")
          : Said.of("reason.protocol.line-of-fire.thing", entry.thing().strip());
      if (entry.protection() == null) {
        return Optional.of(new Refusal(PROTECTED, "Line of fire: " + who
            + " needs a shield or remote operation (Ontario guideline 39; Australian screen-safety guidance).",
            at + ".protection").saying("reason.protocol.line-of-fire-protected.protection", whoSaid));
      }
      if (entry.distanceFeet() == null || entry.distanceFeet() < context.minBlankDistanceFeet()) {
        return Optional.of(new Refusal(DISTANCE, "Line of fire: " + who + " must be at least "
            + context.minBlankDistanceFeet() + " ft from the muzzle"
            + (entry.distanceFeet() == null ? "; no distance is given" : ", not " + entry.distanceFeet() + " ft")
            + " (this production's minimum for blanks; Ontario guideline 39, BBC guidance).", at + ".distanceFeet")
            .saying("reason.protocol.blank-distance", whoSaid, context.minBlankDistanceFeet(),
                entry.distanceFeet() == null ? Said.of("reason.protocol.blank-distance.none")
                    : Said.of("reason.protocol.blank-distance.short", entry.distanceFeet())));
      }
    }
    return Optional.empty();
  }
}
