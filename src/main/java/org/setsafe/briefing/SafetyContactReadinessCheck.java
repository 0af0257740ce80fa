package org.setsafe.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.setsafe.briefing.domain.SafetyContactStore;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal.Said;
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

  // The unchecked reads: the check refuses no one (its callers checked who asks, or it runs in the background).
  private final SafetyContactStore contacts;
  private final CrewList crew;

  SafetyContactReadinessCheck(SafetyContactStore contacts, CrewList crew) {
    this.contacts = contacts;
    this.crew = crew;
  }

  @Override
  public Area area() {
    return new Area(AREA, "A safety advisor and a compliance contact are named.")
        .saying(Said.of("gap.briefing.area.safety-contacts"), Said.of("gap.briefing.area.safety-contacts.clear"));
  }

  @Override
  public List<Gap> gaps(UUID productionId) {
    List<Gap> gaps = new ArrayList<>();
    if (crew.members(productionId).stream().noneMatch(m -> m.holds(CrewRole.SAFETY_ADVISOR))) {
      gaps.add(new Gap(AREA, "No safety advisor on the production",
          "Add a safety advisor with no other role, who may halt production (California Labor Code §§9151–9152.5).",
          "/productions/" + productionId + "/crew")
          .saying(Said.of("gap.briefing.no-safety-advisor"), Said.of("gap.briefing.no-safety-advisor.fix")));
    }
    if (contacts.contacts(productionId).stream().noneMatch(c -> c.kind() == SafetyContactKind.COMPLIANCE_CONTACT)) {
      gaps.add(new Gap(AREA, "No compliance contact named",
          "Name the person who receives and acts on safety concerns (California Labor Code §9153(a)(5)).",
          "/productions/" + productionId + "/locations#contacts")
          .saying(Said.of("gap.briefing.no-compliance-contact"), Said.of("gap.briefing.no-compliance-contact.fix")));
    }
    return gaps;
  }
}
