package org.setsafe.production;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.domain.AccessDecision;
import org.setsafe.production.domain.ProductionStore;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.SecurityAudit;
import org.springframework.stereotype.Component;

/**
 * The gate every production-scoped read and write passes, on pages and API alike. Roles are read
 * from the database on every decision, so removing someone from a production takes effect at once.
 * Refusals are logged; someone not on the production gets "not found", whatever id they tried.
 */
@Component
public class ProductionAccess {

  /** Why an administrator off the crew is refused what the crew records. */
  public static final String ADMINISTRATORS_DO_NOT_RECORD = "Administrators look after the installation; what happens on "
      + "set is recorded by the production's crew. Add yourself to the crew in a role that does this, if you should.";

  private final ProductionStore store;

  ProductionAccess(ProductionStore store) {
    this.store = store;
  }

  /** Returns the production when the current user may do this on it; refuses (and logs) otherwise. */
  public Production require(UUID productionId, Permission permission) {
    SignedInUser user = SignedInUser.current()
        .orElseThrow(() -> new AccessRefusedException("sign in first"));
    Optional<Production> production = store.find(productionId);
    Optional<Set<CrewRole>> roles = production.flatMap(p -> store.rolesOf(p.id(), user.id()));
    AccessDecision decision = production.isEmpty() ? AccessDecision.NOT_ON_PRODUCTION
        : user.isSystem() ? AccessDecision.ALLOWED
        : AccessDecision.decide(permission, user.isAdministrator(), user.isStudioSafety(), roles);
    switch (decision) {
      case ALLOWED:
        return production.get();
      case ROLE_DOES_NOT_ALLOW:
        SecurityAudit.accessRefused(user.getUsername(), permission + " on production " + productionId,
            "role does not allow it");
        throw new AccessRefusedException("Your role on this production does not allow this ("
            + permission.name().toLowerCase().replace('_', ' ') + ").");
      case ADMINISTRATOR_NOT_CREW:
        SecurityAudit.accessRefused(user.getUsername(), permission + " on production " + productionId,
            "administrator not on the crew");
        throw new AccessRefusedException(ADMINISTRATORS_DO_NOT_RECORD);
      default:
        SecurityAudit.accessRefused(user.getUsername(), permission + " on production " + productionId,
            production.isEmpty() ? "no such production" : "not on this production");
        throw new NotFoundException("No production " + productionId + " that you are on.");
    }
  }

  /** Whether the current user may do this, without refusing; for showing or hiding buttons. */
  public boolean allows(UUID productionId, Permission permission) {
    return SignedInUser.current().map(user -> user.isSystem() || AccessDecision.decide(permission, user.isAdministrator(),
        user.isStudioSafety(), store.rolesOf(productionId, user.id())) == AccessDecision.ALLOWED).orElse(false);
  }

  /** Installation-wide actions (creating productions). */
  public SignedInUser requireAdministrator() {
    SignedInUser user = SignedInUser.current().orElseThrow(() -> new AccessRefusedException("sign in first"));
    if (!user.isAdministrator()) {
      SecurityAudit.accessRefused(user.getUsername(), "administration", "not an administrator");
      throw new AccessRefusedException("Only an administrator may do this.");
    }
    return user;
  }
}
