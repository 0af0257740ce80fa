package org.setsafe.incident;

import static org.setsafe.shared.SectionedPages.BODY;
import static org.setsafe.shared.SectionedPages.INK;
import static org.setsafe.shared.SectionedPages.MUTED;
import static org.setsafe.shared.SectionedPages.SMALL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.setsafe.shared.LocalTimes;
import org.setsafe.shared.PdfFonts;
import org.setsafe.shared.SectionedPages;

/**
 * The investigation report as a PDF (US Letter): a black header band, one bar per part, text that wraps, parts that
 * run on to the next page under a "(continued)" bar, and a footer with the page count. Names in any script print
 * as typed ({@link PdfFonts}).
 *
 * <p>The same investigation always prints the same bytes: the document's dates and its file identifier come from
 * the record (when the incident was opened, its id), never from the moment it is printed, so the SHA-256 of the
 * PDF is the fingerprint of what the investigation holds, and a signature given for it stays valid exactly until
 * something in the investigation changes.
 */
final class ReportPdf {

  /** What the report prints, gathered from the record. No medical details: the report goes to people outside. */
  record Contents(UUID incidentId, String productionName, ZoneId zone, String kind, String severity, String where,
      Instant happenedAt, Instant openedAt, String openedBy, String source, String whatHappened,
      List<Person> people, Pin pin, List<Item> items, List<Section> sections) {}

  record Person(String name, String involvement, String crewRoles) {}

  record Pin(long treeSize, String root, String bundleSha256, Instant pinnedAt) {}

  record Item(String kind, String what, String caseNumber, String loggedBy, Instant loggedAt,
      List<HandOverLine> handOvers) {}

  record HandOverLine(String from, String to, String caseNumber, String handedOverBy, Instant at, String confirmedBy,
      Instant confirmedAt) {}

  /** A {@link ReportSection} as read for this incident: its heading and rows, the first naming the columns. */
  record Section(String heading, List<List<String>> rows) {}


  byte[] render(Contents report) {
    try {
      return PdfFonts.print((document, fonts) -> draw(document, fonts, report));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the investigation report", e);
    }
  }

  private static void draw(PDDocument document, PdfFonts fonts, Contents r) throws IOException {
    SectionedPages out = new SectionedPages(document, fonts, "INVESTIGATION REPORT", r.productionName(),
        r.kind() + ", " + LocalTimes.dated(r.happenedAt(), r.zone()),
        "Investigation report - " + r.productionName() + " - " + r.kind());
    summary(out, r);
    people(out, r);
    evidence(out, r);
    physicalEvidence(out, r);
    for (Section section : r.sections()) {
      section(out, section);
    }
    signOff(out);
    out.finish("Incident " + r.incidentId() + " - times in " + r.zone().getId());
    var info = document.getDocumentInformation();
    info.setTitle(out.regular().printable("Investigation report, " + r.kind() + ", " + r.productionName()));
    info.setCreator("SetSafe");
    info.setProducer("SetSafe");
    // From the record, not the clock: the same investigation prints the same bytes.
    info.setCreationDate(calendar(r.openedAt()));
    info.setModificationDate(calendar(r.openedAt()));
    byte[] id = r.incidentId().toString().getBytes(StandardCharsets.US_ASCII);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static Calendar calendar(Instant at) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.setTimeInMillis(at.toEpochMilli());
    return calendar;
  }

  private static void summary(SectionedPages out, Contents r) throws IOException {
    out.section("Summary");
    out.pair("Kind", r.kind());
    out.pair("Severity", r.severity());
    out.pair("Where", r.where() == null ? "not recorded yet" : r.where());
    out.pair("When", LocalTimes.dated(r.happenedAt(), r.zone()));
    out.pair("Opened", LocalTimes.dated(r.openedAt(), r.zone()) + " by " + r.openedBy()
        + (r.source() == null ? "" : " (from the recorded fact " + r.source() + ")"));
    out.space(4);
    out.text("What happened", out.bold(), BODY, 0, INK);
    out.text(r.whatHappened(), out.regular(), BODY, 0, INK);
  }

