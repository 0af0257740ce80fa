package org.setsafe.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.NeedsYou;
import org.setsafe.shared.Refusal.Said;
import org.springframework.stereotype.Component;

/**
 * On the dashboard: a regulator's clock nobody has answered, for those who answer for the report (with the time
 * left on it, or how late it is); and support offered to the person that they have not answered yet.
 */
@Component
class IncidentNeedsYou implements NeedsYou {

  private final ReportingClocks clocks;
  private final CareAfterIncidents care;

  IncidentNeedsYou(ReportingClocks clocks, CareAfterIncidents care) {
    this.clocks = clocks;
    this.care = care;
  }

  @Override
  public List<Item> of(UUID productionId) {
    UUID me = SignedInUser.current().filter(user -> !user.isSystem()).map(SignedInUser::id).orElse(null);
    if (me == null) {
      return List.of();
    }
    List<Item> items = new ArrayList<>();
    for (ReportingClocks.ClockView c : clocks.waitingFor(productionId, me)) {
      items.add(clock(productionId, c));
    }
    care.mine(productionId).stream().filter(s -> s.answer() == null)
        .forEach(s -> items.add(support(productionId, s.incident(), s.incidentSaid())));
    return items;
  }

  /** A regulator's clock nobody has answered, with the time left on it or how late it is. */
  static Item clock(UUID productionId, ReportingClocks.ClockView c) {
    // The due time on the production's clock, its day and month in the reader's words ("lun 7 dic 2026 14:05 MST").
    return new Item(ESCALATED, (c.late() ? "LATE: " : "") + c.regulatorLabel() + " report of "
        + c.outcomeLabel().toLowerCase(java.util.Locale.ROOT) + " due " + c.dueAtOnSet() + " — " + c.timeLeft()
        + ".", Said.of(c.late() ? "incident.needs-you.clock.late" : "incident.needs-you.clock", c.regulatorLabel(),
            Said.of("incident.needs-you.outcome." + c.outcome().name()), c.due(), c.timeLeftSaid()),
        "Report made", Said.of("incident.needs-you.clock.action"),
        "/productions/" + productionId + "/incidents/" + c.incidentId() + "/clocks");
  }

  /** Support offered to the person after an incident, that they have not answered yet. */
  static Item support(UUID productionId, String incident, Said incidentSaid) {
    return new Item(ANSWER, "Support is offered to you after the incident (" + incident + ").",
        Said.of("incident.needs-you.support", incidentSaid), "See support", Said.of("incident.needs-you.support.action"),
        CareAfterIncidents.supportLink(productionId));
  }
}
