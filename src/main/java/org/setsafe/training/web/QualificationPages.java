package org.setsafe.training.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.training.CertificateRecording;
import org.setsafe.training.CertificateVerification;
import org.setsafe.training.CertificationCommands.CorrectCertification;
import org.setsafe.training.CertificationCommands.NewCertification;
import org.setsafe.training.CertificationCommands.RecordCertification;
import org.setsafe.training.CertificationCommands.Upload;
import org.setsafe.training.CertificationCommands.VerifyCertification;
import org.setsafe.training.CertificationCommands.WithdrawCertification;
import org.setsafe.training.CertificationId;
import org.setsafe.training.CrewQualifications;
import org.setsafe.training.PersonId;
import org.setsafe.training.QualificationAccess;
import org.setsafe.training.QualificationRecords;
import org.setsafe.training.QualificationViews.Certification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Qualifications on the phone: "my qualifications" with the form to add one and upload its scan, and for the
 * safety advisor, UPM and producers the production's overview of who lacks what, each crew member's
 * certificates, recording one for them and (safety advisor) verifying the original.
 */
@Controller
class QualificationPages {

  private final QualificationRecords records;
  private final CrewQualifications crew;
  private final CertificateRecording recording;
  private final CertificateVerification verification;
  private final QualificationAccess who;
  private final Productions productions;
  private final ProductionAccess access;
  private final MessageSource messages;

  QualificationPages(QualificationRecords records, CrewQualifications crew, CertificateRecording recording,
      CertificateVerification verification, QualificationAccess who, Productions productions,
      ProductionAccess access, MessageSource messages) {
    this.messages = messages;
    this.records = records;
    this.crew = crew;
    this.recording = recording;
    this.verification = verification;
    this.who = who;
    this.productions = productions;
    this.access = access;
  }

  // ---- my qualifications ----

  @GetMapping("/account/qualifications")
  String mine(Model model) {
    return showMine(model, CertificationForm.empty());
  }

  @PostMapping("/account/qualifications")
  String addMine(@Valid @ModelAttribute("certificationForm") CertificationForm form, BindingResult result,
      @RequestParam(name = "scan", required = false) MultipartFile scan, Model model, RedirectAttributes redirect) {
    UUID me = SignedInUser.current().orElseThrow().id();
    if (!result.hasErrors() && record(me, null, form, scan, result)) {
      redirect.addFlashAttribute("notice", said("training.notice.recorded"));
      return "redirect:/account/qualifications";
    }
    return showMine(model, form);
  }

  @PostMapping("/account/qualifications/{certificationId}/withdrawal")
  String withdrawMine(@PathVariable UUID certificationId, @RequestParam(name = "reason", required = false) String reason,
      RedirectAttributes redirect) {
    UUID me = SignedInUser.current().orElseThrow().id();
    recording.withdraw(new WithdrawCertification(new PersonId(me), new CertificationId(certificationId), null, reason));
    redirect.addFlashAttribute("notice", said("training.notice.withdrawn"));
    return "redirect:/account/qualifications";
  }

  @GetMapping("/account/qualifications/{certificationId}/correction")
  String correctMineForm(@PathVariable UUID certificationId, Model model) {
    UUID me = SignedInUser.current().orElseThrow().id();
    return showCorrection(me, certificationId, null, model,
        CertificationForm.of(inForce(me, certificationId)), "/account/qualifications");
  }

  @PostMapping("/account/qualifications/{certificationId}/correction")
  String correctMine(@PathVariable UUID certificationId,
      @Valid @ModelAttribute("certificationForm") CertificationForm form, BindingResult result,
      @RequestParam(name = "scan", required = false) MultipartFile scan, Model model, RedirectAttributes redirect) {
    UUID me = SignedInUser.current().orElseThrow().id();
    if (!result.hasErrors() && correct(me, certificationId, null, form, scan, result)) {
      redirect.addFlashAttribute("notice", said("training.notice.corrected"));
      return "redirect:/account/qualifications";
    }
    return showCorrection(me, certificationId, null, model, form, "/account/qualifications");
  }

  @GetMapping("/account/qualifications/{certificationId}/scan")
  ResponseEntity<byte[]> myScan(@PathVariable UUID certificationId, @RequestParam(name = "version") int version) {
    UUID me = SignedInUser.current().orElseThrow().id();
    return QualificationsApi.ScanResponses.of(records.scan(new PersonId(me), new CertificationId(certificationId),
        version));
  }

