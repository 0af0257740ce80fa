package org.setsafe.production;

import java.util.EnumSet;
import java.util.Set;
import org.setsafe.shared.Refusal.Said;

/**
 * What a person may do on a production, and which production roles grant it. Administrators administer the
 * installation: they see every production, add its people and export its evidence, but what happens on set (the
 * schedule, the meal break, wrap) is recorded by the production's crew, by their roles, administrators included.
 * Studio safety may see every production and export its evidence, but changes nothing.
 */
public enum Permission {
  /** See the production: dashboard, crew, schedule. Every member. */
  VIEW(EnumSet.allOf(CrewRole.class), true),
  /** Add and remove people, change their roles. */
  MANAGE_MEMBERS(EnumSet.of(CrewRole.PRODUCER, CrewRole.UPM), false),
  /** Shooting days and scenes. */
  MANAGE_SCHEDULE(EnumSet.of(CrewRole.PRODUCER, CrewRole.UPM, CrewRole.FIRST_AD), false, false),
  /** Export the ledger's evidence bundle for investigators. */
  EXPORT_EVIDENCE(EnumSet.of(CrewRole.SAFETY_ADVISOR), true);

  private final Set<CrewRole> grantedTo;
  private final boolean grantedToStudioSafety;
  private final boolean grantedToAdministrators;

  Permission(Set<CrewRole> grantedTo, boolean grantedToStudioSafety) {
    this(grantedTo, grantedToStudioSafety, true);
  }

  Permission(Set<CrewRole> grantedTo, boolean grantedToStudioSafety, boolean grantedToAdministrators) {
    this.grantedTo = grantedTo;
    this.grantedToStudioSafety = grantedToStudioSafety;
    this.grantedToAdministrators = grantedToAdministrators;
  }

  /** Whether an administrator may do this on any production, on the crew or not: administering, not recording. */
  public boolean grantedToAdministrators() {
    return grantedToAdministrators;
  }

  public boolean grantedBy(Set<CrewRole> roles) {
    return roles.stream().anyMatch(grantedTo::contains);
  }

  public boolean grantedToStudioSafety() {
    return grantedToStudioSafety;
  }

  /** What it allows in words, as a refusal names it: "manage members". */
  public Said said() {
    return Said.of("input.production.not-allowed.permission." + name());
  }
}
