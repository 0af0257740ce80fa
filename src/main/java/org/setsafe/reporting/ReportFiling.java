package org.setsafe.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.setsafe.production.CrewList;
import org.setsafe.production.Hazard;
import org.setsafe.production.Member;
import org.setsafe.production.OnSet;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.reporting.ReportEvents.HazardReported;
import org.setsafe.reporting.ReportEvents.InjuryReported;
import org.setsafe.reporting.domain.Anonymity;
import org.setsafe.reporting.domain.HazardReport;
import org.setsafe.reporting.domain.ReportStore;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.TextRule;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing a hazard report: by the crew under their own name, by anyone holding the production's public link
 * (anonymous), or by SetSafe itself from custody facts. Nothing filed is ever deleted; a report that is due one opens a
 * management review in the same transaction.
 *
 * <p>What an anonymous report keeps: no account, no address, no browser, no cookie, its times to the hour, and its
 * receipt code only as a hash ({@link ReportReceipts}). Only the code reaches it.
 */
@Service
public class ReportFiling {

  private final ReportStore store;
  private final ReportingDesk desk;
  private final CrewList crew;
  private final ShootingSchedule schedule;
  private final ManagementReviews reviews;
  private final ReportPhotos photos;
  private final ReportReceipts receipts;
  private final PublicReportLink link;
  private final ReportViews views;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReportFiling(ReportStore store, ReportingDesk desk, CrewList crew, ShootingSchedule schedule,
      ManagementReviews reviews, ReportPhotos photos, ReportReceipts receipts, PublicReportLink link, ReportViews views,
      ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.desk = desk;
    this.crew = crew;
    this.schedule = schedule;
    this.reviews = reviews;
    this.photos = photos;
    this.receipts = receipts;
    this.link = link;
    this.views = views;
    this.events = events;
    this.clock = clock;
  }

  /** A crew member reports a hazard under their own name; the department is theirs unless they name one. */
  @Transactional
  public ReportView file(UUID productionId, NewReport input, PhotoUpload photo) {
    OnSet caller = desk.caller(productionId);
    NewReport report = checked(productionId, input);
    String department = report.department() != null ? report.department()
        : crew.member(productionId, caller.userId()).map(Member::department).orElse(null);
    Instant now = now();
    HazardReport filed = new HazardReport(UUID.randomUUID(), productionId, report.category(), report.severity(),
        report.title(), report.description(), report.sceneId(), report.location(), department, report.resignation(),
        false, caller.userId(), null, now, List.of(), report.injury());
    PhotoUpload image = photos.checked(photo);
    store.insertReport(filed, null, null, null);
    events.publishEvent(new HazardReported(UUID.randomUUID(), productionId, caller.userId(), now, filed.id(),
        filed.category(), filed.severity(), filed.title(), false, null));
    injury(filed, caller.userId(), now);
    photos.add(filed, caller.userId(), now, image);
    reviews.consider(filed, now);
    return views.view(productionId, filed.id());
  }

  /**
   * Anyone holding the production's public link reports a hazard without an account. Nothing about who they
   * are is read or kept; they get a receipt code to follow the report, shown once.
   */
  @Transactional
  public Receipt fileAnonymously(String publicToken, NewReport input, PhotoUpload photo) {
    UUID productionId = link.productionOf(publicToken);
    NewReport report = checked(productionId, input);
    PhotoUpload image = photos.checked(photo);
    Instant coarse = Anonymity.coarse(now());
    ReportReceipts.Issued receipt = receipts.issue();
    HazardReport filed = new HazardReport(UUID.randomUUID(), productionId, report.category(), report.severity(),
        report.title(), report.description(), report.sceneId(), report.location(), report.department(),
        report.resignation(), true, null, null, coarse, List.of(), report.injury());
    store.insertReport(filed, receipt.code().lookup(), receipt.hash(), null);
    events.publishEvent(new HazardReported(UUID.randomUUID(), productionId, null, coarse, filed.id(),
        filed.category(), filed.severity(), filed.title(), true, null));
    injury(filed, null, coarse);
    photos.add(filed, null, coarse, image);
    reviews.consider(filed, coarse);
    return new Receipt(filed.id(), receipt.code().grouped(), crew.production(productionId).name());
  }

  /**
   * SetSafe files a report from another module's fact, once per fact however often it is delivered.
   * {@code source} names the fact's kind.
   */
  @Transactional
  void fileAutomatically(UUID sourceFactId, String source, UUID productionId, Hazard category,
      Severity severity, String title, String description, Instant occurredAt) {
    if (store.reportedFrom(sourceFactId)) {
      return;
    }
    HazardReport filed = new HazardReport(UUID.randomUUID(), productionId, category, severity,
        clip(TextRule.quoted(title), NewReport.MAX_TITLE), clip(TextRule.quoted(description), NewReport.MAX_DESCRIPTION),
        null, null, null, false, false, null, source, occurredAt, List.of());
    store.insertReport(filed, null, null, sourceFactId);
    events.publishEvent(new HazardReported(UUID.randomUUID(), productionId, null, occurredAt, filed.id(), category,
        severity, filed.title(), false, source));
  }

  /** Someone was hurt: the fact the incident module opens an incident from, named as its report is. */
  private void injury(HazardReport filed, UUID actorId, Instant at) {
    if (filed.injury()) {
      events.publishEvent(new InjuryReported(UUID.randomUUID(), filed.productionId(), actorId, at, filed.id(),
          filed.severity(), filed.title(), filed.description(), filed.sceneId(), filed.location(), filed.anonymous()));
    }
  }

  /** The report within its rules, its scene one of this production's. */
  private NewReport checked(UUID productionId, NewReport input) {
    if (input == null) {
      throw new InvalidInputException("category", "Required", "category is required")
          .saying("input.reporting.category.required");
    }
    NewReport report = input.checked();
    if (report.sceneId() != null
        && schedule.scenes(productionId).stream().noneMatch(s -> s.id().equals(report.sceneId()))) {
      throw new InvalidInputException("sceneId", "Exists", "no scene " + report.sceneId() + " on this production")
          .saying("input.reporting.scene.exists", report.sceneId().toString());
    }
    return report;
  }

  private static String clip(String text, int max) {
    String t = text == null || text.isBlank() ? "-" : text.strip();
    return t.length() > max ? t.substring(0, max - 1) + "…" : t;
  }

  /** Now, to the millisecond: what the database keeps exactly, so a time read back equals the time written. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
