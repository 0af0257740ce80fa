package org.setsafe.incident.osha.web;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.setsafe.incident.osha.OshaRecords.EstablishmentView;
import org.setsafe.incident.osha.OshaRecords.Form301;
import org.setsafe.incident.osha.OshaRecords.LogView;
import org.setsafe.incident.osha.OshaRecords.SummaryView;
import org.setsafe.incident.osha.domain.AnnualSummary;
import org.setsafe.incident.osha.domain.CaseDecision;
import org.setsafe.incident.osha.domain.EmployeeDetails;
import org.setsafe.incident.osha.domain.InjuryType;
import org.setsafe.incident.osha.domain.LogLine;
import org.setsafe.incident.osha.domain.Outcome;
import org.setsafe.shared.PdfFonts;
import org.setsafe.shared.PdfText;

/**
 * OSHA's Forms 300, 300A and 301 as PDFs in the forms' own layout: the 300 log landscape, its columns A to M as the
 * official form has them (case number, name, job title, date, where, description, the four classification boxes, the
 * two day counts, the six injury and illness types) with the page's totals; the 300A summary and the 301 report
 * portrait, their parts in the official order. Text from people in any script prints through {@link PdfFonts}.
 *
 * <p>Always in English, whoever prints them: they are federal forms (29 CFR 1904.29: OSHA's forms or an equivalent
 * with the same information), kept and posted as OSHA words them and read by an inspector against the official form.
 * SetSafe's own PDFs speak the reader's language; these do not.
 */
final class OshaFormsPdf {

  private static final float SMALL = 7;
  private static final float BODY = 9;
  private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
  private static final Color RULE = new Color(0x88, 0x88, 0x88);
  private static final Color DANGER = new Color(0xb0, 0x10, 0x10);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private OshaFormsPdf() {}

  // ---- Form 300 ----

  /** The 300's columns: heading, width in points. */
  private static final String[] LOG_HEADINGS = {"(A) Case no.", "(B) Employee's name", "(C) Job title",
      "(D) Date of injury or onset of illness", "(E) Where the event occurred",
      "(F) Describe injury or illness, parts of body affected, and object/substance that directly injured or made "
          + "person ill", "(G) Death", "(H) Days away from work", "(I) Job transfer or restriction",
      "(J) Other recordable cases", "(K) Away from work (days)", "(L) On job transfer or restriction (days)",
      "(M1) Injury", "(M2) Skin disorder", "(M3) Respiratory condition", "(M4) Poisoning", "(M5) Hearing loss",
      "(M6) All other illnesses"};
  /** Widths in points: 732 of the landscape letter page's 792, between margins of 28 and 32. */
  private static final float[] LOG_WIDTHS = {40, 70, 56, 48, 60, 126, 30, 30, 30, 30, 32, 36, 24, 24, 24, 24, 24,
      24};

  static byte[] log(LogView log) {
    return print(document -> {
      PDRectangle page = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
      List<LogLine> lines = log.lines();
      int at = 0;
      do {
        Sheet sheet = new Sheet(document.document, document.fonts, page);
        sheet.text(document.fonts.bold(), 12, "OSHA's Form 300 (Rev. 04/2004)  Log of Work-Related Injuries and "
            + "Illnesses", 28);
        sheet.text(document.fonts.regular(), SMALL, "Year " + log.year() + "   U.S. Department of Labor, "
            + "Occupational Safety and Health Administration   Form approved OMB no. 1218-0176", 28);
        sheet.text(document.fonts.bold(), BODY, "Attention: This form contains information relating to employee "
            + "health and must be used in a manner that protects the confidentiality of employees to the extent "
            + "possible while the information is being used for occupational safety and health purposes.", 28);
        sheet.text(document.fonts.regular(), BODY, establishmentLine(log.establishment()), 28);
        sheet.space(4);
        float[] x = columns(28, LOG_WIDTHS);
        sheet.row(document.fonts.bold(), 5.5f, x, LOG_WIDTHS, List.of(LOG_HEADINGS));
        int pageCases = 0;
        int[] pageTotals = new int[12];
        while (at < lines.size()) {
          List<String> cells = logCells(lines.get(at));
          if (pageCases > 0 && !sheet.fits(document.fonts.regular(), SMALL, x, LOG_WIDTHS, cells, 60)) {
            break;
          }
          sheet.row(document.fonts.regular(), SMALL, x, LOG_WIDTHS, cells);
          add(pageTotals, lines.get(at));
          at++;
          pageCases++;
        }
        List<String> totals = new ArrayList<>(List.of("", "", "", "", "", "Page totals (" + pageCases + " cases)"));
        for (int t : pageTotals) {
          totals.add(String.valueOf(t));
        }
        sheet.row(document.fonts.bold(), SMALL, x, LOG_WIDTHS, totals);
        sheet.space(6);
        sheet.text(document.fonts.regular(), SMALL, "Be sure to transfer these totals to the Summary page (Form "
            + "300A) before you post it. Privacy cases (29 CFR 1904.29(b)(7)) show \"Privacy case\" instead of the "
            + "employee's name. Days are calendar days, the day of the injury not counted, at most 180 "
            + "(1904.7(b)(3)(vii)).", 28);
        sheet.close();
      } while (at < lines.size());
    });
  }

