package org.setsafe.briefing.web;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
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
import org.setsafe.shared.PdfText;

/**
 * The call sheet's safety section as a printable PDF (US Letter): black header band, one bar per section, text
 * that wraps, sections that run on to the next page under a "(continued)" bar (only when some of the section is
 * left to print there), and a footer with the page count. A stop-work in force heads the first page.
 * Text comes from users in any script: the sheet embeds fonts for it ({@link PdfFonts}).
 */
final class CallSheetPdf {

  static final String NO_HOSPITAL = "NO HOSPITAL ENTERED FOR THIS LOCATION";

  private static final PDRectangle PAGE = PDRectangle.LETTER;
  private static final float MARGIN = 48;
  private static final float BOTTOM = 54;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float BODY = 10;
  private static final float SMALL = 8.5f;
  private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
  private static final Color MUTED = new Color(0x55, 0x55, 0x55);
  private static final Color DANGER = new Color(0xb0, 0x10, 0x10);
  private static final Color BAR = new Color(0xe6, 0xe6, 0xe6);
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
    Writer out = new Writer(document, fonts, sheet);
    out.firstPage();
    workStopped(out, sheet);
    day(out, sheet);
    scenes(out, sheet);
    meetings(out, sheet);
    contacts(out, sheet);
    hospital(out, sheet);
    concerns(out, sheet);
    support(out, sheet);
    acknowledgments(out, sheet);
    out.finish();
    document.getDocumentInformation().setTitle(out.regular.printable("Call sheet safety section, "
        + sheet.productionName() + ", " + sheet.date()));
    document.getDocumentInformation().setCreator("SetSafe");
  }

  /** Work stopped now heads the sheet, before anything else: nobody reads past it to a firearms scene. */
  private static void workStopped(Writer out, CallSheet s) throws IOException {
    for (WorkStopped stop : s.workStopped()) {
      out.alert("WORK STOPPED: " + stop.scope().toUpperCase(Locale.ROOT)
          + "\nCalled by " + stop.calledBy() + ", " + STOPPED_AT.format(stop.since())
          + "\nWhy: " + stop.reason()
          + "\nNo firearm is issued, loaded or shown clear " + (stop.wholeProduction() ? "on this production"
              : "for this scene") + " until the safety advisor resumes work.");
    }
  }

  private static void day(Writer out, CallSheet s) throws IOException {
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
        + " advisor.", out.bold, BODY, 0, INK);
  }

  private static void scenes(Writer out, CallSheet s) throws IOException {
    out.section("Hazards by scene");
    if (s.scenes().isEmpty()) {
      out.text("No scenes are scheduled for this day.", out.regular, BODY, 0, MUTED);
    }
    for (SceneHazards scene : s.scenes()) {
      out.need(3 * (BODY + 3));
      String hazards = scene.hazards().isEmpty() ? "no hazards marked"
          : String.join(", ", scene.hazards()).toUpperCase(Locale.ROOT);
      out.text("Sc. " + scene.number() + "  -  " + hazards, out.bold, BODY + 1,
          0, scene.hazards().isEmpty() ? INK : DANGER);
      out.text(scene.description(), out.regular, BODY, 14, INK);
      for (AgendaItem item : scene.items()) {
        item(out, item);
      }
      out.space(5);
    }
    if (!s.dayItems().isEmpty()) {
      out.text("For the whole day", out.bold, BODY + 1, 0, INK);
      for (AgendaItem item : s.dayItems()) {
        item(out, item);
      }
    }
  }

  private static void item(Writer out, AgendaItem item) throws IOException {
    out.text("- " + item.source() + ": " + item.title() + (item.concern() ? " (OPEN CONCERN)" : ""), out.bold,
        BODY, 14, item.concern() ? DANGER : INK);
    for (String line : item.lines()) {
      out.text(line, out.regular, BODY, 26, INK);
    }
  }

  private static void meetings(Writer out, CallSheet s) throws IOException {
    out.section("Required meetings");
    if (s.requiredMeetings().isEmpty()) {
      out.text("No firearms scene on this day.", out.regular, BODY, 0, MUTED);
    }
    for (String meeting : s.requiredMeetings()) {
      out.text(meeting, out.bold, BODY, 0, INK);
    }
    if (s.meetings() == null) {
      out.text("Safety meetings are not recorded in SetSafe on this installation yet: keep the sign-in sheet.",
          out.regular, SMALL, 0, MUTED);
      return;
    }
    if (s.meetings().isEmpty()) {
      out.text("No safety meeting is opened for this day yet.", out.regular, BODY, 0, MUTED);
    }
    for (MeetingLine meeting : s.meetings()) {
      out.text(meeting.title() + " - " + meeting.status(), out.regular, BODY, 0, INK);
      if (meeting.detail() != null) {
        out.text(meeting.detail(), out.regular, SMALL, 14, MUTED);
      }
    }
  }

  private static void contacts(Writer out, CallSheet s) throws IOException {
    out.section("Safety contacts");
    if (!s.hasComplianceContact()) {
      out.alert("NO COMPLIANCE CONTACT NAMED (California Labor Code §9153(a)(5))");
    }
    if (s.safetyContacts().stream().noneMatch(c -> c.role().equals("Safety advisor"))) {
      out.alert("NO SAFETY ADVISOR ON THIS PRODUCTION");
    }
    if (s.safetyContacts().isEmpty()) {
      out.text("No safety contact entered. Ask the UPM.", out.regular, BODY, 0, MUTED);
    }
    for (ContactLine contact : s.safetyContacts()) {
      contact(out, contact);
    }
  }

  private static void contact(Writer out, ContactLine c) throws IOException {
    out.need(BODY + 3 + (c.hours() == null ? 0 : SMALL + 3));
    out.text(c.role() + ": " + c.name() + (c.phone() == null ? "" : "   " + c.phone()), out.bold, BODY, 0, INK);
    if (c.hours() != null) {
      out.text(c.hours(), out.regular, SMALL, 14, MUTED);
    }
  }

  private static void hospital(Writer out, CallSheet s) throws IOException {
    out.section("Nearest hospital");
    Hospital h = s.hospital();
    if (h == null) {
      out.alert(NO_HOSPITAL + ": " + s.location());
      out.text("In an emergency call 911. The UPM, a producer or the safety advisor enters the hospital in SetSafe.",
          out.regular, BODY, 0, INK);
      return;
    }
    out.text(h.name(), out.bold, BODY + 2, 0, INK);
    out.text(h.address(), out.regular, BODY, 0, INK);
    out.pair("Phone", h.phone());
    out.pair("Drive", "about " + h.driveMinutes() + " minutes from " + s.location());
    if (h.emergencyNotes() != null) {
      out.pair("Emergency dept.", h.emergencyNotes());
    }
  }

  private static void concerns(Writer out, CallSheet s) throws IOException {
    out.section("Open safety concerns");
    if (s.openConcerns().isEmpty()) {
      out.text("No open safety concerns.", out.regular, BODY, 0, MUTED);
    }
    for (Concern concern : s.openConcerns()) {
      out.text(concern.source() + ": " + concern.title(), out.bold, BODY, 0, INK);
      if (concern.detail() != null && !concern.detail().isBlank()) {
        out.text(concern.detail(), out.regular, SMALL, 14, MUTED);
      }
    }
  }

  private static void support(Writer out, CallSheet s) throws IOException {
    out.section("Support");
    if (s.supportContacts().isEmpty()) {
      out.text("No counselling or employee assistance contact entered. Ask the UPM.", out.regular, BODY, 0, MUTED);
    }
    for (ContactLine contact : s.supportContacts()) {
      contact(out, contact);
    }
  }

  private static void acknowledgments(Writer out, CallSheet s) throws IOException {
    out.section("Bulletin acknowledgments");
    if (s.acknowledgments() == null) {
      out.text("Bulletin acknowledgments are not recorded in SetSafe on this installation yet: every crew member"
          + " signs the bulletins attached to this call sheet.", out.regular, BODY, 0, MUTED);
      return;
    }
    if (s.acknowledgments().isEmpty()) {
      out.text("No bulletin is attached to this day.", out.regular, BODY, 0, MUTED);
    }
    ZoneId zone = ZoneId.of(s.timeZone());
    for (AcknowledgmentLine a : s.acknowledgments()) {
      String when = a.acknowledgedAt() == null ? "NOT ACKNOWLEDGED"
          : "acknowledged " + LocalTimes.at(a.acknowledgedAt(), zone, s.date());
      out.text(a.person() + (a.role() == null ? "" : " (" + a.role() + ")") + " - " + a.bulletin() + " - " + when,
          a.acknowledgedAt() == null ? out.bold : out.regular, BODY, 0, a.acknowledgedAt() == null ? DANGER : INK);
    }
  }

  /** Lays text down the page, starting a new page when the next line does not fit. */
  private static final class Writer {

    final PDDocument document;
    final CallSheet sheet;
    final PdfText regular;
    final PdfText bold;
    PDPageContentStream content;
    float y;
    String section;
    /** The section running on to this page, whose "(continued)" bar is drawn only if some of it is left. */
    String continued;

    Writer(PDDocument document, PdfFonts fonts, CallSheet sheet) {
      this.document = document;
      this.sheet = sheet;
      this.regular = fonts.regular();
      this.bold = fonts.bold();
    }

    void firstPage() throws IOException {
      PDPage page = newPage();
      float top = PAGE.getHeight();
      fill(0, top - 78, PAGE.getWidth(), 78, INK);
      show("CALL SHEET - SAFETY SECTION", bold, 18, MARGIN, top - 32, Color.WHITE);
      show(fit(bold, 12, bold.printable(sheet.productionName()), WIDTH), bold, 12, MARGIN, top - 52, Color.WHITE);
      show(DAY.format(sheet.date()) + "   Call " + TIME.format(sheet.callTime()), regular, 11, MARGIN, top - 68,
          Color.WHITE);
      y = top - 78 - 16;
    }

    private PDPage newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      return page;
    }

    /** A following page: a slim band naming the sheet, and the running section's bar marked continued. */
    void nextPage() throws IOException {
      newPage();
      float top = PAGE.getHeight();
      fill(0, top - 30, PAGE.getWidth(), 30, INK);
      String band = "Safety section - " + sheet.productionName() + " - " + DAY.format(sheet.date());
      show(fit(bold, 10, bold.printable(band), WIDTH), bold, 10, MARGIN, top - 20, Color.WHITE);
      y = top - 30 - 14;
      continued = section;
    }

    /** The running section's bar on a new page, just before the first of its lines that lands there. */
    private void continuedBar() throws IOException {
      if (continued != null) {
        String title = continued;
        continued = null;
        bar(title + " (continued)");
      }
    }

    void need(float height) throws IOException {
      if (y - height < BOTTOM) {
        nextPage();
      }
    }

    void section(String title) throws IOException {
      space(10);
      need(30 + 3 * (BODY + 3));
      section = title;
      continued = null;
      bar(title);
    }

    private void bar(String title) throws IOException {
      fill(MARGIN - 4, y - 20, WIDTH + 8, 20, BAR);
      fill(MARGIN - 4, y - 20, 4, 20, INK);
      show(title.toUpperCase(Locale.ROOT), bold, 11, MARGIN + 4, y - 14, INK);
      y -= 28;
    }

    void pair(String label, String value) throws IOException {
      text(label + ": " + value, regular, BODY, 0, INK);
    }

    /** Wrapped to the width, each paragraph of the text on its own lines. */
    void text(String text, PdfText font, float size, float indent, Color color) throws IOException {
      float leading = size + 3;
      for (String line : wrap(font, size, font.printableParagraphs(text), WIDTH - indent)) {
        need(leading);
        continuedBar();
        show(line, font, size, MARGIN + indent, y - size, color);
        y -= leading;
      }
    }

    /** A red band with white bold text: what must not be missed. */
    void alert(String text) throws IOException {
      float size = 12;
      List<String> lines = wrap(bold, size, bold.printableParagraphs(text), WIDTH - 16);
      float height = lines.size() * (size + 4) + 12;
      need(height + 4);
      continuedBar();
      fill(MARGIN - 4, y - height, WIDTH + 8, height, DANGER);
      float baseline = y - 6 - size;
      for (String line : lines) {
        show(line, bold, size, MARGIN + 6, baseline, Color.WHITE);
        baseline -= size + 4;
      }
      y -= height + 6;
    }

    void space(float points) {
      y -= points;
    }

    /** Closes the last page and writes every page's footer, now that the page count is known. */
    void finish() throws IOException {
      content.close();
      int pages = document.getNumberOfPages();
      String prepared = "Prepared " + LocalTimes.dated(sheet.preparedAt(), ZoneId.of(sheet.timeZone())) + " ("
          + sheet.timeZone() + ") by SetSafe";
      for (int i = 0; i < pages; i++) {
        try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND,
            true, true)) {
          content = footer;
          show(regular.printable(prepared), regular, SMALL, MARGIN, 28, MUTED);
          String page = "Page " + (i + 1) + " of " + pages;
          show(page, regular, SMALL, PAGE.getWidth() - MARGIN - regular.width(SMALL, page), 28, MUTED);
        }
      }
    }

    private void show(String text, PdfText font, float size, float x, float baseline, Color color) throws IOException {
      content.beginText();
      content.setNonStrokingColor(color);
      // A bold line's CJK is outlined as well as filled (a synthetic bold): in the same ink.
      content.setStrokingColor(color);
      content.newLineAtOffset(x, baseline);
      font.show(content, size, text);
      content.endText();
    }

    private void fill(float x, float yBottom, float w, float h, Color color) throws IOException {
      content.setNonStrokingColor(color);
      content.addRect(x, yBottom, w, h);
      content.fill();
    }

    private static List<String> wrap(PdfText font, float size, String text, float width) throws IOException {
      return font.wrap(size, text, width);
    }

    private static String fit(PdfText font, float size, String text, float width) throws IOException {
      String cut = text;
      while (!cut.isEmpty() && font.width(size, cut) > width) {
        cut = cut.substring(0, cut.length() - 1);
      }
      return cut;
    }
  }
}
