package org.setsafe.protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.setsafe.protocol.domain.HazardEntry;
import org.setsafe.shared.RecordedFact;
import org.setsafe.shared.RefusedFact;

/** What happens to risk assessments, as facts for the ledger: every version drafted, every sign-off, every refusal. */
public final class RiskEvents {

  private RiskEvents() {}

  private static List<String> subjects(UUID assessmentId, UUID sceneId) {
    List<String> subjects = new ArrayList<>(List.of("risk-assessment:" + assessmentId));
    if (sceneId != null) {
      subjects.add("scene:" + sceneId);
    }
    return List.copyOf(subjects);
  }

  /** A version of an assessment was drafted (the first, or an edit): every hazard with its ratings and controls. */
  public record RiskAssessmentDrafted(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID assessmentId, UUID sceneId, int version, String reason, List<HazardEntry> hazards) implements RecordedFact {
    @Override public String kind() { return "protocol.risk-assessment-drafted"; }
    @Override public List<String> subjects() { return RiskEvents.subjects(assessmentId, sceneId); }
  }

  /** Someone signed a version for a duty, with the scene's day and location at that moment. */
  public record RiskAssessmentSigned(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID assessmentId, UUID sceneId, int version, String duty, String role, LocalDate shootingDate,
      String location) implements RecordedFact {
    @Override public String kind() { return "protocol.risk-assessment-signed"; }
    @Override public List<String> subjects() { return RiskEvents.subjects(assessmentId, sceneId); }
  }

  /** A sign-off was refused: the person does not hold the duty's role. Recorded as evidence of the attempt. */
  public record RiskSignOffRefused(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID assessmentId, UUID sceneId, int version, String duty, String rule, String reason) implements RefusedFact {
    @Override public String kind() { return "protocol.risk-sign-off-refused"; }
    @Override public List<String> subjects() { return RiskEvents.subjects(assessmentId, sceneId); }
  }

  /** The production set the residual rating at or above which the producer signs too. */
  public record ProducerThresholdSet(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, int rating)
      implements RecordedFact {
    @Override public String kind() { return "protocol.risk-producer-threshold-set"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }
}
