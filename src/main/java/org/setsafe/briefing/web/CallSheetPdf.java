package org.setsafe.briefing.web;

import static org.setsafe.shared.SectionedPages.BODY;
import static org.setsafe.shared.SectionedPages.DANGER;
import static org.setsafe.shared.SectionedPages.INK;
import static org.setsafe.shared.SectionedPages.MUTED;
import static org.setsafe.shared.SectionedPages.SMALL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.setsafe.briefing.AgendaSource.AgendaItem;
import org.setsafe.briefing.CallSheet;
import org.setsafe.briefing.CallSheet.Concern;
import org.setsafe.briefing.CallSheet.ContactLine;
import org.setsafe.briefing.CallSheet.SceneHazards;
import org.setsafe.briefing.CallSheet.WorkStopped;
import org.setsafe.briefing.CallSheetBriefings.AcknowledgmentLine;
import org.setsafe.briefing.CallSheetBriefings.MeetingLine;
import org.setsafe.briefing.Hospital;
import org.setsafe.shared.LocalTimes;
import org.setsafe.shared.PdfFonts;
import org.setsafe.shared.SectionedPages;

/**
 * The call sheet's safety section as a printable PDF (US Letter): black header band, one bar per section, text
 * that wraps, sections that run on to the next page under a "(continued)" bar (only when some of the section is
 * left to print there), and a footer with the page count. A stop-work in force heads the first page.
 * Text comes from users in any script: the sheet embeds fonts for it ({@link PdfFonts}).
 */
final class CallSheetPdf {

  static final String NO_HOSPITAL = "NO HOSPITAL ENTERED FOR THIS LOCATION";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter STOPPED_AT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  byte[] render(CallSheet sheet) {
    try {
      return PdfFonts.print((document, fonts) -> draw(document, fonts, sheet));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the call sheet", e);
    }
  }

  private static void draw(PDDocument document, PdfFonts fonts, CallSheet sheet) throws IOException {
    SectionedPages out = new SectionedPages(document, fonts, "CALL SHEET - SAFETY SECTION", sheet.productionName(),
        DAY.format(sheet.date()) + "   Call " + TIME.format(sheet.callTime()),
        "Safety section - " + sheet.productionName() + " - " + DAY.format(sheet.date()));
    workStopped(out, sheet);
    day(out, sheet);
    scenes(out, sheet);
    meetings(out, sheet);
    contacts(out, sheet);
    hospital(out, sheet);
    concerns(out, sheet);
    support(out, sheet);
    acknowledgments(out, sheet);
    out.finish("Prepared " + LocalTimes.dated(sheet.preparedAt(), ZoneId.of(sheet.timeZone())) + " ("
        + sheet.timeZone() + ") by SetSafe");
    document.getDocumentInformation().setTitle(out.regular().printable("Call sheet safety section, "
        + sheet.productionName() + ", " + sheet.date()));
    document.getDocumentInformation().setCreator("SetSafe");
  }

  /** Work stopped now heads the sheet, before anything else: nobody reads past it to a firearms scene. */
  private static void workStopped(SectionedPages out, CallSheet s) throws IOException {
    for (WorkStopped stop : s.workStopped()) {
      out.alert("WORK STOPPED: " + stop.scope().toUpperCase(Locale.ROOT)
          + "\nCalled by " + stop.calledBy() + ", " + STOPPED_AT.format(stop.since())
          + "\nWhy: " + stop.reason()
          + "\nNo firearm is issued, loaded or shown clear " + (stop.wholeProduction() ? "on this production"
              : "for this scene") + " until the safety advisor resumes work.");
    }
  }

  private static void day(SectionedPages out, CallSheet s) throws IOException {
    out.section("The day");
    out.pair("Date", DAY.format(s.date()));
    out.pair("Call", TIME.format(s.callTime()));
    out.pair("Location", s.location());
    if (s.mealBreak() != null) {
      out.pair("Meal break", TIME.format(s.mealBreak()));
    }
    if (s.wrap() != null) {
      out.pair("Wrap", TIME.format(s.wrap()));
    }
    out.text("Treat every firearm as loaded. Anyone may stop work; report any hazard in SetSafe or to the safety"
        + " advisor.", out.bold(), BODY, 0, INK);
  }

  private static void scenes(SectionedPages out, CallSheet s) throws IOException {
    out.section("Hazards by scene");
    if (s.scenes().isEmpty()) {
      out.text("No scenes are scheduled for this day.", out.regular(), BODY, 0, MUTED);
    }
    for (SceneHazards scene : s.scenes()) {
      out.need(3 * (BODY + 3));
      String hazards = scene.hazards().isEmpty() ? "no hazards marked"
          : String.join(", ", scene.hazards()).toUpperCase(Locale.ROOT);
      out.text("Sc. " + scene.number() + "  -  " + hazards, out.bold(), BODY + 1,
          0, scene.hazards().isEmpty() ? INK : DANGER);
      out.text(scene.description(), out.regular(), BODY, 14, INK);
      for (AgendaItem item : scene.items()) {
        item(out, item);
      }
      out.space(5);
    }
    if (!s.dayItems().isEmpty()) {
      out.text("For the whole day", out.bold(), BODY + 1, 0, INK);
      for (AgendaItem item : s.dayItems()) {
        item(out, item);
      }
    }
  }

