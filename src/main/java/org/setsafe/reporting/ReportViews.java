package org.setsafe.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.production.CrewList;
import org.setsafe.production.Member;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.reporting.ReportView.StepView;
import org.setsafe.reporting.domain.HazardReport;
import org.setsafe.reporting.domain.ReportStore;
import org.setsafe.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The reports as the pages, the API and other modules read them: each with its steps in names, its scene, its age and
 * how far escalation has taken it. Anyone who may see the production reads every report (nothing is hidden from the
 * crew); the use cases that change a report answer with it through {@link #view}, past the check they made themselves.
 */
@Service
public class ReportViews {

  private final ReportStore store;
  private final ReportingDesk desk;
  private final CrewList crew;
  private final ShootingSchedule schedule;
  private final ObjectProvider<EscalationStatus> escalation;
  private final Clock clock;

  ReportViews(ReportStore store, ReportingDesk desk, CrewList crew, ShootingSchedule schedule,
      ObjectProvider<EscalationStatus> escalation, Clock clock) {
    this.store = store;
    this.desk = desk;
    this.crew = crew;
    this.schedule = schedule;
    this.escalation = escalation;
    this.clock = clock;
  }

  /** Every report on the production, newest first, open and resolved. */
  public List<ReportView> reports(UUID productionId) {
    desk.viewer(productionId);
    Map<UUID, String> names = memberNames(productionId);
    Map<UUID, String> scenes = sceneNumbers(productionId);
    return store.reports(productionId).stream().map(r -> view(r, names, scenes)).toList();
  }

  public List<ReportView> openReports(UUID productionId) {
    return reports(productionId).stream().filter(ReportView::open).toList();
  }

  public ReportView report(UUID productionId, UUID reportId) {
    desk.viewer(productionId);
    return view(productionId, reportId);
  }

  /** A report's photo, only for those who may see the report. */
  public ReportStore.Photo photo(UUID productionId, UUID photoId) {
    desk.viewer(productionId);
    return store.photo(productionId, photoId).orElseThrow(() -> new NotFoundException("no photo " + photoId)
        .saying("input.reporting.not-found.photo", photoId));
  }

  /** The report as it stands now, for a use case that has checked its caller already. */
  ReportView view(UUID productionId, UUID reportId) {
    HazardReport report = store.report(productionId, reportId)
        .orElseThrow(() -> new NotFoundException("no report " + reportId + " on this production")
            .saying("input.reporting.not-found.report", reportId));
    return view(report, memberNames(productionId), sceneNumbers(productionId));
  }

  private ReportView view(HazardReport r, Map<UUID, String> names, Map<UUID, String> scenes) {
    List<StepView> steps = r.steps().stream().map(s -> new StepView(s.stepNo(), s.kind(),
        s.byReporter() && s.actorId() == null ? "The reporter" : names.getOrDefault(s.actorId(), "Someone no longer on the crew"),
        s.note(), s.occurredAt())).toList();
    String reportedBy = r.anonymous() ? "Anonymous" : r.automatic() ? "SetSafe, from " + r.source()
        : names.getOrDefault(r.reporterId(), "Someone no longer on the crew");
    String level = r.state().isOpen()
        ? Optional.ofNullable(escalation.getIfAvailable()).flatMap(e -> e.levelOf(r.productionId(), r.id())).orElse(null)
        : null;
    Duration age = Duration.between(r.reportedAt(), r.resolvedAt().orElse(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    return new ReportView(r.id(), r.productionId(), r.category(), r.severity(), r.title(), r.description(),
        r.sceneId(), r.sceneId() == null ? null : scenes.get(r.sceneId()), r.location(), r.department(),
        r.resignation(), r.anonymous(), reportedBy, r.source(), r.reportedAt(), r.state(),
        age.isNegative() ? Duration.ZERO : age, level, steps, store.photosOf(r.id()), r.injury());
  }

  private Map<UUID, String> memberNames(UUID productionId) {
    return crew.members(productionId).stream()
        .collect(Collectors.toMap(Member::userId, Member::displayName, (a, b) -> a));
  }

  private Map<UUID, String> sceneNumbers(UUID productionId) {
    return schedule.scenes(productionId).stream()
        .collect(Collectors.toMap(Scene::id, s -> "Sc. " + s.number(), (a, b) -> a));
  }
}
