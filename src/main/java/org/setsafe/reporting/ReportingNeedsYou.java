package org.setsafe.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.production.NeedsYou;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.reporting.domain.ReportState;
import org.setsafe.shared.Refusal.Said;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What waits for the signed-in person in reporting: work stopped, for the safety advisor who may resume it; hazard
 * reports nobody has acknowledged yet, for those who act on reports; management reviews, for a producer to answer.
 */
@Component
class ReportingNeedsYou implements NeedsYou {

  private final ReportViews reports;
  private final ReportingRoles roles;
  private final StopWorkViews stopWork;
  private final ManagementReviewViews reviews;
  private final Schedule schedule;
  private final ObjectProvider<EscalationStatus> escalation;

  ReportingNeedsYou(ReportViews reports, ReportingRoles roles, StopWorkViews stopWork, ManagementReviewViews reviews, Schedule schedule,
      ObjectProvider<EscalationStatus> escalation) {
    this.reports = reports;
    this.roles = roles;
    this.stopWork = stopWork;
    this.reviews = reviews;
    this.schedule = schedule;
    this.escalation = escalation;
  }

  @Override
  public List<Item> of(UUID productionId) {
    String base = "/productions/" + productionId;
    List<Item> items = new ArrayList<>();
    if (roles.mayResume(productionId)) {
      Map<UUID, String> scenes = schedule.scenes(productionId).stream()
          .collect(Collectors.toMap(Scene::id, Scene::number, (a, b) -> a));
      stopWork.stoppedNow(productionId).forEach(s -> {
        String scene = scenes.getOrDefault(s.sceneId(), "?");
        items.add(new Item(STOP_WORK,
            (s.wholeProduction() ? "Work is stopped on the whole production" : "Work is stopped on scene " + scene)
                + ": " + s.reason() + ". It resumes when you write why it is safe.",
            s.wholeProduction() ? Said.of("reporting.needs-you.stopped.production", s.reason())
                : Said.of("reporting.needs-you.stopped.scene", scene, s.reason()),
            "Look into the stop-work", Said.of("reporting.needs-you.stopped.action"), base + "/stop-work"));
      });
    }
    if (roles.mayAct(productionId)) {
      // A report whose climb has reached this person is listed by escalation, with how long it has waited.
      EscalationStatus climbing = escalation.getIfAvailable();
      Set<UUID> reachedYou = climbing == null ? Set.of() : climbing.reachedYou(productionId);
      reports.openReports(productionId).stream().filter(r -> r.state() == ReportState.REPORTED)
          .filter(r -> !reachedYou.contains(r.id()))
          .forEach(r -> items.add(new Item(SHOW_CLEAR + 5, "A " + r.severity().label().toLowerCase()
              + " safety concern waits for someone to acknowledge it: " + r.title()
              + (r.scene() == null ? "" : " (" + r.scene() + ")") + ".",
              r.scene() == null ? Said.of("reporting.needs-you.concern." + r.severity().name(), r.title())
                  : Said.of("reporting.needs-you.concern.at-scene." + r.severity().name(), r.title(), r.scene()),
              "Acknowledge the concern", Said.of("reporting.needs-you.concern.action"),
              base + "/reports/" + r.id())));
    }
    if (roles.mayAnswer(productionId)) {
      // A review kept without its reason's parts (opened before they were kept) reads as it was stored.
      reviews.awaitingAnswer(productionId).forEach(r -> items.add(new Item(ANSWER,
          "A management review waits for your written answer: " + r.why() + ".",
          Said.of("reporting.needs-you.review", r.whySaid() == null ? r.why() : r.whySaid()),
          "Answer the review", Said.of("reporting.needs-you.review.action"),
          base + "/reports/reviews#review-" + r.id())));
    }
    return items;
  }
}