  private static void item(SectionedPages out, AgendaItem item) throws IOException {
    out.text("- " + item.source() + ": " + item.title() + (item.concern() ? " (OPEN CONCERN)" : ""), out.bold(),
        BODY, 14, item.concern() ? DANGER : INK);
    for (String line : item.lines()) {
      out.text(line, out.regular(), BODY, 26, INK);
    }
  }

  private static void meetings(SectionedPages out, CallSheet s) throws IOException {
    out.section("Required meetings");
    if (s.requiredMeetings().isEmpty()) {
      out.text("No firearms scene on this day.", out.regular(), BODY, 0, MUTED);
    }
    for (String meeting : s.requiredMeetings()) {
      out.text(meeting, out.bold(), BODY, 0, INK);
    }
    if (s.meetings() == null) {
      out.text("Safety meetings are not recorded in SetSafe on this installation yet: keep the sign-in sheet.",
          out.regular(), SMALL, 0, MUTED);
      return;
    }
    if (s.meetings().isEmpty()) {
      out.text("No safety meeting is opened for this day yet.", out.regular(), BODY, 0, MUTED);
    }
    for (MeetingLine meeting : s.meetings()) {
      out.text(meeting.title() + " - " + meeting.status(), out.regular(), BODY, 0, INK);
      if (meeting.detail() != null) {
        out.text(meeting.detail(), out.regular(), SMALL, 14, MUTED);
      }
    }
  }

  private static void contacts(SectionedPages out, CallSheet s) throws IOException {
    out.section("Safety contacts");
    if (!s.hasComplianceContact()) {
      out.alert("NO COMPLIANCE CONTACT NAMED (California Labor Code §9153(a)(5))");
    }
    if (s.safetyContacts().stream().noneMatch(c -> c.role().equals("Safety advisor"))) {
      out.alert("NO SAFETY ADVISOR ON THIS PRODUCTION");
    }
    if (s.safetyContacts().isEmpty()) {
      out.text("No safety contact entered. Ask the UPM.", out.regular(), BODY, 0, MUTED);
    }
    for (ContactLine contact : s.safetyContacts()) {
      contact(out, contact);
    }
  }

  private static void contact(SectionedPages out, ContactLine c) throws IOException {
    out.need(BODY + 3 + (c.hours() == null ? 0 : SMALL + 3));
    out.text(c.role() + ": " + c.name() + (c.phone() == null ? "" : "   " + c.phone()), out.bold(), BODY, 0, INK);
    if (c.hours() != null) {
      out.text(c.hours(), out.regular(), SMALL, 14, MUTED);
    }
  }

  private static void hospital(SectionedPages out, CallSheet s) throws IOException {
    out.section("Nearest hospital");
    Hospital h = s.hospital();
    if (h == null) {
      out.alert(NO_HOSPITAL + ": " + s.location());
      out.text("In an emergency call 911. The UPM, a producer or the safety advisor enters the hospital in SetSafe.",
          out.regular(), BODY, 0, INK);
      return;
    }
    out.text(h.name(), out.bold(), BODY + 2, 0, INK);
    out.text(h.address(), out.regular(), BODY, 0, INK);
    out.pair("Phone", h.phone());
    out.pair("Drive", "about " + h.driveMinutes() + " minutes from " + s.location());
    if (h.emergencyNotes() != null) {
      out.pair("Emergency dept.", h.emergencyNotes());
    }
  }

  private static void concerns(SectionedPages out, CallSheet s) throws IOException {
    out.section("Open safety concerns");
    if (s.openConcerns().isEmpty()) {
      out.text("No open safety concerns.", out.regular(), BODY, 0, MUTED);
    }
    for (Concern concern : s.openConcerns()) {
      out.text(concern.source() + ": " + concern.title(), out.bold(), BODY, 0, INK);
      if (concern.detail() != null && !concern.detail().isBlank()) {
        out.text(concern.detail(), out.regular(), SMALL, 14, MUTED);
      }
    }
  }

  private static void support(SectionedPages out, CallSheet s) throws IOException {
    out.section("Support");
    if (s.supportContacts().isEmpty()) {
      out.text("No counselling or employee assistance contact entered. Ask the UPM.", out.regular(), BODY, 0, MUTED);
    }
    for (ContactLine contact : s.supportContacts()) {
      contact(out, contact);
    }
  }

  private static void acknowledgments(SectionedPages out, CallSheet s) throws IOException {
    out.section("Bulletin acknowledgments");
    if (s.acknowledgments() == null) {
      out.text("Bulletin acknowledgments are not recorded in SetSafe on this installation yet: every crew member"
          + " signs the bulletins attached to this call sheet.", out.regular(), BODY, 0, MUTED);
      return;
    }
    if (s.acknowledgments().isEmpty()) {
      out.text("No bulletin is attached to this day.", out.regular(), BODY, 0, MUTED);
    }
    ZoneId zone = ZoneId.of(s.timeZone());
    for (AcknowledgmentLine a : s.acknowledgments()) {
      String when = a.acknowledgedAt() == null ? "NOT ACKNOWLEDGED"
          : "acknowledged " + LocalTimes.at(a.acknowledgedAt(), zone, s.date());
      out.text(a.person() + (a.role() == null ? "" : " (" + a.role() + ")") + " - " + a.bulletin() + " - " + when,
          a.acknowledgedAt() == null ? out.bold() : out.regular(), BODY, 0, a.acknowledgedAt() == null ? DANGER : INK);
    }
  }
}
