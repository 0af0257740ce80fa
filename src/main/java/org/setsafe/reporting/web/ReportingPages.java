package org.setsafe.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.setsafe.shared.QrCodes;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.Hazard;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.RefusalFixes;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.reporting.AnswerReview;
import org.setsafe.reporting.CallStopWork;
import org.setsafe.reporting.ManagementReviewViews;
import org.setsafe.reporting.ManagementReviews;
import org.setsafe.reporting.NewReport;
import org.setsafe.reporting.PhotoUpload;
import org.setsafe.reporting.PublicReportLink;
import org.setsafe.reporting.ReportCommand.AcknowledgeReport;
import org.setsafe.reporting.ReportCommand.CommentOnReport;
import org.setsafe.reporting.ReportCommand.ReopenReport;
import org.setsafe.reporting.ReportCommand.ResolveReport;
import org.setsafe.reporting.ReportCommand.StartMitigation;
import org.setsafe.reporting.ReportFiling;
import org.setsafe.reporting.ReportSteps;
import org.setsafe.reporting.ReportView;
import org.setsafe.reporting.ReportViews;
import org.setsafe.reporting.ReportingRoles;
import org.setsafe.reporting.ResumeWork;
import org.setsafe.reporting.Severity;
import org.setsafe.reporting.StopWork;
import org.setsafe.reporting.StopWorkViews;
import org.setsafe.reporting.domain.ReportStore;
import org.setsafe.reporting.domain.StopWorkCall;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.RuleRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The crew's reporting screens on a phone: report a hazard, see every report and act on it, call stop-work
 * in two taps, and the management reviews a producer must answer. Everything goes through the same services as
 * the API; form fields are read as plain parameters, so a missing or wrong field is refused by the service
 * after the access check, with the field named.
 */
@Controller
class ReportingPages {

  private static final String REPORTS = "/productions/{productionId}/reports";
  private static final String REPORT = REPORTS + "/{reportId}";
  private static final String STOP_WORK = "/productions/{productionId}/stop-work";

  private final ReportFiling filing;
  private final ReportSteps steps;
  private final ReportViews reports;
  private final ReportingRoles roles;
  private final PublicReportLink publicLink;
  private final StopWork stopWork;
  private final StopWorkViews stopWorks;
  private final ManagementReviews reviews;
  private final ManagementReviewViews reviewViews;
  private final Productions productions;
  private final Schedule schedule;
  private final RefusalFixes refusals;
  private final MessageSource messages;

  ReportingPages(ReportFiling filing, ReportSteps steps, ReportViews reports, ReportingRoles roles,
      PublicReportLink publicLink, StopWork stopWork, StopWorkViews stopWorks, ManagementReviews reviews,
      ManagementReviewViews reviewViews, Productions productions, Schedule schedule, RefusalFixes refusals,
      MessageSource messages) {
    this.refusals = refusals;
    this.messages = messages;
    this.filing = filing;
    this.steps = steps;
    this.reports = reports;
    this.roles = roles;
    this.publicLink = publicLink;
    this.stopWork = stopWork;
    this.stopWorks = stopWorks;
    this.reviews = reviews;
    this.reviewViews = reviewViews;
    this.productions = productions;
    this.schedule = schedule;
  }

  // ---- reports ----

  @GetMapping(REPORTS)
  String list(@PathVariable UUID productionId, Model model) {
    List<ReportView> all = reports.reports(productionId);
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("open", all.stream().filter(ReportView::open).toList());
    model.addAttribute("resolved", all.stream().filter(r -> !r.open()).toList());
    model.addAttribute("onTheCrew", roles.onTheCrew(productionId));
    return "reporting/list";
  }

  @GetMapping(REPORTS + "/new")
  String form(@PathVariable UUID productionId, Model model) {
    crewFormModel(model, productions.get(productionId));
    return "reporting/new";
  }