  private static List<String> logCells(LogLine l) {
    List<String> cells = new ArrayList<>(List.of(l.caseNumber(), l.employeeName(), nz(l.jobTitle()),
        DATE.format(l.dateOfInjury()), nz(l.where()), nz(l.description())));
    for (Outcome o : Outcome.values()) {
      cells.add(l.outcome() == o ? "X" : "");
    }
    cells.add(l.daysAway() == 0 ? "" : String.valueOf(l.daysAway()));
    cells.add(l.daysRestricted() == 0 ? "" : String.valueOf(l.daysRestricted()));
    for (InjuryType t : InjuryType.values()) {
      cells.add(l.injuryType() == t ? "X" : "");
    }
    return cells;
  }

  private static void add(int[] totals, LogLine l) {
    totals[l.outcome().ordinal()]++;
    totals[4] += l.daysAway();
    totals[5] += l.daysRestricted();
    totals[6 + l.injuryType().ordinal()]++;
  }

  // ---- Form 300A ----

  static byte[] summary(SummaryView s) {
    return print(document -> {
      Sheet sheet = new Sheet(document.document, document.fonts, PDRectangle.LETTER);
      PdfText bold = document.fonts.bold();
      PdfText regular = document.fonts.regular();
      sheet.text(bold, 13, "OSHA's Form 300A (Rev. 04/2004)  Summary of Work-Related Injuries and Illnesses", 40);
      sheet.text(regular, SMALL, "Year " + s.year() + "   U.S. Department of Labor, Occupational Safety and Health "
          + "Administration   Form approved OMB no. 1218-0176", 40);
      sheet.text(regular, BODY, "All establishments covered by Part 1904 must complete this Summary page, even if no "
          + "work-related injuries or illnesses occurred during the year. Employees, former employees, and their "
          + "representatives have the right to review the OSHA Form 300 in its entirety.", 40);
      sheet.space(6);
      AnnualSummary t = s.totals();
      sheet.heading(bold, "Number of cases");
      float[] widths = {132, 132, 132, 132};
      float[] x = columns(40, widths);
      sheet.row(bold, SMALL, x, widths, List.of("(G) Total number of deaths", "(H) Total number of cases with days "
          + "away from work", "(I) Total number of cases with job transfer or restriction",
          "(J) Total number of other recordable cases"));
      sheet.row(regular, BODY + 2, x, widths, List.of(String.valueOf(t.deaths()), String.valueOf(t.daysAwayCases()),
          String.valueOf(t.restrictedCases()), String.valueOf(t.otherCases())));
      sheet.space(6);
      sheet.heading(bold, "Number of days");
      float[] two = {264, 264};
      float[] x2 = columns(40, two);
      sheet.row(bold, SMALL, x2, two, List.of("(K) Total number of days away from work",
          "(L) Total number of days of job transfer or restriction"));
      sheet.row(regular, BODY + 2, x2, two, List.of(String.valueOf(t.daysAway()), String.valueOf(t.daysRestricted())));
      sheet.space(6);
      sheet.heading(bold, "Injury and illness types");
      float[] six = {88, 88, 88, 88, 88, 88};
      float[] x6 = columns(40, six);
      List<String> heads = new ArrayList<>();
      List<String> counts = new ArrayList<>();
      for (InjuryType type : InjuryType.values()) {
        heads.add("(M" + type.itaCode() + ") " + type.label());
        counts.add(String.valueOf(t.count(type)));
      }
      sheet.row(bold, SMALL, x6, six, heads);
      sheet.row(regular, BODY + 2, x6, six, counts);
      sheet.space(10);
      sheet.heading(bold, "Establishment information");
      EstablishmentView e = s.establishment();
      if (e == null) {
        sheet.text(bold, BODY, "NO ESTABLISHMENT RECORDED: the UPM or a producer records it in SetSafe.", 40,
            DANGER);
      } else {
        sheet.text(regular, BODY, "Your establishment name: " + e.name(), 40);
        sheet.text(regular, BODY, "Street: " + e.streetAddress() + "   City: " + e.city() + "   State: " + e.state()
            + "   ZIP: " + e.zip(), 40);
        sheet.text(regular, BODY, "Industry description: " + nz(e.industryDescription()), 40);
        sheet.text(regular, BODY, "North American Industrial Classification (NAICS), if known: " + e.naicsCode(),
            40);
      }
      sheet.space(6);
      sheet.heading(bold, "Employment information");
      sheet.text(regular, BODY, "Annual average number of employees: " + t.averageEmployees(), 40);
      sheet.text(regular, BODY, "Total hours worked by all employees last year: " + t.hoursWorked(), 40);
      sheet.text(regular, SMALL, "From the hours recorded in SetSafe's staffing: people paid in each of the year's 52 "
          + "weekly pay periods, averaged and rounded up; hours rounded up to the next whole hour.", 40);
      sheet.space(10);
      sheet.heading(bold, "Sign here");
      sheet.text(regular, BODY, "Knowingly falsifying this document may result in a fine. I certify that I have "
          + "examined this document and that to the best of my knowledge the entries are true, accurate, and "
          + "complete.", 40);
      if (s.certified()) {
        sheet.text(regular, BODY, "Company executive: " + s.certification().executiveName() + "   Title: "
            + s.certification().executiveTitle() + "   Date: " + DATE.format(s.certification().certifiedOn()), 40);
      } else {
        sheet.text(bold, BODY + 1, "NOT CERTIFIED" + (s.changedSinceCertified()
            ? ": the log changed after " + s.certification().executiveName() + " certified it on "
                + DATE.format(s.certification().certifiedOn()) : ": no company executive has certified this summary"),
            40, DANGER);
      }
      sheet.space(6);
      sheet.text(regular, SMALL, "Post this Summary page from February 1 to April 30 of the year following the year "
          + "covered by the form.", 40);
      sheet.close();
    });
  }

