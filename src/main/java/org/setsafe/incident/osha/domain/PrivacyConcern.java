package org.setsafe.incident.osha.domain;

/**
 * The privacy concern cases of 29 CFR 1904.29(b)(7): the employee's name is not entered on the 300 log, which says
 * "privacy case" instead; the name is kept apart, on the 301, for those who keep the records.
 */
public enum PrivacyConcern {
  INTIMATE_BODY_PART("(i) An injury or illness to an intimate body part or the reproductive system"),
  SEXUAL_ASSAULT("(ii) An injury or illness resulting from a sexual assault"),
  MENTAL_ILLNESS("(iii) Mental illness"),
  HIV_HEPATITIS_TUBERCULOSIS("(iv) HIV infection, hepatitis, or tuberculosis"),
  NEEDLESTICK_CONTAMINATED("(v) Needlestick or sharps injury contaminated with another person's blood"),
  EMPLOYEE_ASKS("(vi) An illness case whose employee asks that their name not be entered");

  public static final String PRIVACY_CASE = "Privacy case";

  private final String label;

  PrivacyConcern(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
