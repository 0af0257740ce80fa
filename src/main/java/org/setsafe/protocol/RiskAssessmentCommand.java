package org.setsafe.protocol;

import java.util.List;
import java.util.UUID;
import org.setsafe.protocol.domain.HazardEntry;
import org.setsafe.protocol.domain.SignOffDuty;

/**
 * A step someone asks to take on a risk assessment, on the production it is sent for: the production's general
 * assessment ({@code sceneId} null) or a high-risk scene's. Named so that the scene's id cannot take the
 * production's place; what else it carries is checked by the use case that takes it.
 */
public interface RiskAssessmentCommand {

  /** The scene whose assessment this is; null for the production's general one. */
  UUID sceneId();

  /** Draft the next version (the first creates the assessment); an edit says why. */
  record DraftAssessment(UUID sceneId, List<HazardEntry> hazards, String reason) implements RiskAssessmentCommand {

    public static DraftAssessment general(List<HazardEntry> hazards, String reason) {
      return new DraftAssessment(null, hazards, reason);
    }
  }

  /** Sign {@code version}, the version the signer read, for a duty one of their roles answers for. */
  record SignAssessment(UUID sceneId, int version, SignOffDuty duty) implements RiskAssessmentCommand {

    public static SignAssessment general(int version, SignOffDuty duty) {
      return new SignAssessment(null, version, duty);
    }
  }
}
