package org.setsafe.training;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.SecurityAudit;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a person's qualifications: the person, administrators and studio safety see them; the
 * safety advisor, UPM and producers of a production the person is on see them and record for them; only that
 * production's safety advisor verifies an original. Each use case asks here once, at its entry; a stranger gets
 * "not found", a crewmate without the role a refusal, and either is logged.
 */
@Component
public class QualificationAccess {

  /** Roles on a production that look after its crew's qualifications. */
  static final Set<CrewRole> OVERSEERS = EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.UPM, CrewRole.PRODUCER);

  private final ProductionAccess access;
  private final CrewList crew;
  private final Accounts accounts;

  QualificationAccess(ProductionAccess access, CrewList crew, Accounts accounts) {
    this.access = access;
    this.crew = crew;
    this.accounts = accounts;
  }

  /** Whether the caller looks after this production's crew qualifications (and may see each person's). */
  public boolean overseesCrew(UUID productionId, SignedInUser caller) {
    return caller.isAdministrator() || caller.isStudioSafety()
        || crew.rolesOf(productionId, caller.id()).orElse(Set.of()).stream().anyMatch(OVERSEERS::contains);
  }

  /** Whether the caller records for crew members of this production (studio safety reads only). */
  public boolean recordsForCrew(UUID productionId) {
    return SignedInUser.current().map(caller -> crew.rolesOf(productionId, caller.id()).orElse(Set.of())
        .stream().anyMatch(OVERSEERS::contains)).orElse(false);
  }

  /** The holder's account, when the caller may see their records; 404 to strangers, 403 to crewmates. */
  Account mayView(PersonId holder) {
    UUID holderId = holder.value();
    SignedInUser caller = signedIn();
    Account account = accounts.findById(holderId).orElseThrow(() -> notFound(holderId));
    if (caller.id().equals(holderId) || caller.isAdministrator() || caller.isStudioSafety()) {
      return account;
    }
    boolean crewmate = false;
    for (Production p : crew.productionsOf(holderId)) {
      Optional<Set<CrewRole>> roles = crew.rolesOf(p.id(), caller.id());
      if (roles.isPresent()) {
        crewmate = true;
        if (roles.get().stream().anyMatch(OVERSEERS::contains)) {
          return account;
        }
      }
    }
    if (crewmate) {
      refuse(caller, "see qualifications of " + holderId, "Only the person, and the safety advisor, UPM and"
          + " producers of a production they are on, may see their certificates.", "input.training.not-allowed.see");
    }
    SecurityAudit.accessRefused(caller.getUsername(), "qualifications of " + holderId, "shares no production");
    throw notFound(holderId);
  }

  /** The caller, when they may record for the holder: themselves, or through a production they oversee. */
  SignedInUser mayRecordFor(PersonId holder, UUID viaProductionId) {
    UUID holderId = holder.value();
    SignedInUser caller = signedIn();
    if (viaProductionId == null) {
      if (caller.id().equals(holderId)) {
        return caller;
      }
      mayView(holder);
      refuse(caller, "record a certification for " + holderId, "To record a certificate for a crew member, name the"
          + " production (productionId) on which you are their safety advisor, UPM or producer.",
          "input.training.not-allowed.record-name-production");
    }
    access.require(viaProductionId, Permission.VIEW);
    onProduction(viaProductionId, holderId);
    boolean oversees = crew.rolesOf(viaProductionId, caller.id()).orElse(Set.of()).stream()
        .anyMatch(OVERSEERS::contains);
    if (!caller.id().equals(holderId) && !oversees) {
      refuse(caller, "record a certification for " + holderId, "Only the person, or the production's safety advisor,"
          + " UPM or a producer, may record a certificate.", "input.training.not-allowed.record");
    }
    return caller;
  }

  /** The caller, when they are the safety advisor of this production and the holder is on it. */
  SignedInUser mayVerify(PersonId holder, UUID productionId) {
    SignedInUser caller = signedIn();
    if (productionId == null) {
      throw new InvalidInputException("productionId", "Required",
          "productionId is required: the production whose safety advisor verifies")
          .saying("input.training.verify.production-required");
    }
    access.require(productionId, Permission.VIEW);
    if (!crew.rolesOf(productionId, caller.id()).orElse(Set.of()).contains(CrewRole.SAFETY_ADVISOR)) {
      refuse(caller, "verify a certification", "Only the production's safety advisor may verify a certificate.",
          "input.training.not-allowed.verify");
    }
    onProduction(productionId, holder.value());
    return caller;
  }

  private void onProduction(UUID productionId, UUID holderId) {
    if (crew.rolesOf(productionId, holderId).isEmpty()) {
      throw new NotFoundException("no member " + holderId + " on this production")
          .saying("input.training.not-found.member", holderId);
    }
  }

  private static SignedInUser signedIn() {
    return SignedInUser.current().orElseThrow(() -> new AccessRefusedException("sign in first")
        .saying("input.training.not-allowed.sign-in"));
  }

  /** Audits the attempt ({@code what}) and refuses it: {@code message} in English, {@code messageKey} its words. */
  private static void refuse(SignedInUser caller, String what, String message, String messageKey) {
    SecurityAudit.accessRefused(caller.getUsername(), what, "role does not allow it");
    throw new AccessRefusedException(message).saying(messageKey);
  }

  private static NotFoundException notFound(UUID holderId) {
    return new NotFoundException("No person " + holderId + " whose qualifications you may see.")
        .saying("input.training.not-found.person", holderId);
  }
}
