package org.setsafe.protocol.domain;

/** In which capacity someone signs a weapon plan or clears a rehearsal: both are needed, by two people. */
public enum SignOffCapacity {
  /** The armorer or the property master: answers for the weapons and the load. */
  ARMORER("Armorer"),
  /** The production's safety advisor: answers for the line of fire and the pointing. */
  SAFETY_ADVISOR("Safety advisor");

  private final String label;

  SignOffCapacity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** "the armorer's", "the safety advisor's". */
  public String possessive() {
    return "the " + label.toLowerCase(java.util.Locale.ROOT) + "'s";
  }
}
