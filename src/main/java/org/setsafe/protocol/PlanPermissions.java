package org.setsafe.protocol;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.protocol.domain.SignOffCapacity;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.SecurityAudit;
import org.springframework.stereotype.Component;

/**
 * Who does what on the weapon plans: the armorer, the property master and the safety advisor draft and edit them;
 * the armorer or property master signs as armorer and the safety advisor as safety advisor; the 1st AD, the armorer
 * or the property master calls an unplanned rehearsal. The pages ask it what to offer; each use case asks it once,
 * at its door, and a refusal is audited.
 */
@Component
public class PlanPermissions {

  /** Who drafts and edits a plan. */
  static final Set<CrewRole> PLANNERS = EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER, CrewRole.SAFETY_ADVISOR);
  /** Who calls an unplanned rehearsal with weapons. */
  static final Set<CrewRole> REHEARSAL_CALLERS = EnumSet.of(CrewRole.FIRST_AD, CrewRole.ARMORER,
      CrewRole.PROPERTY_MASTER);

  private final CrewList crew;

  PlanPermissions(CrewList crew) {
    this.crew = crew;
  }

  /** Whether the caller may draft and edit plans on this production (for showing the form). */
  public boolean mayEdit(UUID productionId) {
    return holdsAny(productionId, PLANNERS);
  }

  /** The capacities the caller may sign or clear in on this production. */
  public List<SignOffCapacity> capacitiesOfCaller(UUID productionId) {
    List<SignOffCapacity> capacities = new ArrayList<>();
    if (holdsAny(productionId, EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER))) {
      capacities.add(SignOffCapacity.ARMORER);
    }
    if (holdsAny(productionId, EnumSet.of(CrewRole.SAFETY_ADVISOR))) {
      capacities.add(SignOffCapacity.SAFETY_ADVISOR);
    }
    return capacities;
  }

  /** Whether the caller may call an unplanned rehearsal with weapons on this production. */
  public boolean mayCallRehearsal(UUID productionId) {
    return holdsAny(productionId, REHEARSAL_CALLERS);
  }

  // ---- at each use case's door ----

  static SignedInUser caller() {
    return SignedInUser.current().orElseThrow(PlanPermissions::signInFirst);
  }

  /** Refused before anything else: nobody is signed in. */
  static AccessRefusedException signInFirst() {
    return new AccessRefusedException("sign in first").saying("input.protocol.not-allowed.sign-in");
  }

  void requirePlanner(UUID productionId, SignedInUser caller, UUID sceneId) {
    requireRole(productionId, caller, PLANNERS, "edit the weapon plan of scene " + sceneId,
        "Only the armorer, the property master or the safety advisor drafts or edits a weapon plan.",
        "input.protocol.not-allowed.plan-edit");
  }

  void requireRehearsalCaller(UUID productionId, SignedInUser caller, UUID sceneId) {
    requireRole(productionId, caller, REHEARSAL_CALLERS, "call a rehearsal on scene " + sceneId,
        "Only the 1st AD, the armorer or the property master calls an unplanned rehearsal with weapons.",
        "input.protocol.not-allowed.rehearsal-call");
  }

  void requireSafetyAdvisor(UUID productionId, SignedInUser caller) {
    requireRole(productionId, caller, EnumSet.of(CrewRole.SAFETY_ADVISOR), "set the minimum distance for blanks",
        "Only the production's safety advisor sets the minimum distance from the muzzle.",
        "input.protocol.not-allowed.min-blank-distance");
  }

  /**
   * The capacity the caller signs or clears in: the one asked for if their roles give it, or (none asked) the only
   * one they give. {@code what} names the attempt in the security audit.
   */
  SignOffCapacity capacityOf(UUID productionId, SignedInUser caller, SignOffCapacity asked, String what) {
    List<SignOffCapacity> mine = capacitiesOfCaller(productionId);
    if (asked == null) {
      if (mine.size() == 1) {
        return mine.get(0);
      }
      if (mine.isEmpty()) {
        refuse(caller, what, "Only the armorer or property master, and the safety advisor, sign weapon plans and"
            + " clear rehearsals.", "input.protocol.not-allowed.sign-off");
      }
      throw new InvalidInputException("capacity", "Required",
          "say in which capacity you sign: ARMORER or SAFETY_ADVISOR").saying("input.protocol.capacity-required");
    }
    if (!mine.contains(asked)) {
      refuse(caller, what, asked == SignOffCapacity.ARMORER
          ? "Only the armorer or the property master signs as armorer."
          : "Only the production's safety advisor signs as safety advisor.",
          "input.protocol.not-allowed.sign-as." + asked.name());
    }
    return asked;
  }

  private void requireRole(UUID productionId, SignedInUser caller, Set<CrewRole> allowed, String what,
      String message, String messageKey) {
    if (!holdsAny(productionId, allowed)) {
      refuse(caller, what, message, messageKey);
    }
  }

  private boolean holdsAny(UUID productionId, Set<CrewRole> allowed) {
    return SignedInUser.current().map(user -> crew.rolesOf(productionId, user.id()).orElse(Set.of()).stream()
        .anyMatch(allowed::contains)).orElse(false);
  }

  /** Audits the attempt ({@code what}) and refuses it: {@code message} in English, {@code messageKey} its words. */
  private static void refuse(SignedInUser caller, String what, String message, String messageKey) {
    SecurityAudit.accessRefused(caller.getUsername(), what, "role does not allow it");
    throw new AccessRefusedException(message).saying(messageKey);
  }
}
