package org.setsafe.incident.osha.domain;

/**
 * The 300 log's column M (and ITA's {@code type_of_incident}, codes 1 to 6): an injury, or which kind of illness.
 */
public enum InjuryType {
  INJURY(1, "Injury"),
  SKIN_DISORDER(2, "Skin disorder"),
  RESPIRATORY_CONDITION(3, "Respiratory condition"),
  POISONING(4, "Poisoning"),
  HEARING_LOSS(5, "Hearing loss"),
  OTHER_ILLNESS(6, "All other illnesses");

  private final int itaCode;
  private final String label;

  InjuryType(int itaCode, String label) {
    this.itaCode = itaCode;
    this.label = label;
  }

  public int itaCode() {
    return itaCode;
  }

  public String label() {
    return label;
  }

  public boolean illness() {
    return this != INJURY;
  }
}
