package org.setsafe.reporting.web;

import org.setsafe.reporting.PublicProduction;
import org.setsafe.reporting.PublicReportLink;
import org.setsafe.reporting.Receipt;
import org.setsafe.reporting.ReceiptCommand.ConfirmResolved;
import org.setsafe.reporting.ReceiptCommand.FollowUp;
import org.setsafe.reporting.ReceiptCommand.ReopenByReporter;
import org.setsafe.reporting.ReportFiling;
import org.setsafe.reporting.ReportReceipts;
import org.setsafe.reporting.ReportView;
import org.setsafe.shared.AnonymousCallers;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The anonymous report pages, reached without an account through a production's public link or its QR code.
 * They read nothing about the person (no session, no account, no address) and keep nothing that could lead back;
 * the receipt code is shown once, in the answer to the post, and only ever sent back in a form body.
 */
@Controller
@AnonymousCallers
class PublicReportingPages {

  private final PublicReportLink link;
  private final ReportFiling filing;
  private final ReportReceipts receipts;
  private final org.springframework.context.MessageSource messages;

  PublicReportingPages(PublicReportLink link, ReportFiling filing, ReportReceipts receipts,
      org.springframework.context.MessageSource messages) {
    this.messages = messages;
    this.link = link;
    this.filing = filing;
    this.receipts = receipts;
  }

  @GetMapping("/public/report/{token}")
  String form(@PathVariable String token, Model model) {
    PublicProduction production = link.publicProduction(token);
    model.addAttribute("token", token);
    model.addAttribute("productionName", production.name());
    ReportingPages.formModel(model, null, production.scenes());
    return "reporting/public-report";
  }

  @PostMapping("/public/report/{token}")
  String file(@PathVariable String token, @RequestParam(required = false) String category,
      @RequestParam(required = false) String severity, @RequestParam(required = false) String title,
      @RequestParam(required = false) String description, @RequestParam(required = false) String sceneId,
      @RequestParam(required = false) String location, @RequestParam(required = false) String department,
      @RequestParam(required = false) boolean resignation, @RequestParam(required = false) boolean injury,
      @RequestParam(required = false) MultipartFile photo,
      Model model, jakarta.servlet.http.HttpServletResponse response) {
    try {
      Receipt receipt = filing.fileAnonymously(token, ReportingPages.report(category, severity, title, description,
          sceneId, location, department, resignation, injury), ReportingPages.upload(photo));
      model.addAttribute("receipt", receipt);
      return "reporting/public-receipt";
    } catch (InvalidInputException e) {
      String name = form(token, model);
      response.setStatus(e instanceof org.setsafe.shared.ConflictException ? 409 : 400);
      model.addAttribute("problem", ReportingPages.inWords(e, messages));
      return name;
    }
  }

  @GetMapping("/public/receipt")
  String follow() {
    return "reporting/public-follow";
  }

  @PostMapping("/public/receipt")
  String status(@RequestParam(required = false) String code, Model model) {
    return show(code, model, () -> receipts.follow(code), null);
  }

  @PostMapping("/public/receipt/comments")
  String comment(@RequestParam(required = false) String code, @RequestParam(required = false) String text,
      Model model) {
    return show(code, model, () -> receipts.followUp(new FollowUp(code, text)), "reporting.status.added");
  }

  @PostMapping("/public/receipt/resolution")
  String confirm(@RequestParam(required = false) String code, @RequestParam(required = false) String text,
      Model model) {
    return show(code, model, () -> receipts.confirmResolved(new ConfirmResolved(code, text)), "reporting.status.resolved");
  }

  @PostMapping("/public/receipt/reopen")
  String reopen(@RequestParam(required = false) String code, @RequestParam(required = false) String text,
      Model model) {
    return show(code, model, () -> receipts.reopenByReporter(new ReopenByReporter(code, text)), "reporting.status.reopened");
  }

  /** {@code done}: the key of the notice said after the step, in the reporter's language; null for none. */
  private String show(String code, Model model, java.util.function.Supplier<ReportView> action, String done) {
    java.util.Locale language = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    try {
      ReportView report = action.get();
      model.addAttribute("report", report);
      model.addAttribute("code", code);
      model.addAttribute("notice", done == null ? null : messages.getMessage(done, null, language));
      return "reporting/public-status";
    } catch (NotFoundException e) {
      // The only thing not found here is a report with this code.
      model.addAttribute("problem", messages.getMessage("reporting.follow.not-found", null, language));
      return "reporting/public-follow";
    } catch (InvalidInputException e) {
      model.addAttribute("report", receipts.follow(code));
      model.addAttribute("code", code);
      model.addAttribute("problem", e.forReader());
      return "reporting/public-status";
    }
  }
}
