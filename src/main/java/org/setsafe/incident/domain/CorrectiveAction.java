package org.setsafe.incident.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.incident.ActionKind;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * A corrective or preventive action as it was agreed: what is to be done, the root cause it answers, who owns it,
 * the day it is due on the production's calendar ({@code dueAt}: the moment that day ends there) and who verifies it
 * ({@code verifierId} null: the safety advisor). Never someone verifying their own action.
 */
public record CorrectiveAction(UUID id, UUID incidentId, UUID productionId, UUID causeId, ActionKind kind,
    String what, UUID ownerId, UUID verifierId, LocalDate dueOn, Instant dueAt, UUID recordedBy, Instant recordedAt) {

  public static final int MAX_WHAT = 1000;

  public CorrectiveAction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(productionId, "productionId");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (causeId == null) {
      throw new InvalidInputException("rootCauseId", "Required", "rootCauseId is required: the root cause it answers")
          .saying("input.incident.action.root-cause.required");
    }
    if (kind == null) {
      throw new InvalidInputException("kind", "Required", "kind is required: CORRECTIVE or PREVENTIVE")
          .saying("input.incident.action.kind.required");
    }
    what = Text.required("what", what, MAX_WHAT);
    if (ownerId == null) {
      throw new InvalidInputException("ownerId", "Required", "ownerId is required: the crew member who sees it done")
          .saying("input.incident.action.owner.required");
    }
    if (dueOn == null || dueAt == null) {
      throw new InvalidInputException("dueOn", "Required", "dueOn is required: the day it is due")
          .saying("input.incident.action.due-on.required");
    }
    if (verifierId != null && verifierId.equals(ownerId)) {
      throw new InvalidInputException("verifierId", VerifiedByAnotherPolicy.RULE,
          "the verifier must be someone other than the owner").saying("input.incident.action.verifier.not-the-owner");
    }
  }
}
