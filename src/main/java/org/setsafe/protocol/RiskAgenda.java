package org.setsafe.protocol;

import static org.setsafe.shared.Punctuation.clause;
import static org.setsafe.shared.Punctuation.sentence;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.protocol.RiskAssessment.HazardView;
import org.setsafe.protocol.RiskAssessment.Standing;
import org.setsafe.shared.Refusal.Said;
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
    Lines lines = new Lines();
    String title;
    Said titleWords;
    String version = "none";
    if (standing.assessment().isEmpty()) {
      title = "Scene " + scene.number() + ": no risk assessment";
      titleWords = Said.of("agenda.risk.title.none", scene.number());
      lines.add(sentence(standing.reason()), why(standing));
    } else {
      RiskAssessment a = standing.assessment().get();
      version = String.valueOf(a.current().version());
      title = "Scene " + scene.number() + ": risk assessment, version " + version
          + (standing.approved() ? " (approved)" : " (not approved)");
      titleWords = Said.of(standing.approved() ? "agenda.risk.title.approved" : "agenda.risk.title.not-approved",
          scene.number(), version);
      if (!standing.approved()) {
        lines.add(sentence(standing.reason()), why(standing));
      }
      for (HazardView h : a.current().hazards()) {
        lines.add(hazardLine(h), hazardWords(h));
      }
    }
    String fingerprint = sha256(String.join("|", scene.id().toString(), version, String.valueOf(standing.approved()),
        String.valueOf(day.date()), day.location(), String.join(",", lines.english())));
    return Optional.of(new AgendaItem(scene.id(), SOURCE, title, lines.english(), !standing.approved(), fingerprint)
        .saying(titleWords, lines.words()));
  }

  private static String hazardLine(HazardView h) {
    return sentence(h.categoryLabel() + ": " + clause(h.whatCouldGoWrong())) + " Controls: "
        + h.controls().stream().map(c -> c.level().label() + ": " + clause(c.description()))
        .collect(Collectors.joining("; "))
        + ". Residual risk " + h.residualRating() + " (" + h.residualBand() + ").";
  }

  /**
   * The hazard's line in words, or {@code null} (shown as written) where what was typed makes the English read
   * otherwise than the usual sentence: no controls, or a risk ending in a question mark.
   */
  private static Said hazardWords(HazardView h) {
    String risk = clause(h.whatCouldGoWrong());
    if (h.controls().isEmpty() || !sentence(h.categoryLabel() + ": " + risk).endsWith(risk + ".")) {
      return null;
    }
    Said category = "GENERAL".equals(h.category()) ? Said.of("protocol.risk.general") : Said.of("hazard." + h.category());
    List<Said> controls = h.controls().stream()
        .map(c -> Said.of("agenda.risk.control", Said.of("protocol.control." + c.level().name()), clause(c.description())))
        .toList();
    return Said.of("agenda.risk.hazard", category, risk, Lines.joined("agenda.join.semicolon", controls),
        h.residualRating(), Said.of("protocol.risk.band." + h.residualBand().replace(' ', '-')));
  }

  /** Why the assessment does not stand, in the risk rules' words, when the line reads their reason as it is. */
  private static Said why(Standing standing) {
    return sentence(standing.reason()).equals(standing.reason()) ? standing.said() : null;
  }
}
