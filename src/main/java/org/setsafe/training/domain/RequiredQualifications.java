package org.setsafe.training.domain;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.setsafe.production.CrewRole;

/**
 * Which qualifications a production needs of a person, from their roles there: everyone needs production
 * safety training; the armorer and property master an armorer permit (California Labor Code §9153(a)(1),
 * §9156); and whoever handles a firearm or works near one (armorer, property master, performers, the 1st AD,
 * the camera department) firearms safety training (§9156).
 *
 * <p>Until scenes name their cast and crew, "near a firearm" is decided by role and department, not per scene.
 */
public final class RequiredQualifications {

  public static final String ARMORER_PERMIT = "ARMORER_PERMIT";
  public static final String FIREARMS_SAFETY = "FIREARMS_SAFETY";
  public static final String PRODUCTION_SAFETY = "PRODUCTION_SAFETY";

  /** Type codes, most safety-critical first. */
  public Set<String> of(Set<CrewRole> roles, String department) {
    Set<String> needed = new LinkedHashSet<>();
    boolean armory = roles.contains(CrewRole.ARMORER) || roles.contains(CrewRole.PROPERTY_MASTER);
    if (armory) {
      needed.add(ARMORER_PERMIT);
    }
    if (armory || roles.contains(CrewRole.PERFORMER) || roles.contains(CrewRole.FIRST_AD) || inCamera(roles, department)) {
      needed.add(FIREARMS_SAFETY);
    }
    needed.add(PRODUCTION_SAFETY);
    return needed;
  }

  private static boolean inCamera(Set<CrewRole> roles, String department) {
    return roles.contains(CrewRole.CREW) && department != null
        && department.strip().toLowerCase(Locale.ROOT).startsWith("camera");
  }
}
