package org.setsafe.incident.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.shared.Text;

/**
 * What an injured person's injury or illness is and how it was treated: kept apart from the incident, never in the
 * ledger (which the whole crew may read), and read only by those {@link MedicalDetailsPolicy} lets.
 */
public record MedicalDetails(UUID incidentId, String details, UUID recordedBy, Instant recordedAt) {

  public static final int MAX_DETAILS = 4000;

  public MedicalDetails {
    Objects.requireNonNull(incidentId, "incidentId");
    details = Text.required("medicalDetails", details, MAX_DETAILS);
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
