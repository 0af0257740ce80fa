package org.setsafe.protocol.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an unplanned rehearsal with weapons still waits for its fresh clearance: the newest call on the scene
 * and which of the armorer's and the safety advisor's clearances it lacks. On Rust the armorer was not called back
 * to check the gun before an impromptu rehearsal.
 */
public record RehearsalStatus(RehearsalCall open, List<SignOffCapacity> awaiting) {

  public static final RehearsalStatus NONE = new RehearsalStatus(null, List.of());

  /** From the scene's rehearsal calls in the order called, and their clearances. */
  public static RehearsalStatus of(List<RehearsalCall> calls, List<RehearsalClearance> clearances) {
    Optional<RehearsalCall> newest = calls.isEmpty() ? Optional.empty() : Optional.of(calls.get(calls.size() - 1));
    if (newest.isEmpty()) {
      return NONE;
    }
    Set<SignOffCapacity> missing = EnumSet.allOf(SignOffCapacity.class);
    clearances.stream().filter(c -> c.rehearsalId().equals(newest.get().id()))
        .forEach(c -> missing.remove(c.capacity()));
    return missing.isEmpty() ? NONE : new RehearsalStatus(newest.get(), List.copyOf(missing));
  }

  public boolean uncleared() {
    return open != null;
  }
}
