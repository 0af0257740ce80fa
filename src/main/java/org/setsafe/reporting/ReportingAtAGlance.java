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
    Map<UUID, String> numbers = schedule.scenes(productionId).stream()
        .collect(Collectors.toMap(Scene::id, s -> s.number(), (a, b) -> a));
    return new Glance(
        reports.openReports(productionId).stream().map(r -> new Concern(r.id(), r.title(), r.category().label(),
            r.severity().label(), r.state().label(), r.age(), r.escalationLevel(), r.severity().name(),
            r.state().name())).toList(),
        stopWork.stoppedNow(productionId).stream().map(s -> new StoppedScene(s.id(), s.sceneId(),
            s.wholeProduction() ? "The whole production"
                : numbers.containsKey(s.sceneId()) ? "Sc. " + numbers.get(s.sceneId()) : "A scene", s.reason(),
            s.calledAt(), s.wholeProduction() ? null : numbers.get(s.sceneId()))).toList(),
        reviews.awaitingAnswer(productionId).stream().map(r -> new ReviewAwaiting(r.id(), r.why(), r.openedAt(), r.whySaid()))
            .toList());
  }
}