  private String showMine(Model model, CertificationForm form) {
    UUID me = SignedInUser.current().orElseThrow().id();
    model.addAttribute("person", records.of(new PersonId(me)));
    model.addAttribute("types", records.types());
    model.addAttribute("certificationForm", form);
    model.addAttribute("maxScanMegabytes", records.maxScanBytes() / (1024 * 1024));
    model.addAttribute("formAction", "/account/qualifications");
    model.addAttribute("scanBase", "/account/qualifications/");
    return "training/mine";
  }

  // ---- a production's overview and its crew ----

  @GetMapping("/productions/{productionId}/qualifications")
  String overview(@PathVariable UUID productionId, Model model) {
    Production production = productions.get(productionId);
    model.addAttribute("production", production);
    model.addAttribute("overview", crew.overview(productionId));
    model.addAttribute("crew", who.overseesCrew(productionId, SignedInUser.current().orElseThrow())
        ? productions.members(productionId) : List.of());
    return "training/production";
  }

  @GetMapping("/productions/{productionId}/qualifications/people/{userId}")
  String person(@PathVariable UUID productionId, @PathVariable UUID userId, Model model) {
    return showPerson(productionId, userId, model, CertificationForm.empty());
  }

  @PostMapping("/productions/{productionId}/qualifications/people/{userId}")
  String recordFor(@PathVariable UUID productionId, @PathVariable UUID userId,
      @Valid @ModelAttribute("certificationForm") CertificationForm form, BindingResult result,
      @RequestParam(name = "scan", required = false) MultipartFile scan, Model model, RedirectAttributes redirect) {
    onProduction(productionId, userId);
    if (!result.hasErrors() && record(userId, productionId, form, scan, result)) {
      redirect.addFlashAttribute("notice", said("training.notice.recorded"));
      return "redirect:/productions/" + productionId + "/qualifications/people/" + userId;
    }
    return showPerson(productionId, userId, model, form);
  }

  @PostMapping("/productions/{productionId}/qualifications/people/{userId}/{certificationId}/verification")
  String verify(@PathVariable UUID productionId, @PathVariable UUID userId, @PathVariable UUID certificationId,
      @RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
    onProduction(productionId, userId);
    verification.verify(new VerifyCertification(new PersonId(userId), new CertificationId(certificationId),
        productionId, note));
    redirect.addFlashAttribute("notice", said("training.notice.verified"));
    return "redirect:/productions/" + productionId + "/qualifications/people/" + userId;
  }

  @GetMapping("/productions/{productionId}/qualifications/people/{userId}/{certificationId}/correction")
  String correctForm(@PathVariable UUID productionId, @PathVariable UUID userId, @PathVariable UUID certificationId,
      Model model) {
    onProduction(productionId, userId);
    return showCorrection(userId, certificationId, productionId, model,
        CertificationForm.of(inForce(userId, certificationId)), personPage(productionId, userId));
  }

  @PostMapping("/productions/{productionId}/qualifications/people/{userId}/{certificationId}/correction")
  String correctFor(@PathVariable UUID productionId, @PathVariable UUID userId, @PathVariable UUID certificationId,
      @Valid @ModelAttribute("certificationForm") CertificationForm form, BindingResult result,
      @RequestParam(name = "scan", required = false) MultipartFile scan, Model model, RedirectAttributes redirect) {
    onProduction(productionId, userId);
    if (!result.hasErrors() && correct(userId, certificationId, productionId, form, scan, result)) {
      redirect.addFlashAttribute("notice", said("training.notice.corrected"));
      return "redirect:" + personPage(productionId, userId);
    }
    return showCorrection(userId, certificationId, productionId, model, form, personPage(productionId, userId));
  }

  @GetMapping("/productions/{productionId}/qualifications/people/{userId}/{certificationId}/scan")
  ResponseEntity<byte[]> scan(@PathVariable UUID productionId, @PathVariable UUID userId,
      @PathVariable UUID certificationId, @RequestParam(name = "version") int version) {
    onProduction(productionId, userId);
    return QualificationsApi.ScanResponses.of(records.scan(new PersonId(userId), new CertificationId(certificationId),
        version));
  }

