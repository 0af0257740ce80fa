package org.setsafe.protocol;

import static org.setsafe.shared.Punctuation.clause;
import static org.setsafe.shared.Punctuation.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.protocol.RiskAssessment.HazardView;
import org.setsafe.protocol.RiskAssessment.Standing;
import org.springframework.stereotype.Component;

/**
 * What the day's safety meeting reads out of the risk assessments: for each high-risk scene of the day, each
 * hazard with its controls and residual rating, or that the scene has no approved assessment and why.
 */
@Component
class RiskAgenda extends SceneItemsOfTheDay {

  static final String SOURCE = "Risk assessment";

  private final RiskAssessmentReads assessments;

  RiskAgenda(RiskAssessmentReads assessments, ShootingSchedule schedule) {
    super(schedule);
    this.assessments = assessments;
  }

  /** A high-risk scene's assessment as it stands; a scene with no hazard marked has none to read out. */
  @Override
  Optional<AgendaItem> itemFor(Scene scene, ShootingDay day) {
    if (!scene.highRisk()) {
      return Optional.empty();
    }
    Standing standing = assessments.sceneStandingOf(scene);
    List<String> lines = new ArrayList<>();
    String title;
    String version = "none";
    if (standing.assessment().isEmpty()) {
      title = "Scene " + scene.number() + ": no risk assessment";
      lines.add(sentence(standing.reason()));
    } else {
      RiskAssessment a = standing.assessment().get();
      version = String.valueOf(a.current().version());
      title = "Scene " + scene.number() + ": risk assessment, version " + version
          + (standing.approved() ? " (approved)" : " (not approved)");
      if (!standing.approved()) {
        lines.add(sentence(standing.reason()));
      }
      for (HazardView h : a.current().hazards()) {
        lines.add(sentence(h.categoryLabel() + ": " + clause(h.whatCouldGoWrong())) + " Controls: "
            + h.controls().stream().map(c -> c.level().label() + ": " + clause(c.description()))
            .collect(Collectors.joining("; "))
            + ". Residual risk " + h.residualRating() + " (" + h.residualBand() + ").");
      }
    }
    String fingerprint = sha256(String.join("|", scene.id().toString(), version, String.valueOf(standing.approved()),
        String.valueOf(day.date()), day.location(), String.join(",", lines)));
    return Optional.of(new AgendaItem(scene.id(), SOURCE, title, lines, !standing.approved(), fingerprint));
  }
}
