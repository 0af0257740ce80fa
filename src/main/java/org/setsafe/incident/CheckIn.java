package org.setsafe.incident;

/**
 * The check-ins after support is offered: a day, a week and four weeks later, at the same hour on the production's
 * clock (so a daylight-saving change does not move it).
 */
public enum CheckIn {
  DAY_1(1, "a day"),
  WEEK_1(7, "a week"),
  WEEK_4(28, "four weeks");

  private final int days;
  private final String after;

  CheckIn(int days, String after) {
    this.days = days;
    this.after = after;
  }

  public int days() {
    return days;
  }

  /** "a week", as in "a week after the incident". */
  public String after() {
    return after;
  }
}
