package org.setsafe.custody;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.setsafe.custody.domain.CustodyAction;
import org.setsafe.custody.domain.CustodyEvents.CustodyRefused;
import org.setsafe.shared.Refusal;
import org.setsafe.production.CrewRole;
import org.setsafe.production.OnSet;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.RefusedInputException;
import org.springframework.stereotype.Component;

/**
 * Who is asking and what they hold on the production, and how a refusal is answered: recorded first, then
 * thrown. Shared by the register and the custody service so both check and refuse the same way.
 */
@Component
class CustodyDesk {

  /** The person recording custody, on a production they are crew of, with their roles there. */
  record Caller(Production production, UUID userId, Set<CrewRole> roles) {
    UUID productionId() {
      return production.id();
    }

    static Caller of(OnSet onSet) {
      return new Caller(onSet.production(), onSet.userId(), onSet.roles());
    }
  }

  private final ProductionAccess access;
  private final CustodyRefusals refusals;
  private final Clock clock;

  CustodyDesk(ProductionAccess access, CustodyRefusals refusals, Clock clock) {
    this.access = access;
    this.refusals = refusals;
    this.clock = clock;
  }

  /** Anyone on the production may read custody; 404 for anyone else, whatever they guessed. */
  Production viewer(UUID productionId) {
    return access.require(productionId, Permission.VIEW);
  }

  /** Custody is recorded only by the production's own crew (studio safety and administrators watch, they do not act). */
  Caller caller(UUID productionId) {
    return Caller.of(access.crew(productionId,
        () -> new AccessRefusedException("Only the crew of this production record custody.")
            .saying("input.custody.not-allowed.crew")));
  }

  /** Throws the first refusal among the rules, after recording it. */
  @SafeVarargs
  final void check(Caller caller, CustodyAction action, UUID weaponId, UUID lotId,
      Supplier<Optional<Refusal>>... rules) {
    for (Supplier<Optional<Refusal>> rule : rules) {
      Optional<Refusal> refusal = rule.get();
      if (refusal.isPresent()) {
        throw refuse(caller, action, weaponId, lotId, refusal.get());
      }
    }
  }

  /**
   * Throws the refusal of what was typed into {@code field}, after recording it: a 400 like any input error, but
   * the attempt is evidence all the same.
   */
  void checkInput(Caller caller, CustodyAction action, UUID weaponId, String field, Supplier<Optional<Refusal>> rule) {
    Optional<Refusal> refusal = rule.get();
    if (refusal.isPresent()) {
      CustodyRefused fact = record(caller, action, weaponId, null, refusal.get());
      throw new RefusedInputException(field, refusal.get(), fact.eventId().toString());
    }
  }

  /**
   * A refusal answered as a problem with the input, not recorded (the input's shape, or where the day stands), with
   * the refusal's words: every custody refusal has some, as {@code EveryProblemIsSaidInWordsTest} checks.
   */
  static InvalidInputException invalid(String field, Refusal refusal) {
    Said said = refusal.said();
    return new InvalidInputException(field, refusal.rule(), refusal.reason()).saying(said.key(), said.args().toArray());
  }

  /** As {@link #invalid}, answered as a conflict with the state of things (409). */
  static ConflictException conflict(String field, Refusal refusal) {
    Said said = refusal.said();
    return new ConflictException(field, refusal.rule(), refusal.reason()).saying(said.key(), said.args().toArray());
  }

  /** Records the refusal in its own transaction (so it survives) and returns the exception to throw. */
  CustodyRefusedException refuse(Caller caller, CustodyAction action, UUID weaponId, UUID lotId, Refusal refusal) {
    CustodyRefused fact = record(caller, action, weaponId, lotId, refusal);
    String field = weaponId != null ? "weaponId" : lotId != null ? "lotId" : "productionId";
    return new CustodyRefusedException(field, refusal, fact.eventId());
  }

  private CustodyRefused record(Caller caller, CustodyAction action, UUID weaponId, UUID lotId, Refusal refusal) {
    CustodyRefused fact = CustodyRefused.of(UUID.randomUUID(), caller.productionId(), caller.userId(), clock.instant(),
        action, weaponId, lotId, refusal);
    refusals.record(fact);
    return fact;
  }
}
