package org.setsafe.incident.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.shared.Text;

/**
 * One hand-over of an evidence item, as the giving side recorded it (who gave it, to whom, under which case number)
 * and, once the receiving side has confirmed it with the code they were given, as they confirmed it: the case
 * number they file it under and their name. Unconfirmed, the item has not changed hands on the record.
 */
public record HandOver(UUID id, UUID itemId, UUID productionId, String fromName, String toName,
    String toOrganisation, String caseNumber, UUID offeredBy, Instant offeredAt, Confirmation confirmation) {

  public static final int MAX_NAME = 120;

  /** The receiving side's confirmation: who signed for it, and the case number they file it under. */
  public record Confirmation(String confirmedBy, String caseNumber, Instant confirmedAt) {
    public Confirmation {
      confirmedBy = Text.required("name", confirmedBy, MAX_NAME);
      caseNumber = EvidenceItem.caseNumber("caseNumber", caseNumber, true);
      Objects.requireNonNull(confirmedAt, "confirmedAt");
    }
  }

  public HandOver {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(productionId, "productionId");
    fromName = Text.required("fromName", fromName, 2 * MAX_NAME + 10);
    toName = Text.required("toName", toName, MAX_NAME);
    toOrganisation = Text.required("toOrganisation", toOrganisation, MAX_NAME);
    caseNumber = EvidenceItem.caseNumber("caseNumber", caseNumber, true);
    Objects.requireNonNull(offeredBy, "offeredBy");
    Objects.requireNonNull(offeredAt, "offeredAt");
  }

  public boolean confirmed() {
    return confirmation != null;
  }

  public HandOver confirmedAs(Confirmation by) {
    return new HandOver(id, itemId, productionId, fromName, toName, toOrganisation, caseNumber, offeredBy, offeredAt,
        by);
  }
}
