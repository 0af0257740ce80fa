package org.setsafe.incident;

/**
 * Where a corrective action stands: open until its owner records it done; closed only when someone other than its
 * owner records that it works (verified effective), or that it does not (a new action must then answer its cause).
 */
public enum ActionStatus {
  OPEN("Open"),
  DONE("Done, waiting for verification"),
  VERIFIED_EFFECTIVE("Verified effective"),
  NOT_EFFECTIVE("Verified not effective");

  private final String label;

  ActionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
