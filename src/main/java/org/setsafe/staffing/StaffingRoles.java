package org.setsafe.staffing;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.OnSet;
import org.setsafe.production.ProductionAccess;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.SecurityAudit;
import org.springframework.stereotype.Component;

/**
 * Who keeps a production's staffing: the UPM, 1st AD or a producer schedule people onto days; the UPM and 1st AD
 * record anyone's hours (everyone records their own); a producer or the UPM decides on flags and sets the limits.
 * Each staffing step is checked here once, at its door; administrators keep the roster and hours only in a crew
 * role of their own, like everyone else.
 */
@Component
public class StaffingRoles {

  /** Roles that schedule people onto a day's duties. */
  static final Set<CrewRole> SCHEDULERS = EnumSet.of(CrewRole.UPM, CrewRole.FIRST_AD, CrewRole.PRODUCER);
  /** Roles that record hours for anyone on the crew (everyone records their own). */
  static final Set<CrewRole> TIMEKEEPERS = EnumSet.of(CrewRole.UPM, CrewRole.FIRST_AD);
  /** Roles accountable for a decision on a fatigue flag and for the production's limits. */
  static final Set<CrewRole> DECIDERS = EnumSet.of(CrewRole.PRODUCER, CrewRole.UPM);

  /** Who is asking, resolved once: the signed-in person and their place on the production. */
  record Caller(SignedInUser user, OnSet onSet) {

    UUID id() {
      return user.id();
    }

    boolean holdsAny(Set<CrewRole> allowed) {
      return user.isSystem() || onSet.holdsAny(allowed);
    }
  }

  private final ProductionAccess access;

  StaffingRoles(ProductionAccess access) {
    this.access = access;
  }

  /** Whether the signed-in person may schedule people onto the production's days; for showing forms. */
  public boolean maySchedule(UUID productionId) {
    return may(productionId, SCHEDULERS);
  }

  /** Whether the signed-in person may decide on flags and set the limits; for showing forms. */
  public boolean mayDecide(UUID productionId) {
    return may(productionId, DECIDERS);
  }

  /** Whether the signed-in person may record anyone's hours; for showing forms. */
  public boolean mayKeepTime(UUID productionId) {
    return may(productionId, TIMEKEEPERS);
  }

  /** The one check at the door for anyone who may see the production. */
  Caller onSet(UUID productionId) {
    SignedInUser user = SignedInUser.current().orElseThrow(ProductionAccess::signInFirst);
    return new Caller(user, access.onSet(productionId));
  }

  /** As {@link #onSet}, for a step only {@code allowed} roles take; anyone else is refused with {@code refusal}. */
  Caller require(UUID productionId, Set<CrewRole> allowed, String what, Supplier<AccessRefusedException> refusal) {
    Caller caller = onSet(productionId);
    refuseUnless(caller, allowed, what, refusal);
    return caller;
  }

  /** Refuses (and logs) a caller who holds none of {@code allowed}. */
  static void refuseUnless(Caller caller, Set<CrewRole> allowed, String what,
      Supplier<AccessRefusedException> refusal) {
    if (!caller.holdsAny(allowed)) {
      SecurityAudit.accessRefused(caller.user().getUsername(), what, "role does not allow it");
      // An administrator off the crew is told why administrators do not keep a production's roster and hours.
      throw caller.user().isAdministrator() && !caller.onSet().onCrew()
          ? ProductionAccess.administratorsDoNotRecord() : refusal.get();
    }
  }

  private boolean may(UUID productionId, Set<CrewRole> allowed) {
    return SignedInUser.current()
        .map(u -> u.isSystem() || access.rolesHeld(productionId).stream().anyMatch(allowed::contains))
        .orElse(false);
  }
}
