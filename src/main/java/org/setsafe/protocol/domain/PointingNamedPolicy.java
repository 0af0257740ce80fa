package org.setsafe.protocol.domain;

import java.util.List;
import java.util.Optional;
import org.setsafe.protocol.domain.WeaponPlanContent.WeaponLine;
import org.setsafe.shared.Refusal;

/**
 * A weapon pointed toward a person or the lens says toward whom or what, so the armorer and the safety advisor
 * know what they sign: never point a firearm at anyone without consulting the armorer (industry safety bulletin
 * #1). On Rust the gun was pointed toward the lens, with the camera operator behind it.
 */
public final class PointingNamedPolicy {

  public static final String RULE = "protocol.pointing-named";

  public Optional<Refusal> check(WeaponPlanContent plan) {
    List<WeaponLine> lines = plan.lines();
    for (int i = 0; i < lines.size(); i++) {
      WeaponLine line = lines.get(i);
      if (line.pointed() && (line.pointedToward() == null || line.pointedToward().isBlank())) {
        return Optional.of(new Refusal(RULE, line.weaponLabel()
            + " is pointed toward a person or the lens: say toward whom or what, so both sign-offs cover it"
            + " (industry safety bulletin #1).", "lines[" + i + "].pointedToward")
            .saying("reason.protocol.pointing-named", line.weaponLabel()));
      }
    }
    return Optional.empty();
  }
}
