package org.setsafe.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.briefing.AgendaSource;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.protocol.RiskAssessments.HazardView;
import org.setsafe.protocol.RiskAssessments.RiskAssessment;
import org.setsafe.protocol.RiskAssessments.Standing;
import org.springframework.stereotype.Component;

/**
 * What the day's safety meeting reads out of the risk assessments: for each high-risk scene of the day, each
 * hazard with its controls and residual rating, or that the scene has no approved assessment and why.
 */
@Component
class RiskAgenda implements AgendaSource {

  static final String SOURCE = "Risk assessment";

  private final RiskAssessments assessments;
  private final Schedule schedule;

  RiskAgenda(RiskAssessments assessments, Schedule schedule) {
    this.assessments = assessments;
    this.schedule = schedule;
  }

  @Override
  public List<AgendaItem> agendaFor(UUID productionId, LocalDate date) {
    Optional<ShootingDay> day = schedule.dayOn(productionId, date);
    if (day.isEmpty()) {
      return List.of();
    }
    List<AgendaItem> items = new ArrayList<>();
    for (Scene scene : schedule.scenesOn(productionId, day.get().id())) {
      if (scene.highRisk()) {
        items.add(item(productionId, scene, day.get()));
      }
    }
    return items;
  }

  private AgendaItem item(UUID productionId, Scene scene, ShootingDay day) {
    Standing standing = assessments.sceneStanding(productionId, scene.id());
    List<String> lines = new ArrayList<>();
    String title;
    String version = "none";
    if (standing.assessment().isEmpty()) {
      title = "Scene " + scene.number() + ": no risk assessment";
      lines.add(standing.reason());
    } else {
      RiskAssessment a = standing.assessment().get();
      version = String.valueOf(a.current().version());
      title = "Scene " + scene.number() + ": risk assessment, version " + version
          + (standing.approved() ? " (approved)" : " (not approved)");
      if (!standing.approved()) {
        lines.add(standing.reason());
      }
      for (HazardView h : a.current().hazards()) {
        lines.add(h.categoryLabel() + ": " + h.whatCouldGoWrong() + " Controls: " + h.controls().stream()
            .map(c -> c.level().label() + ": " + c.description()).collect(Collectors.joining("; "))
            + ". Residual risk " + h.residualRating() + " (" + h.residualBand() + ").");
      }
    }
    String fingerprint = sha256(String.join("|", scene.id().toString(), version, String.valueOf(standing.approved()),
        String.valueOf(day.date()), day.location(), String.join(",", lines)));
    return new AgendaItem(scene.id(), SOURCE, title, lines, !standing.approved(), fingerprint);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
