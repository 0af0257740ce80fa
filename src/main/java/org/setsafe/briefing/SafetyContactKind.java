package org.setsafe.briefing;

import java.util.Arrays;
import org.setsafe.shared.InvalidInputException;

/**
 * The people the crew calls about safety, and the support they may need after a frightening day. The call sheet
 * prints the safety contacts with the day and the support contacts at its end.
 */
public enum SafetyContactKind {
  /** The person named to receive and act on safety concerns (California Labor Code §9153(a)(5)). */
  COMPLIANCE_CONTACT("Compliance contact (SB 132)", false),
  MEDIC("Set medic", false),
  SAFETY_HOTLINE("Safety hotline", false),
  UNION_SAFETY_REP("Union safety representative", false),
  COUNSELLING("Counselling", true),
  EMPLOYEE_ASSISTANCE("Employee assistance programme", true);

  private final String label;
  private final boolean support;

  SafetyContactKind(String label, boolean support) {
    this.label = label;
    this.support = support;
  }

  public String label() {
    return label;
  }

  /** Support (counselling, employee assistance) rather than a safety contact. */
  public boolean support() {
    return support;
  }

  /** The kind named by its code (e.g. MEDIC), refused with the field named when it is not one. */
  public static SafetyContactKind parse(String code) {
    String wanted = code == null ? "" : code.strip();
    return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(wanted)).findFirst()
        .orElseThrow(() -> new InvalidInputException("kind", "Known", "kind must be one of "
            + Arrays.toString(values())).saying("input.briefing.contact.kind-known", Arrays.toString(values())));
  }
}
