package org.setsafe.custody.domain;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.shared.Refusal;

/**
 * A show-clear is shown to other people: the armorer cannot be their own witness, or the clearance check the
 * performer, the 1st AD and the camera head are meant to see would be seen by nobody (Ontario guideline 39,
 * BBC guidance). The attempt is recorded, like every custody refusal.
 */
public final class ShowClearWitnessedByOthersPolicy {

  public static final String RULE = "custody.show-clear-witnessed-by-others";

  public Optional<Refusal> check(UUID armorerId, Set<UUID> witnesses) {
    if (witnesses == null || !witnesses.contains(armorerId)) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(RULE, "The armorer cannot witness their own show-clear: name the performer, the "
        + "1st AD and the camera head, who each confirm from their own phone.").saying("reason." + RULE));
  }
}
