package org.setsafe.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.setsafe.briefing.ReadinessCheck;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.protocol.RiskAssessment.Standing;
import org.setsafe.shared.Refusal.Said;
import org.springframework.stereotype.Component;

/** Before the first shooting day: a general assessment approved, and every high-risk scene's approved. */
@Component
class RiskReadiness implements ReadinessCheck {

  static final String AREA = "Risk assessments";

  // The unchecked reads: the check refuses no one (its callers checked who asks, or it runs in the background).
  private final RiskAssessmentReads assessments;
  private final ShootingSchedule schedule;

  RiskReadiness(RiskAssessmentReads assessments, ShootingSchedule schedule) {
    this.assessments = assessments;
    this.schedule = schedule;
  }

  @Override
  public Area area() {
    return new Area(AREA, "The general risk assessment and every high-risk scene's assessment are approved.")
        .saying(Said.of("gap.protocol.area.risk-assessments"), Said.of("gap.protocol.area.risk-assessments.clear"));
  }

  @Override
  public List<Gap> gaps(UUID productionId) {
    List<Gap> gaps = new ArrayList<>();
    Standing general = assessments.generalStandingOf(productionId);
    if (!general.approved()) {
      gaps.add(new Gap(AREA, general.reason(), general.assessment().isEmpty()
          ? "The safety advisor drafts it with the department heads, who sign it."
          : "Those it still awaits sign it, or the safety advisor revises it.",
          "/productions/" + productionId + "/protocol/risk")
          .saying(general.said(), Said.of(general.assessment().isEmpty() ? "gap.protocol.risk.draft-general.fix"
              : "gap.protocol.risk.sign-or-revise.fix")));
    }
    for (Scene scene : schedule.scenes(productionId)) {
      if (!scene.highRisk()) {
        continue;
      }
      Standing standing = assessments.sceneStandingOf(scene);
      if (!standing.approved()) {
        gaps.add(new Gap(AREA, standing.reason(), standing.assessment().isEmpty()
            ? "The safety advisor drafts the scene's assessment with its department heads, who sign it."
            : "Those it still awaits sign it, or the safety advisor revises it.",
            "/productions/" + productionId + "/protocol/risk/scenes/" + scene.id())
            .saying(standing.said(), Said.of(standing.assessment().isEmpty() ? "gap.protocol.risk.draft-scene.fix"
                : "gap.protocol.risk.sign-or-revise.fix")));
      }
    }
    return gaps;
  }
}
