package org.setsafe.incident;

/** How a root cause was found: a five-whys chain (why, because, in order) or a contributing factor on its own. */
public enum CauseForm {
  FIVE_WHYS("Five whys"),
  FACTOR("Contributing factor");

  private final String label;

  CauseForm(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
