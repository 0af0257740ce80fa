package org.setsafe.identity;

/** Roles that reach across productions; production roles are granted per production. */
public enum InstallationRole {
  /** Manages users and productions on this installation. */
  ADMINISTRATOR("Administrator"),
  /** Studio safety department or union safety rep: sees every production. */
  STUDIO_SAFETY("Studio safety");

  private final String label;

  InstallationRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