  // ---- Form 301 ----

  static byte[] report(Form301 f) {
    return print(document -> {
      Sheet sheet = new Sheet(document.document, document.fonts, PDRectangle.LETTER);
      PdfText bold = document.fonts.bold();
      PdfText regular = document.fonts.regular();
      CaseDecision d = f.decision();
      sheet.text(bold, 13, "OSHA's Form 301  Injury and Illness Incident Report", 40);
      sheet.text(regular, SMALL, "U.S. Department of Labor, Occupational Safety and Health Administration   Form "
          + "approved OMB no. 1218-0176", 40);
      sheet.text(bold, BODY, "Attention: This form contains information relating to employee health and must be used "
          + "in a manner that protects the confidentiality of employees to the extent possible.", 40);
      sheet.text(regular, BODY, establishmentLine(f.establishment()), 40);
      sheet.space(4);
      sheet.text(regular, SMALL, "Completed by: " + f.completedBy() + "   Title: " + f.completedByRole() + "   Date: "
          + DATE.format(f.completedOn()), 40);
      sheet.space(6);
      sheet.heading(bold, "Information about the employee");
      sheet.pair("1) Full name", f.employee());
      sheet.pair("2) Street, city, state, ZIP", d.employee().address());
      sheet.pair("3) Date of birth", d.employee().dateOfBirth() == null ? "" : DATE.format(d.employee().dateOfBirth()));
      sheet.pair("4) Date hired", d.employee().dateHired() == null ? "" : DATE.format(d.employee().dateHired()));
      sheet.pair("5) Sex (male or female)", d.employee().sex() == null ? ""
          : d.employee().sex() == EmployeeDetails.Sex.MALE ? "Male" : "Female");
      sheet.pair("Job title", nz(d.jobTitle()));
      sheet.space(6);
      sheet.heading(bold, "Information about the physician or other health care professional");
      sheet.pair("6) Name of physician or other health care professional", nz(d.physician()));
      sheet.pair("7) If treatment was given away from the worksite, where was it given?", nz(d.treatmentFacility()));
      sheet.pair("Facility street, city, state, ZIP", d.employee().facilityAddress());
      sheet.pair("8) Was employee treated in an emergency room?", d.treatedInEmergencyRoom() ? "Yes" : "No");
      sheet.pair("9) Was employee hospitalized overnight as an in-patient?", d.hospitalizedOvernight() ? "Yes" : "No");
      sheet.space(6);
      sheet.heading(bold, "Information about the case");
      sheet.pair("10) Case number from the Log", f.caseNumber());
      sheet.pair("11) Date of injury or illness", DATE.format(f.injuredOn()));
      sheet.pair("12) Time employee began work", d.timeStartedWork() == null ? "" : d.timeStartedWork().toString());
      sheet.pair("13) Time of event", f.timeOfEvent().toString());
      sheet.pair("14) What was the employee doing just before the incident occurred?", nz(d.beforeIncident()));
      sheet.pair("15) What happened?", nz(f.whatHappened()));
      sheet.pair("16) What was the injury or illness?", nz(d.injuryIllness()));
      sheet.pair("17) What object or substance directly harmed the employee?", nz(d.objectOrSubstance()));
      sheet.pair("18) If the employee died, when did death occur?",
          d.dateOfDeath() == null ? "" : DATE.format(d.dateOfDeath()));
      sheet.space(6);
      sheet.heading(bold, "As entered on the 300 log");
      sheet.pair("Where the event occurred", nz(f.where()));
      sheet.pair("Classification", f.outcome().label());
      sheet.pair("Days away from work / on job transfer or restriction", f.daysAway() + " / " + f.daysRestricted());
      sheet.pair("Injury or illness type", d.injuryType().label());
      if (d.privacyConcern() != null) {
        sheet.pair("Privacy case (1904.29(b)(7))", d.privacyConcern().label()
            + ". The 300 log shows \"Privacy case\" instead of the name.");
      }
      sheet.close();
    });
  }

