package org.setsafe.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A production without a safety advisor (California Labor Code §§9151–9152.5) or without a named compliance
 * contact (§9153(a)(5)).
 */
@Component
@Order(101)
class SafetyContactReadinessCheck implements ReadinessCheck {

  static final String AREA = "Safety contacts";

  private final SafetyContacts contacts;

  SafetyContactReadinessCheck(SafetyContacts contacts) {
    this.contacts = contacts;
  }

  @Override
  public Area area() {
    return new Area(AREA, "A safety advisor and a compliance contact are named.");
  }

  @Override
  public List<Gap> gaps(UUID productionId) {
    List<Gap> gaps = new ArrayList<>();
    if (contacts.safetyAdvisors(productionId).isEmpty()) {
      gaps.add(new Gap(AREA, "No safety advisor on the production",
          "Add a safety advisor with no other role, who may halt production (California Labor Code §§9151–9152.5).",
          "/productions/" + productionId + "/crew"));
    }
    if (contacts.contact(productionId, SafetyContactKind.COMPLIANCE_CONTACT).isEmpty()) {
      gaps.add(new Gap(AREA, "No compliance contact named",
          "Name the person who receives and acts on safety concerns (California Labor Code §9153(a)(5)).",
          "/productions/" + productionId + "/locations#contacts"));
    }
    return gaps;
  }
}
