package org.setsafe.staffing.domain;

/** Why a firearms scene is flagged: someone watched was short of rest, or over the weekly hours. */
public enum FlagKind {
  REST_SHORT("staffing.rest-short", "Short rest"),
  WEEKLY_HOURS_EXCEEDED("staffing.weekly-hours-exceeded", "Over the weekly hours");

  private final String code;
  private final String label;

  FlagKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The fact kind recorded when the flag is raised. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }
}
