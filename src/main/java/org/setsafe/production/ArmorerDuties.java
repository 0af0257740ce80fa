package org.setsafe.production;

import java.util.Set;
import java.util.UUID;

/**
 * Whether a crew member may take on another role today, answered by the custody module: while any weapon of the
 * production is out, the armorer or property master has no other duties (California Labor Code §9153(a)(3)).
 * Production must not depend on custody (custody asks production who is on the crew), so custody implements this
 * and production consults it whenever roles are given.
 */
public interface ArmorerDuties {

  /**
   * Refuses, by throwing {@link org.setsafe.shared.RuleRefusedException} after recording the refusal, a change of
   * roles that gives the armorer a second duty while weapons are out and no producer has authorised it.
   */
  void checkRoles(UUID productionId, UUID personId, Set<CrewRole> rolesBefore, Set<CrewRole> rolesAfter);
}