  private static void people(SectionedPages out, Contents r) throws IOException {
    out.section("People involved");
    if (r.people().isEmpty()) {
      out.text("No one is named yet.", out.regular(), BODY, 0, MUTED);
    }
    for (Person p : r.people()) {
      out.text(p.name() + " - " + p.involvement() + (p.crewRoles() == null ? "" : " - " + p.crewRoles()),
          out.regular(), BODY, 0, INK);
    }
    out.text("Medical details are kept apart and are not part of this report.", out.regular(), SMALL, 0, MUTED);
  }

  private static void evidence(SectionedPages out, Contents r) throws IOException {
    out.section("Evidence preserved");
    if (r.pin() == null) {
      out.text("The ledger is not pinned for this incident yet.", out.regular(), BODY, 0, MUTED);
      return;
    }
    out.pair("Ledger pinned", LocalTimes.dated(r.pin().pinnedAt(), r.zone()));
    out.pair("Checkpoint tree size", String.valueOf(r.pin().treeSize()));
    out.pair("Checkpoint root", r.pin().root());
    out.pair("Evidence bundle SHA-256", r.pin().bundleSha256());
    out.text("Verify the bundle offline with `setsafe ledger verify-bundle` against the production's public keys; "
        + "its SHA-256 must be the one above.", out.regular(), SMALL, 0, MUTED);
  }

  private static void physicalEvidence(SectionedPages out, Contents r) throws IOException {
    out.section("Physical evidence");
    if (r.items().isEmpty()) {
      out.text("No physical evidence is logged.", out.regular(), BODY, 0, MUTED);
    }
    for (Item item : r.items()) {
      out.need(3 * (BODY + 3));
      out.text(item.kind() + ": " + item.what(), out.bold(), BODY, 0, INK);
      out.text("Case " + (item.caseNumber() == null ? "not given yet" : item.caseNumber()) + "; logged by "
          + item.loggedBy() + ", " + LocalTimes.dated(item.loggedAt(), r.zone()), out.regular(), BODY, 14, INK);
      for (HandOverLine h : item.handOvers()) {
        out.text("Handed over by " + h.handedOverBy() + " from " + h.from() + " to " + h.to() + " under case "
            + h.caseNumber() + ", " + LocalTimes.dated(h.at(), r.zone()) + "; " + (h.confirmedBy() == null
            ? "NOT CONFIRMED by the receiving side yet"
            : "confirmed by " + h.confirmedBy() + ", " + LocalTimes.dated(h.confirmedAt(), r.zone())),
            out.regular(), BODY, 14, INK);
      }
      out.space(4);
    }
  }

  /** A part of the investigation kept elsewhere in the module: each row an entry, cells under their column names. */
  private static void section(SectionedPages out, Section section) throws IOException {
    out.section(section.heading());
    if (section.rows().size() < 2) {
      out.text("Nothing is recorded yet.", out.regular(), BODY, 0, MUTED);
      return;
    }
    List<String> columns = section.rows().get(0);
    for (List<String> row : section.rows().subList(1, section.rows().size())) {
      out.need(2 * (BODY + 3));
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c) == null ? "" : row.get(c);
        if (c == 0) {
          out.text(cell, out.bold(), BODY, 0, INK);
        } else if (!cell.isBlank()) {
          String column = c < columns.size() ? columns.get(c) : "";
          out.text(column.isBlank() ? cell : column + ": " + cell, out.regular(), BODY, 14, INK);
        }
      }
      out.space(4);
    }
  }

  private static void signOff(SectionedPages out) throws IOException {
    out.section("Sign-off");
    out.text("This report is signed off in SetSafe by the safety advisor and by a producer. Each sign-off is recorded "
        + "in the production's ledger with the SHA-256 of exactly this file; a sign-off whose SHA-256 differs from "
        + "this file's was given for an earlier version of the investigation.", out.regular(), BODY, 0, INK);
  }
}
