package org.setsafe.briefing.web;

import java.util.UUID;
import org.setsafe.briefing.CallSheet;
import org.setsafe.briefing.CallSheets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The call sheet's safety section of a shooting day: a page to read it on, and the PDF to print and attach. */
@Controller
class CallSheetPages {

  private final CallSheets callSheets;
  private final MessageSource messages;
  private final CallSheetPdf pdf;

  CallSheetPages(CallSheets callSheets, MessageSource messages) {
    this.callSheets = callSheets;
    this.messages = messages;
    this.pdf = new CallSheetPdf(messages);
  }

  @GetMapping("/productions/{productionId}/schedule/days/{dayId}/safety-sheet")
  String preview(@PathVariable UUID productionId, @PathVariable UUID dayId, Model model) {
    model.addAttribute("sheet", callSheets.forDay(productionId, dayId));
    model.addAttribute("firearmsMeeting", CallSheet.FIREARMS_MEETING);
    model.addAttribute("words", new BriefingWords(messages, LocaleContextHolder.getLocale()));
    return "briefing/callsheet";
  }

  @GetMapping("/productions/{productionId}/schedule/days/{dayId}/safety-sheet.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable UUID productionId, @PathVariable UUID dayId) {
    CallSheet sheet = callSheets.forDay(productionId, dayId);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("safety-section-" + sheet.date() + ".pdf").build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(pdf.render(sheet, LocaleContextHolder.getLocale()));
  }
}
