package org.setsafe.custody.domain;

import java.util.List;
import java.util.Optional;
import org.setsafe.custody.domain.CustodyEvents.Malfunction;
import org.setsafe.custody.domain.CustodyEvents.WeaponInspected;
import org.setsafe.shared.Refusal;

/**
 * After a malfunction (a jam, a cylinder that does not index) the armorer inspects the weapon before showing
 * it clear again. Unlike a misfire or an accidental discharge (rule 8), a malfunction does not call for the
 * safety advisor's review; but a weapon that did not work as it should is never re-introduced without the
 * armorer's own check (clearance every time a weapon is re-introduced: Ontario guideline 39, Manitoba
 * guideline 22, BBC guidance).
 */
public final class InspectAfterMalfunctionPolicy {

  public static final String RULE = "custody.inspect-after-malfunction";

  public Optional<Refusal> check(WeaponCustody custody) {
    List<WeaponEvent> history = custody.history();
    for (int i = history.size() - 1; i >= 0; i--) {
      WeaponEvent event = history.get(i);
      if (event instanceof WeaponInspected) {
        return Optional.empty();
      }
      if (event instanceof Malfunction) {
        return Optional.of(new Refusal(RULE, custody.weapon().label() + " malfunctioned; inspect it and write what "
            + "you found before showing it clear again.").saying("reason." + RULE, custody.weapon().label()));
      }
    }
    return Optional.empty();
  }
}
