package org.setsafe.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.setsafe.production.Hazard;
import org.setsafe.reporting.AnswerReview;
import org.setsafe.reporting.CallStopWork;
import org.setsafe.reporting.ManagementReviewViews;
import org.setsafe.reporting.ManagementReviews;
import org.setsafe.reporting.NewReport;
import org.setsafe.reporting.PhotoUpload;
import org.setsafe.reporting.PublicReportLink;
import org.setsafe.reporting.ReportCommand.AcknowledgeReport;
import org.setsafe.reporting.ReportCommand.AddReportPhoto;
import org.setsafe.reporting.ReportCommand.CommentOnReport;
import org.setsafe.reporting.ReportCommand.ReopenReport;
import org.setsafe.reporting.ReportCommand.ResolveReport;
import org.setsafe.reporting.ReportCommand.StartMitigation;
import org.setsafe.reporting.ReportFiling;
import org.setsafe.reporting.ReportSteps;
import org.setsafe.reporting.ReportView;
import org.setsafe.reporting.ReportViews;
import org.setsafe.reporting.ResumeWork;
import org.setsafe.reporting.Severity;
import org.setsafe.reporting.StopWork;
import org.setsafe.reporting.StopWorkViews;
import org.setsafe.reporting.domain.ManagementReview;
import org.setsafe.reporting.domain.ReportStore;
import org.setsafe.reporting.domain.StopWorkCall;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hazard reports, stop-work and management reviews on the JSON API, for the crew's phones. Access is decided
 * per production before anything in the body is looked at: someone not on the production gets 404 whatever
 * they send. Bad input is a 400 problem naming the field and the rule; a step the report's state does not
 * allow is a 409.
 */
@RestController
@RequestMapping("/api/productions/{productionId}/reports")
@Tag(name = "Reporting")
class ReportingApi {

  private final ReportFiling filing;
  private final ReportSteps steps;
  private final ReportViews reports;
  private final PublicReportLink link;
  private final StopWork stopWork;
  private final StopWorkViews stopWorks;
  private final ManagementReviews reviews;
  private final ManagementReviewViews reviewViews;

  ReportingApi(ReportFiling filing, ReportSteps steps, ReportViews reports, PublicReportLink link, StopWork stopWork,
      StopWorkViews stopWorks, ManagementReviews reviews, ManagementReviewViews reviewViews) {
    this.filing = filing;
    this.steps = steps;
    this.reports = reports;
    this.link = link;
    this.stopWork = stopWork;
    this.stopWorks = stopWorks;
    this.reviews = reviews;
    this.reviewViews = reviewViews;
  }

  /**
   * A report as a phone files it; {@code photo} is an optional base64 image (JPEG, PNG, WebP, HEIC). {@code injury}
   * true: someone was hurt, and an incident opens too (left out: not an injury).
   */
  record ReportBody(Hazard category, Severity severity, String title, String description, UUID sceneId,
      String location, String department, Boolean resignation, byte[] photo, Boolean injury) {
    NewReport report() {
      return new NewReport(category, severity, title, description, sceneId, location, department,
          Boolean.TRUE.equals(resignation), Boolean.TRUE.equals(injury));
    }

    PhotoUpload upload() {
      return photo == null ? null : new PhotoUpload(null, photo);
    }
  }

  record Note(String note) {}

  record Mitigation(String what) {}

  record Comment(String comment) {}

  record Resolution(String how) {}

  record Reopening(String why) {}

  record PhotoBody(byte[] photo) {}

  /**
   * A scene's id, or {@code wholeProduction: true} (and no scene) to stop everything; {@code injury} true: called
   * because someone was hurt, and an incident opens too (left out: not an injury).
   */
  record StopWorkBody(UUID sceneId, Boolean wholeProduction, String reason, Boolean injury) {}

  record Resumption(String whySafe) {}

  record Answer(String answer) {}

  record PublicLink(String token, String page, String api) {}

