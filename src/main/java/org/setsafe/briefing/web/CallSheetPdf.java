package org.setsafe.briefing.web;

import static org.setsafe.shared.SectionedPages.BODY;
import static org.setsafe.shared.SectionedPages.DANGER;
import static org.setsafe.shared.SectionedPages.INK;
import static org.setsafe.shared.SectionedPages.MUTED;
import static org.setsafe.shared.SectionedPages.SMALL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
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
import org.springframework.context.MessageSource;

/**
 * The call sheet's safety section as a printable PDF (US Letter): black header band, one bar per section, text
 * that wraps, sections that run on to the next page under a "(continued)" bar (only when some of the section is
 * left to print there), and a footer with the page count. A stop-work in force heads the first page.
 * Text comes from users in any script: the sheet embeds fonts for it ({@link PdfFonts}). Its own words are in the
 * language of whoever prints it; what the crew typed prints as typed.
 */
final class CallSheetPdf {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final MessageSource messages;

  CallSheetPdf(MessageSource messages) {
    this.messages = messages;
  }

  byte[] render(CallSheet sheet, Locale language) {
    Sheet printing = new Sheet(new BriefingWords(messages, language));
    try {
      return PdfFonts.print((document, fonts) -> printing.draw(document, fonts, sheet));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the call sheet", e);
    }
  }

  /** One printing, in one reader's words. */
  private static final class Sheet {

    private final BriefingWords words;
    private final DateTimeFormatter day;
    private final DateTimeFormatter stoppedAt;

    Sheet(BriefingWords words) {
      this.words = words;
      this.day = DateTimeFormatter.ofPattern(words.say("briefing.pdf.day"), words.locale());
      this.stoppedAt = DateTimeFormatter.ofPattern(words.say("briefing.pdf.stopped-at"), words.locale());
    }

    private String say(String key, Object... args) {
      return words.say(key, args);
    }

    private void draw(PDDocument document, PdfFonts fonts, CallSheet sheet) throws IOException {
      SectionedPages out = new SectionedPages(document, fonts, say("briefing.pdf.title"), sheet.productionName(),
          say("briefing.pdf.detail", day.format(sheet.date()), TIME.format(sheet.callTime())),
          say("briefing.pdf.running", sheet.productionName(), day.format(sheet.date())))
          .saying(title -> say("pdf.continued", title), (page, of) -> say("pdf.page-of", page, of));
      workStopped(out, sheet);
      day(out, sheet);
      scenes(out, sheet);
      meetings(out, sheet);
      contacts(out, sheet);
      hospital(out, sheet);
      concerns(out, sheet);
      support(out, sheet);
      acknowledgments(out, sheet);
      out.finish(say("briefing.pdf.prepared", LocalTimes.dated(sheet.preparedAt(), ZoneId.of(sheet.timeZone()),
          words.locale()), sheet.timeZone()));
      document.getDocumentInformation().setTitle(out.regular().printable(say("briefing.pdf.document-title",
          sheet.productionName(), sheet.date().toString())));
      document.getDocumentInformation().setCreator("SetSafe");
    }

    /** Work stopped now heads the sheet, before anything else: nobody reads past it to a firearms scene. */
    private void workStopped(SectionedPages out, CallSheet s) throws IOException {
      for (WorkStopped stop : s.workStopped()) {
        out.alert(say("briefing.pdf.work-stopped", stop.scope().toUpperCase(words.locale()))
            + "\n" + say("briefing.pdf.called-by", stop.calledBy(), stoppedAt.format(stop.since()))
            + "\n" + say("briefing.pdf.why", stop.reason())
            + "\n" + say(stop.wholeProduction() ? "briefing.callsheet.no-firearm.production"
                : "briefing.callsheet.no-firearm.scene"));
      }
    }

    private void day(SectionedPages out, CallSheet s) throws IOException {
      out.section(say("briefing.callsheet.day"));
      out.pair(say("briefing.pdf.date"), day.format(s.date()));
      out.pair(say("briefing.pdf.call"), TIME.format(s.callTime()));
      out.pair(say("briefing.pdf.location"), s.location());
      if (s.mealBreak() != null) {
        out.pair(say("briefing.pdf.meal-break"), TIME.format(s.mealBreak()));
      }
      if (s.wrap() != null) {
        out.pair(say("briefing.pdf.wrap"), TIME.format(s.wrap()));
      }
      out.text(say("briefing.pdf.treat-as-loaded"), out.bold(), BODY, 0, INK);
    }

    private void scenes(SectionedPages out, CallSheet s) throws IOException {
      out.section(say("briefing.callsheet.hazards"));
      if (s.scenes().isEmpty()) {
        out.text(say("briefing.callsheet.no-scenes"), out.regular(), BODY, 0, MUTED);
      }
      for (SceneHazards scene : s.scenes()) {
        out.need(3 * (BODY + 3));
        String hazards = scene.hazards().isEmpty() ? say("briefing.pdf.no-hazards")
            : String.join(", ", words.all(scene.hazards())).toUpperCase(words.locale());
        out.text(say("scene.short", scene.number()) + "  -  " + hazards, out.bold(), BODY + 1,
            0, scene.hazards().isEmpty() ? INK : DANGER);
        out.text(scene.description(), out.regular(), BODY, 14, INK);
        for (AgendaItem item : scene.items()) {
          item(out, item);
        }
        out.space(5);
      }
      if (!s.dayItems().isEmpty()) {
        out.text(say("briefing.callsheet.whole-day"), out.bold(), BODY + 1, 0, INK);
        for (AgendaItem item : s.dayItems()) {
          item(out, item);
        }
      }
    }

