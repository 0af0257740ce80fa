package org.setsafe.custody.domain;

import java.util.Objects;
import java.util.Optional;
import org.setsafe.shared.Refusal;

/**
 * What {@link CustodyProtocol} decided about one step: refused, with the refusal to record as evidence, or accepted,
 * with the event to append and the weapon's custody once it is.
 */
public record Decision(CustodyAction action, Refusal refusal, WeaponEvent event, WeaponCustody after) {

  public Decision {
    Objects.requireNonNull(action, "action");
    if ((refusal == null) == (event == null || after == null)) {
      throw new IllegalArgumentException("a decision is either a refusal or an event with the custody after it");
    }
  }

  public static Decision refused(CustodyAction action, Refusal refusal) {
    return new Decision(action, Objects.requireNonNull(refusal, "refusal"), null, null);
  }

  public static Decision accepted(CustodyAction action, WeaponEvent event, WeaponCustody after) {
    return new Decision(action, null, event, after);
  }

  public boolean accepted() {
    return refusal == null;
  }

  public Optional<Refusal> refusalIfAny() {
    return Optional.ofNullable(refusal);
  }
}
