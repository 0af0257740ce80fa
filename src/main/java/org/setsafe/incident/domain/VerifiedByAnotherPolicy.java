package org.setsafe.incident.domain;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal;

/**
 * An action closes only when someone other than its owner records that it works (ISO 45001 10.2: the effectiveness
 * of corrective action is reviewed): the verifier named for it, or else the safety advisor. An owner checking their
 * own work is how "cold gun" got called without a real check.
 */
public final class VerifiedByAnotherPolicy {

  public static final String RULE = "incident.verified-by-another";

  /** Who the rule refuses (the owner: a 409 recorded as evidence); {@link #mayVerify} says who else may. */
  public Optional<Refusal> check(CorrectiveAction action, UUID verifier) {
    if (action.ownerId().equals(verifier)) {
      boolean named = action.verifierId() != null;
      return Optional.of(new Refusal(RULE, "An action is verified by someone other than its owner: "
          + (named ? "the verifier named for it" : "the safety advisor") + " records whether it works.")
          .saying("reason.incident.verified-by-another." + (named ? "verifier" : "safety-advisor")));
    }
    return Optional.empty();
  }

  public boolean mayVerify(CorrectiveAction action, UUID verifier, Set<CrewRole> roles) {
    if (action.ownerId().equals(verifier)) {
      return false;
    }
    return action.verifierId() == null ? roles.contains(CrewRole.SAFETY_ADVISOR) : action.verifierId().equals(verifier);
  }
}