  // ---- drawing ----

  private static String establishmentLine(EstablishmentView e) {
    return e == null ? "Establishment: not recorded yet"
        : "Establishment name: " + e.name() + "   City: " + e.city() + "   State: " + e.state();
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }

  private static float[] columns(float left, float[] widths) {
    float[] x = new float[widths.length];
    float at = left;
    for (int i = 0; i < widths.length; i++) {
      x[i] = at;
      at += widths[i];
    }
    return x;
  }

  private record Doc(PDDocument document, PdfFonts fonts) {}

  @FunctionalInterface
  private interface Drawing {
    void draw(Doc document) throws IOException;
  }

  private static byte[] print(Drawing drawing) {
    try {
      return PdfFonts.print((document, fonts) -> {
        drawing.draw(new Doc(document, fonts));
        document.getDocumentInformation().setCreator("SetSafe");
      });
    } catch (IOException e) {
      throw new UncheckedIOException("could not print the OSHA form", e);
    }
  }

  /** One page being written, top to bottom. */
  private static final class Sheet {

    private final PDDocument document;
    private PDPageContentStream content;
    private final PDRectangle size;
    private final PdfText bold;
    private final PdfText regular;
    private float y;

    Sheet(PDDocument document, PdfFonts fonts, PDRectangle size) throws IOException {
      this.document = document;
      this.size = size;
      this.content = page();
      this.y = size.getHeight() - 36;
      this.bold = fonts.bold();
      this.regular = fonts.regular();
    }

