package org.setsafe.production;

import org.setsafe.shared.Refusal.Said;

/** A person's role on one production. A person may hold several; the custody rules limit which. */
public enum CrewRole {
  ARMORER("Armorer"),
  PROPERTY_MASTER("Property master"),
  FIRST_AD("1st AD"),
  PERFORMER("Performer"),
  CREW("Crew"),
  /** Camera operators and assistants: in the line of fire more than anyone, and their hours are watched. */
  CAMERA("Camera crew"),
  STUNT_COORDINATOR("Stunt coordinator"),
  /** Special effects, including pyrotechnics. */
  SPECIAL_EFFECTS("Special effects"),
  SAFETY_ADVISOR("Safety advisor"),
  UPM("UPM"),
  PRODUCER("Producer");

  private final String label;

  CrewRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The role in the reader's words, for a problem or a reason that names it: the pages' own name for the role. */
  public Said said() {
    return Said.of("crew.role." + name());
  }
}
