package org.setsafe.incident;

import java.util.UUID;
import org.setsafe.production.OnSet;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.shared.AccessRefusedException;
import org.springframework.stereotype.Component;

/**
 * Who is asking about a production's incidents: anyone who may see the production reads them (medical details
 * aside); only its own crew opens one, logs evidence and hands it over; the evidence bundle kept with an incident
 * goes to those who may export the production's evidence.
 */
@Component
class IncidentDesk {

  private final ProductionAccess access;

  IncidentDesk(ProductionAccess access) {
    this.access = access;
  }

  OnSet viewer(UUID productionId) {
    return access.onSet(productionId);
  }

  OnSet crew(UUID productionId) {
    return access.crew(productionId, () -> new AccessRefusedException(
        "Only the crew of this production open incidents and record their evidence.")
        .saying("input.incident.not-allowed.crew-only"));
  }

  Production exporter(UUID productionId) {
    return access.require(productionId, Permission.EXPORT_EVIDENCE);
  }
}