  /**
   * Files the report. A refusal (a field missing, or someone off the crew) shows the form again with everything
   * typed still in it and the reason, under a 4xx status; nothing is written.
   */
  @PostMapping(REPORTS)
  String file(@PathVariable UUID productionId, @RequestParam(required = false) String category,
      @RequestParam(required = false) String severity, @RequestParam(required = false) String title,
      @RequestParam(required = false) String description, @RequestParam(required = false) String sceneId,
      @RequestParam(required = false) String location, @RequestParam(required = false) boolean resignation,
      @RequestParam(required = false) boolean injury,
      @RequestParam(required = false) MultipartFile photo, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    Production production = productions.get(productionId);
    try {
      ReportView filed = filing.file(productionId, report(category, severity, title, description, sceneId, location,
          null, resignation, injury), upload(photo));
      redirect.addFlashAttribute("notice", said("reporting.filed.notice"));
      return "redirect:/productions/" + productionId + "/reports/" + filed.id();
    } catch (InvalidInputException | AccessRefusedException e) {
      response.setStatus(statusOf(e));
      crewFormModel(model, production);
      model.addAttribute("problem", inWords(e, messages));
      model.addAttribute("problemField", e instanceof InvalidInputException invalid ? invalid.field() : null);
      return "reporting/new";
    }
  }

  /**
   * A refusal of the report form said as the form asks it, in the reader's language
   * ({@code reporting.form.refused.<field>.<rule>}); a refusal the form has no words for as the service gave it.
   */
  static String inWords(RuntimeException e, MessageSource messages) {
    return inWords(e, messages, "reporting.form.refused.");
  }

  static String inWords(RuntimeException e, MessageSource messages, String prefix) {
    if (e instanceof InvalidInputException invalid) {
      String said = messages.getMessage(prefix + invalid.field() + "." + invalid.rule(), null, null,
          LocaleContextHolder.getLocale());
      if (said != null) {
        return said;
      }
    }
    return problemOf(e);
  }

  /** A refusal of a page's step in the reader's words, where the service said it in some. */
  static String problemOf(RuntimeException e) {
    if (e instanceof InvalidInputException invalid) {
      return invalid.forReader();
    }
    return e instanceof AccessRefusedException refused ? refused.forReader() : e.getMessage();
  }

