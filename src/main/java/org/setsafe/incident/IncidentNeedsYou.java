package org.setsafe.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.NeedsYou;
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
      items.add(new Item(ESCALATED, (c.late() ? "LATE: " : "") + c.regulatorLabel() + " report of "
          + c.outcomeLabel().toLowerCase(java.util.Locale.ROOT) + " due " + c.dueAtOnSet() + " — " + c.timeLeft()
          + ".", "Report made", "/productions/" + productionId + "/incidents/" + c.incidentId() + "/clocks"));
    }
    care.mine(productionId).stream().filter(s -> s.answer() == null).forEach(s -> items.add(new Item(ANSWER,
        "Support is offered to you after the incident (" + s.incident() + ").", "See support",
        CareAfterIncidents.supportLink(productionId))));
    return items;
  }
}