    private void item(SectionedPages out, AgendaItem item) throws IOException {
      out.text("- " + words.heading(item) + (item.concern() ? " " + say("briefing.pdf.open-concern") : ""),
          out.bold(), BODY, 14, item.concern() ? DANGER : INK);
      for (String line : words.lines(item)) {
        out.text(line, out.regular(), BODY, 26, INK);
      }
    }

    private void meetings(SectionedPages out, CallSheet s) throws IOException {
      out.section(say("briefing.callsheet.meetings"));
      if (s.requiredMeetings().isEmpty()) {
        out.text(say("briefing.callsheet.no-firearms-scene"), out.regular(), BODY, 0, MUTED);
      }
      for (String meeting : s.requiredMeetings()) {
        out.text(words.requiredMeeting(meeting), out.bold(), BODY, 0, INK);
      }
      if (s.meetings() == null) {
        out.text(say("briefing.pdf.meetings-not-recorded"), out.regular(), SMALL, 0, MUTED);
        return;
      }
      if (s.meetings().isEmpty()) {
        out.text(say("briefing.callsheet.no-meeting"), out.regular(), BODY, 0, MUTED);
      }
      for (MeetingLine meeting : s.meetings()) {
        out.text(words.title(meeting) + " - " + words.status(meeting), out.regular(), BODY, 0, INK);
        if (meeting.detail() != null) {
          out.text(words.detail(meeting), out.regular(), SMALL, 14, MUTED);
        }
      }
    }

    private void contacts(SectionedPages out, CallSheet s) throws IOException {
      out.section(say("briefing.callsheet.contacts"));
      if (!s.hasComplianceContact()) {
        out.alert(say("briefing.pdf.no-compliance"));
      }
      if (s.safetyContacts().stream().noneMatch(c -> c.role().equals("Safety advisor"))) {
        out.alert(say("briefing.pdf.no-advisor"));
      }
      if (s.safetyContacts().isEmpty()) {
        out.text(say("briefing.callsheet.no-contact"), out.regular(), BODY, 0, MUTED);
      }
      for (ContactLine contact : s.safetyContacts()) {
        contact(out, contact);
      }
    }

    private void contact(SectionedPages out, ContactLine c) throws IOException {
      out.need(BODY + 3 + (c.hours() == null ? 0 : SMALL + 3));
      out.text(words.of(c.role()) + ": " + c.name() + (c.phone() == null ? "" : "   " + c.phone()), out.bold(),
          BODY, 0, INK);
      if (c.hours() != null) {
        out.text(words.of(c.hours()), out.regular(), SMALL, 14, MUTED);
      }
    }

    private void hospital(SectionedPages out, CallSheet s) throws IOException {
      out.section(say("briefing.callsheet.hospital"));
      Hospital h = s.hospital();
      if (h == null) {
        out.alert(say("briefing.pdf.no-hospital") + ": " + s.location());
        out.text(say("briefing.pdf.no-hospital.what"), out.regular(), BODY, 0, INK);
        return;
      }
      out.text(h.name(), out.bold(), BODY + 2, 0, INK);
      out.text(h.address(), out.regular(), BODY, 0, INK);
      out.pair(say("briefing.pdf.phone"), h.phone());
      out.pair(say("briefing.pdf.drive"), say("briefing.pdf.drive.minutes", h.driveMinutes(), s.location()));
      if (h.emergencyNotes() != null) {
        out.pair(say("briefing.pdf.emergency"), h.emergencyNotes());
      }
    }

    private void concerns(SectionedPages out, CallSheet s) throws IOException {
      out.section(say("briefing.callsheet.concerns"));
      if (s.openConcerns().isEmpty()) {
        out.text(say("briefing.callsheet.no-concerns"), out.regular(), BODY, 0, MUTED);
      }
      for (Concern concern : s.openConcerns()) {
        out.text(words.heading(concern), out.bold(), BODY, 0, INK);
        if (concern.detail() != null && !concern.detail().isBlank()) {
          out.text(words.detail(concern), out.regular(), SMALL, 14, MUTED);
        }
      }
    }

    private void support(SectionedPages out, CallSheet s) throws IOException {
      out.section(say("briefing.callsheet.support"));
      if (s.supportContacts().isEmpty()) {
        out.text(say("briefing.pdf.no-support"), out.regular(), BODY, 0, MUTED);
      }
      for (ContactLine contact : s.supportContacts()) {
        contact(out, contact);
      }
    }

    private void acknowledgments(SectionedPages out, CallSheet s) throws IOException {
      out.section(say("briefing.callsheet.acknowledgments"));
      if (s.acknowledgments() == null) {
        out.text(say("briefing.pdf.acknowledgments-not-recorded"), out.regular(), BODY, 0, MUTED);
        return;
      }
      if (s.acknowledgments().isEmpty()) {
        out.text(say("briefing.callsheet.no-bulletin"), out.regular(), BODY, 0, MUTED);
      }
      ZoneId zone = ZoneId.of(s.timeZone());
      // Said as on the sheet's own day: a time alone today, the day and time on any other.
      Clock sheetDay = Clock.fixed(s.date().atStartOfDay(zone).toInstant(), zone);
      for (AcknowledgmentLine a : s.acknowledgments()) {
        String when = a.acknowledgedAt() == null ? say("briefing.pdf.not-acknowledged")
            : say("briefing.pdf.acknowledged-at",
                LocalTimes.at(a.acknowledgedAt(), zone, sheetDay, words.locale()));
        out.text(a.person() + (a.role() == null ? "" : " (" + words.roles(a.role()) + ")") + " - " + a.bulletin() + " - " + when,
            a.acknowledgedAt() == null ? out.bold() : out.regular(), BODY, 0,
            a.acknowledgedAt() == null ? DANGER : INK);
      }
    }
  }
}
