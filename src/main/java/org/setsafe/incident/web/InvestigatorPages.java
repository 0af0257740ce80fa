package org.setsafe.incident.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.setsafe.incident.InvestigatorAccess;
import org.setsafe.incident.InvestigatorAccess.Download;
import org.setsafe.incident.InvestigatorLinkEnded;
import org.setsafe.incident.InvestigatorLinkThrottled;
import org.setsafe.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The investigator's read-only pages, reached without an account through the secret link the production sent:
 * the incident's summary, its report and its evidence bundle, and nothing else. The report is the file signed off;
 * a reader whose language is not English is offered a copy to read in it beside that file. Nothing is posted here. An ended
 * link answers 410 saying when and why; one that never was answers 404; too many of those from one address, 429.
 */
@Controller
class InvestigatorPages {

  private final InvestigatorAccess access;

  InvestigatorPages(InvestigatorAccess access) {
    this.access = access;
  }

  @GetMapping(InvestigatorAccess.LINK_PATH + "{token}")
  String caseFile(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    noStore(response);
    model.addAttribute("file", access.caseFile(token, request.getRemoteAddr()));
    model.addAttribute("base", InvestigatorAccess.LINK_PATH + token);
    // The signed report is the one promised; a reader of another language is offered a copy to read beside it.
    model.addAttribute("readersCopy", ReadersCopy.offeredTo(LocaleContextHolder.getLocale()));
    return "incident/investigator";
  }

  @GetMapping(value = InvestigatorAccess.LINK_PATH + "{token}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> report(@PathVariable String token, @RequestParam(required = false) String language,
      HttpServletRequest request) {
    return download(access.reportPdf(token, request.getRemoteAddr(), ReadersCopy.language(language)),
        MediaType.APPLICATION_PDF);
  }

  @GetMapping(InvestigatorAccess.LINK_PATH + "{token}/evidence.bundle")
  ResponseEntity<byte[]> bundle(@PathVariable String token, HttpServletRequest request) {
    return download(access.evidenceBundle(token, request.getRemoteAddr()), MediaType.APPLICATION_OCTET_STREAM);
  }

  private static ResponseEntity<byte[]> download(Download file, MediaType type) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(type)
        .header("X-Robots-Tag", "noindex")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
        .body(file.bytes());
  }

  @ExceptionHandler(InvestigatorLinkEnded.class)
  String ended(InvestigatorLinkEnded e, Model model, HttpServletResponse response) {
    return ended(410, e.revoked() ? "withdrawn" : "expired", e.forReader(), model, response);
  }

  @ExceptionHandler(InvestigatorLinkThrottled.class)
  String throttled(InvestigatorLinkThrottled e, Model model, HttpServletResponse response) {
    response.setHeader(HttpHeaders.RETRY_AFTER, "600");
    return ended(429, "throttled", e.forReader(), model, response);
  }

  @ExceptionHandler(NotFoundException.class)
  String notFound(NotFoundException e, Model model, HttpServletResponse response) {
    return ended(404, "not-valid", e.forReader(), model, response);
  }

  /** {@code why} names the page's title in the bundle ({@code incident.investigator.ended.<why>}). */
  private static String ended(int status, String why, String message, Model model, HttpServletResponse response) {
    noStore(response);
    response.setStatus(status);
    model.addAttribute("status", status);
    model.addAttribute("problemTitle", "incident.investigator.ended." + why);
    model.addAttribute("message", message);
    return "incident/investigator-ended";
  }

  private static void noStore(HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setHeader("X-Robots-Tag", "noindex");
  }
}
