package org.setsafe.production;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.domain.AccessDecision;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.SecurityAudit;
import org.springframework.stereotype.Component;

/**
 * The gate every production-scoped read and write passes, on pages and API alike. Who is asking is
 * resolved once per web request (the production and the person's roles, read from the database then,
 * so removing someone from a production takes effect with their next request) and kept for the rest
 * of it; outside a web request (the CLI, listeners, tests calling services) it is read anew each time.
 * Every refusal is logged, each time it is decided; someone not on the production gets "not found",
 * whatever id they tried.
 */
@Component
public class ProductionAccess {

  /** Why an administrator off the crew is refused what the crew records. */
  public static final String ADMINISTRATORS_DO_NOT_RECORD = "Administrators look after the installation; what happens on "
      + "set is recorded by the production's crew. Add yourself to the crew in a role that does this, if you should.";

  /**
   * The request attribute under which a web request keeps what it read of productions and their crews; put there
   * by the request filter, so only a request that opened it keeps anything.
   */
  public static final String READ_THIS_REQUEST = ProductionAccess.class.getName() + ".read";

  private final ReadThisRequest reads;
  private final Clock clock;

  ProductionAccess(ReadThisRequest reads, Clock clock) {
    this.reads = reads;
    this.clock = clock;
  }

  /**
   * Who is asking on this production, with their roles there and the production's today: the one check at the
   * door for anyone who may see the production. Refuses (and logs) anyone else, as {@link #require} does.
   */
  public OnSet onSet(UUID productionId) {
    SignedInUser user = signedIn();
    Allowed allowed = check(user, productionId, Permission.VIEW);
    Production production = allowed.production();
    return new OnSet(production, user.id(), allowed.roles().orElse(Set.of()),
        LocalDate.now(clock.withZone(production.timeZone())));
  }

  /**
   * As {@link #onSet}, for what only the production's own crew records: anyone else who may see it (studio
   * safety, an administrator) is refused with {@code refusal}, and the refusal logged.
   */
  public OnSet crew(UUID productionId, Supplier<AccessRefusedException> refusal) {
    OnSet onSet = onSet(productionId);
    if (!onSet.onCrew()) {
      SignedInUser user = SignedInUser.current().orElseThrow();
      SecurityAudit.accessRefused(user.getUsername(), "crew step on production " + productionId, "not on the crew");
      throw refusal.get();
    }
    return onSet;
  }

  /** The refusal of anyone not signed in, at every module's door. */
  public static AccessRefusedException signInFirst() {
    return new AccessRefusedException("sign in first").saying("input.production.not-allowed.sign-in-first");
  }

  /** The refusal of an administrator off the crew, for what the crew records: {@link #ADMINISTRATORS_DO_NOT_RECORD}. */
  public static AccessRefusedException administratorsDoNotRecord() {
    return new AccessRefusedException(ADMINISTRATORS_DO_NOT_RECORD)
        .saying("input.production.not-allowed.administrators-do-not-record");
  }

  /** Returns the production when the current user may do this on it; refuses (and logs) otherwise. */
  public Production require(UUID productionId, Permission permission) {
    return check(signedIn(), productionId, permission).production();
  }

  private Allowed check(SignedInUser user, UUID productionId, Permission permission) {
    Optional<Production> production = reads.production(productionId);
    Optional<Set<CrewRole>> roles = production.flatMap(p -> reads.rolesOf(p.id(), user.id()));
    AccessDecision decision = production.isEmpty() ? AccessDecision.NOT_ON_PRODUCTION
        : user.isSystem() ? AccessDecision.ALLOWED
        : AccessDecision.decide(permission, user.isAdministrator(), user.isStudioSafety(), roles);
    switch (decision) {
      case ALLOWED:
        return new Allowed(production.get(), roles);
      case ROLE_DOES_NOT_ALLOW:
        SecurityAudit.accessRefused(user.getUsername(), permission + " on production " + productionId,
            "role does not allow it");
        throw new AccessRefusedException("Your role on this production does not allow this ("
            + permission.name().toLowerCase().replace('_', ' ') + ").")
            .saying("input.production.not-allowed.role", permission.said());
      case ADMINISTRATOR_NOT_CREW:
        SecurityAudit.accessRefused(user.getUsername(), permission + " on production " + productionId,
            "administrator not on the crew");
        throw administratorsDoNotRecord();
      default:
        SecurityAudit.accessRefused(user.getUsername(), permission + " on production " + productionId,
            production.isEmpty() ? "no such production" : "not on this production");
        throw new NotFoundException("No production " + productionId + " that you are on.")
            .saying("input.production.not-found.not-on-it", String.valueOf(productionId));
    }
  }

  /** Whether the current user may do this, without refusing; for showing or hiding buttons. */
  public boolean allows(UUID productionId, Permission permission) {
    return SignedInUser.current().map(user -> user.isSystem() || AccessDecision.decide(permission, user.isAdministrator(),
        user.isStudioSafety(), reads.rolesOf(productionId, user.id())) == AccessDecision.ALLOWED).orElse(false);
  }

  /** The current user's roles on the production, none when signed out or not on it; for buttons, never refuses. */
  public Set<CrewRole> rolesHeld(UUID productionId) {
    return SignedInUser.current().flatMap(user -> reads.rolesOf(productionId, user.id())).orElse(Set.of());
  }

  /** Installation-wide actions (creating productions). */
  public SignedInUser requireAdministrator() {
    SignedInUser user = SignedInUser.current().orElseThrow(ProductionAccess::signInFirst);
    if (!user.isAdministrator()) {
      SecurityAudit.accessRefused(user.getUsername(), "administration", "not an administrator");
      throw new AccessRefusedException("Only an administrator may do this.")
          .saying("input.production.not-allowed.administrators-only");
    }
    return user;
  }

  private static SignedInUser signedIn() {
    return SignedInUser.current().orElseThrow(ProductionAccess::signInFirst);
  }

  /** The production someone may see, and their roles there (none for studio safety, an administrator off the crew). */
  private record Allowed(Production production, Optional<Set<CrewRole>> roles) {}
}
