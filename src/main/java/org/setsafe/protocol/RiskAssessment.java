package org.setsafe.protocol;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.protocol.domain.Control;
import org.setsafe.protocol.domain.HazardEntry;
import org.setsafe.shared.Refusal.Said;

/**
 * A risk assessment as the pages, the API, the day's agenda and readiness read it: every version (newest first) and
 * its approval now.
 */
public record RiskAssessment(UUID assessmentId, UUID productionId, UUID sceneId, String title,
    List<String> sceneHazards, LocalDate shootingDate, String location, VersionView current,
    List<VersionView> versions, Approval approval, @JsonIgnore Said titleSaid) {

  /** One hazard as shown: its entries with the ratings and bands worked out. */
  public record HazardView(String category, String categoryLabel, String whatCouldGoWrong, int likelihood,
      int severity, int rating, String band, List<Control> controls, int residualLikelihood, int residualSeverity,
      int residualRating, String residualBand) {

    static HazardView of(HazardEntry h) {
      return new HazardView(h.category().name(), h.category().label(), h.whatCouldGoWrong(), h.likelihood(),
          h.severity(), h.rating(), h.band().label(), h.controls(), h.residualLikelihood(), h.residualSeverity(),
          h.residualRating(), h.residualBand().label());
    }
  }

  /** A sign-off as shown; {@code standing} is false once the scene moved after it. */
  public record SignOffView(UUID id, int version, String duty, String dutyLabel, String role, UUID signedBy,
      String signedByName, Instant signedAt, LocalDate shootingDate, String location, boolean standing) {}

  public record VersionView(int version, String reason, UUID draftedBy, String draftedByName, Instant draftedAt,
      List<HazardView> hazards, List<SignOffView> signOffs) {}

  /**
   * The verdict on the current version: approved, or what is missing and what lapsed, with why ({@code lapseWords}
   * says each of {@code lapses} in bundle words, in the same order, for the page; the API keeps the English).
   */
  public record Approval(boolean approved, int version, List<String> required, List<String> signed,
      List<String> missing, List<String> missingLabels, List<String> lapses, int highestResidual,
      String highestResidualBand, int producerThreshold, String reason, @JsonIgnore List<Said> lapseWords) {}

  /**
   * Whether an assessment (the general one, or a scene's) stands approved now; {@code assessment} is empty when
   * there is none. {@code reason} says why it is not approved, with its source; {@code said} says it in bundle
   * words, for custody's page when the issue gate refuses on it.
   */
  public record Standing(String what, Optional<RiskAssessment> assessment, boolean approved, String reason,
      Said said) {}
}