  /** A notice in the reader's language. */
  private String said(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  private void crewFormModel(Model model, Production production) {
    formModel(model, production, schedule.scenes(production.id()));
    model.addAttribute("onTheCrew", roles.onTheCrew(production.id()));
    model.addAttribute("reporterName", SignedInUser.current().map(SignedInUser::displayName).orElse(null));
  }

  @GetMapping(REPORT)
  String report(@PathVariable UUID productionId, @PathVariable UUID reportId, Model model) {
    model.addAttribute("production", productions.get(productionId));
    ReportView report = reports.report(productionId, reportId);
    model.addAttribute("report", report);
    model.addAttribute("mayAct", roles.mayAct(productionId));
    model.addAttribute("maySignOff", roles.maySignOff(productionId));
    model.addAttribute("isReporter", roles.isReporter(productionId, reportId));
    boolean onTheCrew = roles.onTheCrew(productionId);
    model.addAttribute("onTheCrew", onTheCrew);
    if (!model.containsAttribute("typed")) {
      model.addAttribute("typed", Map.of());
    }
    // Words typed into a step this person is not offered (an old tab, a role they do not hold) are shown back to
    // them to copy, since no box on the page will hold them.
    java.util.Set<String> offered = offered(report, onTheCrew, roles.mayAct(productionId),
        roles.maySignOff(productionId), roles.isReporter(productionId, reportId));
    @SuppressWarnings("unchecked")
    Map<String, String> typed = (Map<String, String>) model.getAttribute("typed");
    model.addAttribute("unsent", typed.entrySet().stream().filter(t -> !offered.contains(t.getKey()))
        .map(Map.Entry::getValue).filter(t -> !t.isBlank()).toList());
    return "reporting/report";
  }

  @PostMapping(REPORT + "/acknowledge")
  String acknowledge(@PathVariable UUID productionId, @PathVariable UUID reportId,
      @RequestParam(required = false) String text, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    return step(productionId, reportId, "acknowledge", text, model, redirect, response,
        "Acknowledged: its escalation has stopped.",
        () -> steps.acknowledge(productionId, new AcknowledgeReport(reportId, text)));
  }

  @PostMapping(REPORT + "/mitigation")
  String mitigate(@PathVariable UUID productionId, @PathVariable UUID reportId,
      @RequestParam(required = false) String text, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    return step(productionId, reportId, "mitigation", text, model, redirect, response, "Mitigation recorded.",
        () -> steps.startMitigation(productionId, new StartMitigation(reportId, text)));
  }

  @PostMapping(REPORT + "/comments")
  String comment(@PathVariable UUID productionId, @PathVariable UUID reportId,
      @RequestParam(required = false) String text, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    return step(productionId, reportId, "comment", text, model, redirect, response, "Comment added.",
        () -> steps.comment(productionId, new CommentOnReport(reportId, text)));
  }

  @PostMapping(REPORT + "/resolution")
  String resolve(@PathVariable UUID productionId, @PathVariable UUID reportId,
      @RequestParam(required = false) String text, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    return step(productionId, reportId, "resolution", text, model, redirect, response, "Resolved.",
        () -> steps.resolve(productionId, new ResolveReport(reportId, text)));
  }

  @PostMapping(REPORT + "/reopen")
  String reopen(@PathVariable UUID productionId, @PathVariable UUID reportId,
      @RequestParam(required = false) String text, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    return step(productionId, reportId, "reopen", text, model, redirect, response, "Re-opened.",
        () -> steps.reopen(productionId, new ReopenReport(reportId, text)));
  }

  @GetMapping(REPORT + "/photos/{photoId}")
  ResponseEntity<byte[]> photo(@PathVariable UUID productionId, @PathVariable UUID reportId,
      @PathVariable UUID photoId) {
    ReportStore.Photo photo = reports.photo(productionId, photoId);
    if (!photo.reportId().equals(reportId)) {
      throw new NotFoundException("no photo " + photoId + " on this report")
          .saying("input.reporting.not-found.photo-on-report", photoId);
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
        .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff").body(photo.bytes());
  }

  @GetMapping(REPORTS + "/public-link")
  String publicLink(@PathVariable UUID productionId, Model model) {
    String token = publicLink.publicLinkToken(productionId);
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("link", publicLinkOf(token));
    model.addAttribute("token", token);
    return "reporting/public-link";
  }

  /** The public link as a QR code, to print for base camp and the call sheet. */
  @GetMapping(REPORTS + "/public-link/qr.svg")
  ResponseEntity<String> publicLinkQr(@PathVariable UUID productionId) {
    String link = publicLinkOf(publicLink.publicLinkToken(productionId));
    return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).cacheControl(CacheControl.noStore())
        .body(QrCodes.svg(link, "QR code of the hazard report link"));
  }

  private static String publicLinkOf(String token) {
    return ServletUriComponentsBuilder.fromCurrentContextPath().path("/public/report/{token}")
        .buildAndExpand(token).toUriString();
  }

  // ---- stop-work: tap one picks the scene, tap two stops it ----

  @GetMapping(STOP_WORK)
  String stopWork(@PathVariable UUID productionId, @RequestParam(required = false) String sceneId, Model model) {
    stopWorkModel(productionId, sceneId, model);
    return "reporting/stop-work";
  }

  /**
   * The stop-work screen: today's scenes first, each with what happens in it, then the whole production, then every
   * other scene folded away (a scene rehearsed or prepared for another day can be stopped too).
   */
  private void stopWorkModel(UUID productionId, String sceneId, Model model) {
    Production production = productions.get(productionId);
    List<Scene> scenes = schedule.scenes(productionId);
    List<UUID> todays = schedule.dayOn(productionId, schedule.today(production))
        .map(day -> schedule.scenesOn(productionId, day.id()).stream().map(Scene::id).toList()).orElse(List.of());
    List<StopWorkCall> stopped = stopWorks.stoppedNow(productionId);
    model.addAttribute("production", production);
    model.addAttribute("todaysScenes", scenes.stream().filter(s -> todays.contains(s.id())).toList());
    model.addAttribute("otherScenes", scenes.stream().filter(s -> !todays.contains(s.id())).toList());
    model.addAttribute("stopped", stopped);
    model.addAttribute("stoppedSceneIds", stopped.stream().map(StopWorkCall::sceneId).toList());
    model.addAttribute("sceneNames", scenes.stream().collect(Collectors.toMap(Scene::id,
        s -> messages.getMessage("scene.short", new Object[] {s.number()}, LocaleContextHolder.getLocale()),
        (a, b) -> a)));
    model.addAttribute("mayResume", roles.mayResume(productionId));
    model.addAttribute("onTheCrew", roles.onTheCrew(productionId));
    UUID chosen = uuid(sceneId);
    model.addAttribute("chosen", chosen == null ? null
        : scenes.stream().filter(s -> s.id().equals(chosen)).findFirst().orElse(null));
    model.addAttribute("chosenWhole", "production".equals(sceneId));
    model.addAttribute("productionStopped", stopped.stream().anyMatch(StopWorkCall::wholeProduction));
    if (!model.containsAttribute("typed")) {
      model.addAttribute("typed", Map.of());
    }
  }

  @PostMapping(STOP_WORK)
  String callStopWork(@PathVariable UUID productionId, @RequestParam(required = false) String sceneId,
      @RequestParam(defaultValue = "false") boolean wholeProduction, @RequestParam(required = false) String reason,
      @RequestParam(defaultValue = "false") boolean injury,
      Model model, RedirectAttributes redirect, HttpServletResponse response) {
    productions.get(productionId);
    try {
      if (wholeProduction) {
        stopWork.call(productionId, new CallStopWork(null, true, reason, injury));
        redirect.addFlashAttribute("notice", said("reporting.stop-work.stopped.whole"));
      } else {
        stopWork.call(productionId, new CallStopWork(uuidOrRefuse("sceneId", sceneId), false, reason, injury));
        redirect.addFlashAttribute("notice", said("reporting.stop-work.stopped.scene"));
      }
      return "redirect:/productions/" + productionId + "/stop-work";
    } catch (InvalidInputException | AccessRefusedException e) {
      response.setStatus(statusOf(e));
      model.addAttribute("problem", inWords(e, messages, "reporting.stop-work.refused."));
      Map<String, String> typed = new java.util.HashMap<>();
      if (reason != null) {
        typed.put("reason", reason);
      }
      typed.put("injury", String.valueOf(injury));
      model.addAttribute("typed", typed);
      stopWorkModel(productionId, wholeProduction ? "production" : sceneId, model);
      return "reporting/stop-work";
    }
  }

  @PostMapping(STOP_WORK + "/{stopWorkId}/resume")
  String resume(@PathVariable UUID productionId, @PathVariable UUID stopWorkId,
      @RequestParam(required = false) String whySafe, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    productions.get(productionId);
    try {
      stopWork.resume(productionId, new ResumeWork(stopWorkId, whySafe));
      redirect.addFlashAttribute("notice", said("reporting.stop-work.resumed"));
      return "redirect:/productions/" + productionId + "/stop-work";
    } catch (InvalidInputException | AccessRefusedException e) {
      response.setStatus(statusOf(e));
      model.addAttribute("problem", inWords(e, messages, "reporting.stop-work.refused."));
      model.addAttribute("typed", whySafe == null ? Map.of() : Map.of("whySafe-" + stopWorkId, whySafe));
      stopWorkModel(productionId, null, model);
      return "reporting/stop-work";
    }
  }

  // ---- management reviews ----

  @GetMapping(REPORTS + "/reviews")
  String reviews(@PathVariable UUID productionId, Model model) {
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("reviews", reviewViews.reviews(productionId));
    model.addAttribute("reportsBehind", reviewViews.reportsBehind(productionId));
    model.addAttribute("mayAnswer", roles.mayAnswer(productionId));
    if (!model.containsAttribute("typed")) {
      model.addAttribute("typed", Map.of());
    }
    return "reporting/reviews";
  }

  @PostMapping(REPORTS + "/reviews/{reviewId}/answer")
  String answer(@PathVariable UUID productionId, @PathVariable UUID reviewId,
      @RequestParam(required = false) String answer, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    productions.get(productionId);
    try {
      reviews.answer(productionId, new AnswerReview(reviewId, answer));
      redirect.addFlashAttribute("notice", said("reporting.reviews.on-record"));
      return "redirect:/productions/" + productionId + "/reports/reviews";
    } catch (InvalidInputException | AccessRefusedException e) {
      response.setStatus(statusOf(e));
      model.addAttribute("problem", problemOf(e));
      model.addAttribute("typed", answer == null ? Map.of() : Map.of("answer-" + reviewId, answer));
      return reviews(productionId, model);
    }
  }

  // ---- shared with the anonymous pages ----

  static void formModel(Model model, Production production, List<Scene> scenes) {
    model.addAttribute("production", production);
    model.addAttribute("scenes", scenes);
    model.addAttribute("categories", Hazard.values());
    model.addAttribute("severities", Severity.values());
  }

  static NewReport report(String category, String severity, String title, String description, String sceneId,
      String location, String department, boolean resignation, boolean injury) {
    return new NewReport(parse(Hazard.class, "category", category), parse(Severity.class, "severity", severity),
        title, description, uuid(sceneId), location, department, resignation, injury);
  }

  static PhotoUpload upload(MultipartFile photo) {
    if (photo == null || photo.isEmpty()) {
      return null;
    }
    try {
      return new PhotoUpload(photo.getContentType(), photo.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
        .orElseThrow(() -> new InvalidInputException(field, "OneOf", field + " must be one of "
            + Arrays.toString(type.getEnumConstants()))
            .saying("input.reporting.one-of", field, Arrays.toString(type.getEnumConstants())));
  }

  static UUID uuid(String value) {
    try {
      return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static UUID uuidOrRefuse(String field, String value) {
    UUID id = uuid(value);
    if (id == null) {
      throw new InvalidInputException(field, "Required", "choose the scene to stop")
          .saying("input.reporting.stop-work.choose-scene");
    }
    return id;
  }

  /**
   * Takes one step on a report. A refusal shows the report again with what was typed still in its box and the
   * reason, under a 4xx status, so nothing written on a phone is lost to a refusal.
   */
  private String step(UUID productionId, UUID reportId, String action, String text, Model model,
      RedirectAttributes redirect, HttpServletResponse response, String done, Supplier<ReportView> step) {
    try {
      step.get();
      redirect.addFlashAttribute("notice", done);
      return "redirect:/productions/" + productionId + "/reports/" + reportId;
    } catch (InvalidInputException | AccessRefusedException e) {
      response.setStatus(statusOf(e));
      if (e instanceof RuleRefusedException rule) {
        // A rule's refusal (the report moved on meanwhile) reads as every page's refusal does, without its code.
        model.addAttribute("refusal", refusals.onPage(rule, null));
      } else {
        model.addAttribute("problem", problemOf(e));
      }
      model.addAttribute("typed", text == null ? Map.of() : Map.of(action, text));
      return report(productionId, reportId, model);
    }
  }

  /** The steps the report page offers this person, as its forms show them. */
  private static java.util.Set<String> offered(ReportView report, boolean onTheCrew, boolean mayAct, boolean maySignOff,
      boolean isReporter) {
    java.util.Set<String> offered = new java.util.HashSet<>();
    if (!onTheCrew) {
      return offered;
    }
    offered.add("comment");
    String state = report.state().name();
    if (!report.open()) {
      offered.add("reopen");
      return offered;
    }
    if (mayAct && state.equals("REPORTED")) {
      offered.add("acknowledge");
    }
    if (mayAct && state.equals("ACKNOWLEDGED")) {
      offered.add("mitigation");
    }
    if (!state.equals("REPORTED") && (maySignOff || isReporter)) {
      offered.add("resolution");
    }
    return offered;
  }

  private static int statusOf(RuntimeException e) {
    if (e instanceof AccessRefusedException) {
      return 403;
    }
    return e instanceof ConflictException ? 409 : 400;
  }
}
