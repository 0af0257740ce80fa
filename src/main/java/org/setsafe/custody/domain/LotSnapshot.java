package org.setsafe.custody.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewRole;

/**
 * What a lot step's rules need beyond the lot's balance, read once when the step is asked for: who is acting, with
 * which roles on the production, and the moment of the step. {@link LotProtocol} decides on it and the balance alone.
 */
public record LotSnapshot(UUID productionId, UUID personId, Set<CrewRole> roles, Instant now) {

  public LotSnapshot {
    Objects.requireNonNull(productionId, "productionId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(now, "now");
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }
}