  private String showPerson(UUID productionId, UUID userId, Model model, CertificationForm form) {
    Production production = onProduction(productionId, userId);
    SignedInUser me = SignedInUser.current().orElseThrow();
    model.addAttribute("production", production);
    model.addAttribute("person", records.of(new PersonId(userId)));
    model.addAttribute("types", records.types());
    model.addAttribute("certificationForm", form);
    model.addAttribute("maxScanMegabytes", records.maxScanBytes() / (1024 * 1024));
    model.addAttribute("canRecord", who.recordsForCrew(productionId) || me.id().equals(userId));
    model.addAttribute("canVerify", productions.rolesOf(productionId, me.id()).orElse(Set.of())
        .contains(CrewRole.SAFETY_ADVISOR));
    model.addAttribute("formAction", "/productions/" + productionId + "/qualifications/people/" + userId);
    model.addAttribute("scanBase", "/productions/" + productionId + "/qualifications/people/" + userId + "/");
    return "training/person";
  }

  private String showCorrection(UUID holderId, UUID certificationId, UUID productionId, Model model,
      CertificationForm form, String back) {
    Certification current = inForce(holderId, certificationId);
    model.addAttribute("certification", current);
    model.addAttribute("types", records.types());
    model.addAttribute("certificationForm", form);
    model.addAttribute("maxScanMegabytes", records.maxScanBytes() / (1024 * 1024));
    model.addAttribute("formAction", back.equals("/account/qualifications")
        ? "/account/qualifications/" + certificationId + "/correction"
        : back + "/" + certificationId + "/correction");
    model.addAttribute("back", back);
    return "training/correct";
  }

  private Certification inForce(UUID holderId, UUID certificationId) {
    return records.inForce(new PersonId(holderId), new CertificationId(certificationId));
  }

  private static String personPage(UUID productionId, UUID userId) {
    return "/productions/" + productionId + "/qualifications/people/" + userId;
  }

  private boolean correct(UUID holderId, UUID certificationId, UUID productionId, CertificationForm form,
      MultipartFile scan, BindingResult result) {
    try {
      recording.correct(new CorrectCertification(new PersonId(holderId), new CertificationId(certificationId),
          productionId, form.details(), upload(scan), form.reason()));
      return true;
    } catch (InvalidInputException e) {
      refused(e, form, result);
      return false;
    }
  }

  /** The production, when the caller may see it and the person is on it; 404 otherwise. */
  private Production onProduction(UUID productionId, UUID userId) {
    Production production = access.require(productionId, Permission.VIEW);
    if (productions.rolesOf(productionId, userId).isEmpty()) {
      throw new NotFoundException("No member " + userId + " on this production.")
          .saying("input.training.not-found.member-page", userId);
    }
    return production;
  }

  private boolean record(UUID holderId, UUID productionId, CertificationForm form, MultipartFile scan,
      BindingResult result) {
    try {
      recording.record(new RecordCertification(new PersonId(holderId), productionId, form.details(), upload(scan)));
      return true;
    } catch (InvalidInputException e) {
      refused(e, form, result);
      return false;
    }
  }

  /** The problem beside the field it is about, or above the form when it has no such field; in the reader's words. */
  private static void refused(InvalidInputException e, CertificationForm form, BindingResult result) {
    if (form.has(e.field())) {
      result.rejectValue(e.field(), "training." + e.rule(), e.forReader());
    } else {
      result.reject("training." + e.rule(), e.forReader());
    }
  }

  private static Upload upload(MultipartFile scan) {
    if (scan == null || scan.isEmpty()) {
      return null;
    }
    try {
      return new Upload(scan.getBytes(), scan.getOriginalFilename());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record CertificationForm(@NotBlank @Size(max = 40) String type, @NotBlank @Size(max = 120) String issuer,
      @Size(max = 120) String number, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn, @Size(max = 2000) String reason) {

    static CertificationForm empty() {
      return new CertificationForm("", "", "", null, null, null);
    }

    static CertificationForm of(Certification c) {
      return new CertificationForm(c.type().code(), c.issuer(), c.number(), c.issuedOn(), c.expiresOn(), null);
    }

    NewCertification details() {
      return new NewCertification(type, issuer, number, issuedOn, expiresOn);
    }

    boolean has(String field) {
      return Set.of("type", "issuer", "number", "issuedOn", "expiresOn", "reason").contains(field);
    }
  }

  /** A notice in the reader's language. */
  private String said(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
