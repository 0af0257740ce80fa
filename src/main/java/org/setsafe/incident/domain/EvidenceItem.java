package org.setsafe.incident.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.incident.EvidenceKind;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * A piece of physical evidence of an incident (a round, a weapon, a phone video), as logged by the crew member who
 * has it. {@code caseNumber} is the investigators' case number if it is known yet; otherwise the first hand-over
 * names it, and from then on every hand-over must name the same one ({@link SameCaseNumberPolicy}).
 */
public record EvidenceItem(UUID id, UUID incidentId, UUID productionId, EvidenceKind kind, String what,
    String caseNumber, UUID loggedBy, Instant loggedAt) {

  public static final int MAX_WHAT = 500;
  public static final int MAX_CASE_NUMBER = 60;

  public EvidenceItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(productionId, "productionId");
    if (kind == null) {
      throw new InvalidInputException("kind", "Required", "kind is required: a round, a weapon, a phone video")
          .saying("input.incident.evidence.kind.required");
    }
    what = Text.required("what", what, MAX_WHAT);
    caseNumber = caseNumber("caseNumber", caseNumber, false);
    Objects.requireNonNull(loggedBy, "loggedBy");
    Objects.requireNonNull(loggedAt, "loggedAt");
  }

  /**
   * A case number as typed, trimmed, with inner runs of spaces made one: "SO 21-1234" and "SO  21-1234 " are the
   * same number, but "SO 21-1234" and "SO 21-1243" are not, and letters keep their case, since investigators file
   * by exactly what is written.
   */
  public static String caseNumber(String field, String typed, boolean required) {
    String text = required ? Text.required(field, typed, MAX_CASE_NUMBER) : Text.optional(field, typed, MAX_CASE_NUMBER);
    return text == null ? null : text.replaceAll("\\s+", " ");
  }
}