    private PDPageContentStream page() throws IOException {
      PDPage page = new PDPage(size);
      document.addPage(page);
      return new PDPageContentStream(document, page);
    }

    /** Runs on to a new page when what comes next would cross the bottom margin (a long 301 narrative). */
    private void room(float needed) throws IOException {
      if (y - needed < 36) {
        content.close();
        content = page();
        y = size.getHeight() - 36;
      }
    }

    void space(float points) {
      y -= points;
    }

    /** A part's heading, with room under it before the part's boxes. */
    void heading(PdfText font, String text) throws IOException {
      space(4);
      text(font, BODY + 1, text, 40);
      space(4);
    }

    void text(PdfText font, float fontSize, String text, float left) throws IOException {
      text(font, fontSize, text, left, INK);
    }

    void text(PdfText font, float fontSize, String text, float left, Color color) throws IOException {
      for (String line : wrap(font, fontSize, font.printable(text), size.getWidth() - 2 * left)) {
        room(fontSize + 2);
        y -= fontSize + 2;
        show(font, fontSize, left, y, line, color);
      }
    }

    /** A label and its answer, the answer wrapping under the label's right. */
    void pair(String label, String answer) throws IOException {
      float[] widths = {230, size.getWidth() - 80 - 230};
      row(null, BODY, columns(40, widths), widths, List.of(label, answer));
    }

    boolean fits(PdfText font, float fontSize, float[] x, float[] widths, List<String> cells, float bottom)
        throws IOException {
      return y - height(font, fontSize, widths, cells) > bottom;
    }

    /** A row of ruled cells, each wrapped to its width; a null font: the first cell bold, the rest regular. */
    void row(PdfText font, float fontSize, float[] x, float[] widths, List<String> cells) throws IOException {
      float h = height(font, fontSize, widths, cells);
      room(Math.min(h, size.getHeight() - 80));
      content.setStrokingColor(RULE);
      content.setLineWidth(0.5f);
      for (int i = 0; i < cells.size(); i++) {
        content.addRect(x[i], y - h, widths[i], h);
        content.stroke();
        PdfText f = fontOf(font, i);
        float lineY = y;
        for (String line : wrap(f, fontSize, f.printable(cells.get(i)), widths[i] - 4)) {
          lineY -= fontSize + 1.5f;
          show(f, fontSize, x[i] + 2, lineY, line, INK);
        }
      }
      y -= h;
    }

    private PdfText fontOf(PdfText font, int cell) {
      return font != null ? font : cell == 0 ? bold : regular;
    }

    private float height(PdfText font, float fontSize, float[] widths, List<String> cells) throws IOException {
      int most = 1;
      for (int i = 0; i < cells.size(); i++) {
        PdfText f = fontOf(font, i);
        most = Math.max(most, wrap(f, fontSize, f.printable(cells.get(i)), widths[i] - 4).size());
      }
      return most * (fontSize + 1.5f) + 4;
    }

    private void show(PdfText font, float fontSize, float x, float atY, String line, Color color) throws IOException {
      content.beginText();
      content.setNonStrokingColor(color);
      content.setStrokingColor(color);
      content.newLineAtOffset(x, atY);
      font.show(content, fontSize, line);
      content.endText();
    }

    void close() throws IOException {
      content.close();
    }

    /** Words to lines no wider than {@code width}; a word wider than a line is cut where it must be. */
    private static List<String> wrap(PdfText font, float fontSize, String text, float width) throws IOException {
      List<String> lines = new ArrayList<>();
      for (String paragraph : text.split("\n", -1)) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
          String candidate = line.length() == 0 ? word : line + " " + word;
          if (font.width(fontSize, candidate) <= width) {
            line.setLength(0);
            line.append(candidate);
            continue;
          }
          if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
          }
          String rest = word;
          while (font.width(fontSize, rest) > width && rest.length() > 1) {
            int cut = rest.length() - 1;
            while (cut > 1 && font.width(fontSize, rest.substring(0, cut)) > width) {
              cut--;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut);
          }
          line.append(rest);
        }
        lines.add(line.toString());
      }
      return lines;
    }
  }
}
