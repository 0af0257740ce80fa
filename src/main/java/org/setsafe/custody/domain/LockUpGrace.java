package org.setsafe.custody.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyEvents.LockUpGraceSet;

/**
 * How long a weapon alerted at the meal break or wrap may stay out of lock-up before a hazard report opens: the
 * installation's, or a production's own when shorter. A production never lengthens it past the installation's; a
 * setting once shorter and now longer (the installation shortened it since) gives way to the installation's.
 * Folded from the production's {@link LockUpGraceSet} facts, as they stood at a moment.
 */
public record LockUpGrace(Duration installation, Integer productionMinutes, UUID setBy, Instant setAt) {

  public LockUpGrace {
    if (installation == null || installation.isNegative() || installation.isZero()) {
      throw new IllegalArgumentException("the installation's lock-up grace must be positive");
    }
  }

  /** The grace as the production's settings stood at {@code at} (all of them when null). */
  public static LockUpGrace of(Duration installation, Collection<? extends CustodyEvent> facts, Instant at) {
    LockUpGraceSet last = null;
    for (CustodyEvent fact : facts) {
      if (fact instanceof LockUpGraceSet set && (at == null || !set.occurredAt().isAfter(at))) {
        last = set;
      }
    }
    return last == null ? new LockUpGrace(installation, null, null, null)
        : new LockUpGrace(installation, last.minutes(), last.actorId(), last.occurredAt());
  }

  /** The grace that applies: the production's when it set one no longer than the installation's. */
  public Duration inForce() {
    if (productionMinutes == null) {
      return installation;
    }
    Duration own = Duration.ofMinutes(productionMinutes);
    return own.compareTo(installation) < 0 ? own : installation;
  }

  /** The longest a production may set, in whole minutes. */
  public long maxMinutes() {
    return installation.toMinutes();
  }
}