  @GetMapping
  @Operation(summary = "Every report on the production, newest first, open and resolved, with state, age and escalation level")
  List<ReportView> list(@PathVariable UUID productionId) {
    return reports.reports(productionId);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Report a hazard under your own name (any crew member)")
  ReportView file(@PathVariable UUID productionId, @RequestBody ReportBody body) {
    return filing.file(productionId, body.report(), body.upload());
  }

  @GetMapping("/{reportId}")
  @Operation(summary = "One report with every step taken on it, who and when")
  ReportView report(@PathVariable UUID productionId, @PathVariable UUID reportId) {
    return reports.report(productionId, reportId);
  }

  @PostMapping("/{reportId}/acknowledge")
  @Operation(summary = "Take the report on (safety advisor, 1st AD, UPM, producer): its escalation stops")
  ReportView acknowledge(@PathVariable UUID productionId, @PathVariable UUID reportId, @RequestBody Note body) {
    return steps.acknowledge(productionId, new AcknowledgeReport(reportId, body.note()));
  }

  @PostMapping("/{reportId}/mitigation")
  @Operation(summary = "Say what is being done about it (safety advisor, 1st AD, UPM, producer)")
  ReportView mitigate(@PathVariable UUID productionId, @PathVariable UUID reportId, @RequestBody Mitigation body) {
    return steps.startMitigation(productionId, new StartMitigation(reportId, body.what()));
  }

  @PostMapping("/{reportId}/comments")
  @Operation(summary = "Add to a report (any crew member)")
  ReportView comment(@PathVariable UUID productionId, @PathVariable UUID reportId, @RequestBody Comment body) {
    return steps.comment(productionId, new CommentOnReport(reportId, body.comment()));
  }

  @PostMapping("/{reportId}/resolution")
  @Operation(summary = "Resolve: the named reporter confirms, or the safety advisor signs off with a reason ('how')")
  ReportView resolve(@PathVariable UUID productionId, @PathVariable UUID reportId, @RequestBody Resolution body) {
    return steps.resolve(productionId, new ResolveReport(reportId, body.how()));
  }

  @PostMapping("/{reportId}/reopen")
  @Operation(summary = "Re-open a resolved report, saying why (any crew member)")
  ReportView reopen(@PathVariable UUID productionId, @PathVariable UUID reportId, @RequestBody Reopening body) {
    return steps.reopen(productionId, new ReopenReport(reportId, body.why()));
  }

  @PostMapping("/{reportId}/photos")
  @Operation(summary = "Add a photo (base64 JPEG, PNG, WebP or HEIC, size-limited) to a report")
  ReportView addPhoto(@PathVariable UUID productionId, @PathVariable UUID reportId, @RequestBody PhotoBody body) {
    return steps.addPhoto(productionId,
        new AddReportPhoto(reportId, body.photo() == null ? null : new PhotoUpload(null, body.photo())));
  }

  @GetMapping("/{reportId}/photos/{photoId}")
  @Operation(summary = "A report's photo, for the production's crew only")
  ResponseEntity<byte[]> photo(@PathVariable UUID productionId, @PathVariable UUID reportId,
      @PathVariable UUID photoId) {
    ReportStore.Photo photo = reports.photo(productionId, photoId);
    if (!photo.reportId().equals(reportId)) {
      throw new org.setsafe.shared.NotFoundException("no photo " + photoId + " on report " + reportId)
          .saying("input.reporting.not-found.photo-of-report", photoId, reportId);
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
        .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff").body(photo.bytes());
  }

  @GetMapping("/public-link")
  @Operation(summary = "The production's public anonymous-report link (made on first asking)")
  PublicLink publicLink(@PathVariable UUID productionId) {
    String token = link.publicLinkToken(productionId);
    return new PublicLink(token, "/public/report/" + token, "/api/public/productions/" + token + "/reports");
  }

  // ---- stop-work ----

  @GetMapping("/stop-work")
  @Operation(summary = "Every stop-work call on the production, newest first, with its resumption if any")
  List<StopWorkCall> stopWorks(@PathVariable UUID productionId) {
    return stopWorks.history(productionId);
  }

  @PostMapping("/stop-work")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Stop work on a scene, or with wholeProduction: true on the whole production (any crew "
      + "member); no firearm is then issued, loaded or shown clear for it until the safety advisor resumes work; "
      + "everyone who must hear is notified at once")
  StopWorkCall callStopWork(@PathVariable UUID productionId, @RequestBody StopWorkBody body) {
    return stopWork.call(productionId,
        new CallStopWork(body.sceneId(), Boolean.TRUE.equals(body.wholeProduction()), body.reason(),
            Boolean.TRUE.equals(body.injury())));
  }

  @PostMapping("/stop-work/{stopWorkId}/resume")
  @Operation(summary = "Resume work (safety advisor only), writing down why it is safe")
  StopWorkCall resume(@PathVariable UUID productionId, @PathVariable UUID stopWorkId, @RequestBody Resumption body) {
    return stopWork.resume(productionId, new ResumeWork(stopWorkId, body.whySafe()));
  }

  // ---- management reviews ----

  @GetMapping("/reviews")
  @Operation(summary = "Management reviews opened by repeated reports or a resignation citing safety, and their answers")
  List<ManagementReview> reviews(@PathVariable UUID productionId) {
    return reviewViews.reviews(productionId);
  }

  @PostMapping("/reviews/{reviewId}/answer")
  @Operation(summary = "Answer a management review in writing (producer only, once)")
  ManagementReview answer(@PathVariable UUID productionId, @PathVariable UUID reviewId, @RequestBody Answer body) {
    return reviews.answer(productionId, new AnswerReview(reviewId, body.answer()));
  }
}
