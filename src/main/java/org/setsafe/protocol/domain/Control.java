package org.setsafe.protocol.domain;

import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/** One control on a hazard, tagged with its level in the hierarchy of controls (ISO 45001 8.1.2). */
public record Control(ControlLevel level, String description) {

  public static final int MAX_DESCRIPTION = 500;

  public Control {
    if (level == null) {
      throw new InvalidInputException("controls.level", "Required",
          "each control names its level: ELIMINATION, SUBSTITUTION, ENGINEERING, ADMINISTRATIVE or PPE")
          .saying("input.protocol.risk.control-level-required");
    }
    description = Text.required("controls.description", description, MAX_DESCRIPTION);
  }
}
