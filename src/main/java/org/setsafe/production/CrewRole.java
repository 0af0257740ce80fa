package org.setsafe.production;

/** A person's role on one production. A person may hold several; the custody rules limit which. */
public enum CrewRole {
  ARMORER("Armorer"),
  PROPERTY_MASTER("Property master"),
  FIRST_AD("1st AD"),
  PERFORMER("Performer"),
  CREW("Crew"),
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
}
