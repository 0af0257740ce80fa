package org.setsafe.reporting;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.production.ConcernsAtAGlance;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.springframework.stereotype.Component;

/** Open concerns, stopped scenes and unanswered management reviews for the production dashboard. */
@Component
class ReportingAtAGlance implements ConcernsAtAGlance {

  private final ReportViews reports;
  private final StopWorkViews stopWork;
  private final ManagementReviewViews reviews;
  private final Schedule schedule;

  ReportingAtAGlance(ReportViews reports, StopWorkViews stopWork, ManagementReviewViews reviews, Schedule schedule) {
    this.reports = reports;
    this.stopWork = stopWork;
    this.reviews = reviews;
    this.schedule = schedule;
  }

  @Override
  public Glance of(UUID productionId) {
    Map<UUID, String> scenes = schedule.scenes(productionId).stream()
        .collect(Collectors.toMap(Scene::id, s -> "Sc. " + s.number(), (a, b) -> a));
    return new Glance(
        reports.openReports(productionId).stream().map(r -> new Concern(r.id(), r.title(), r.category().label(),
            r.severity().label(), r.state().label(), r.age(), r.escalationLevel())).toList(),
        stopWork.stoppedNow(productionId).stream().map(s -> new StoppedScene(s.id(), s.sceneId(),
            s.wholeProduction() ? "The whole production" : scenes.getOrDefault(s.sceneId(), "A scene"), s.reason(),
            s.calledAt())).toList(),
        reviews.awaitingAnswer(productionId).stream().map(r -> new ReviewAwaiting(r.id(), r.why(), r.openedAt()))
            .toList());
  }
}
