package org.setsafe.incident.web;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.setsafe.incident.Timeline;
import org.setsafe.shared.LocalTimes;
import org.setsafe.shared.PdfFonts;
import org.setsafe.shared.PdfText;

/**
 * An incident's timeline as a PDF (US Letter), as SetSafe prints its other sheets ({@link PdfFonts}, text in any
 * script): a band naming the incident, then each line with its time in the production's zone, its kind, who, what
 * was recorded and the ledger entry and checkpoint its proof verifies against; what was added later is marked so.
 * The signed checkpoints close the document, so a reader holding the ledger's public key can check them offline.
 */
final class TimelinePdf {

  private static final PDRectangle PAGE = PDRectangle.LETTER;
  private static final float MARGIN = 48;
  private static final float BOTTOM = 54;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float BODY = 9.5f;
  private static final float SMALL = 7.5f;
  private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
  private static final Color MUTED = new Color(0x55, 0x55, 0x55);
  private static final Color LATER = new Color(0x8a, 0x4b, 0x00);

  private TimelinePdf() {}

  static byte[] print(Timeline.TimelineView view, String filters) {
    try {
      return PdfFonts.print((document, fonts) -> new Writer(document, fonts, view).draw(filters));
    } catch (IOException e) {
      throw new UncheckedIOException("could not print the timeline", e);
    }
  }

  private static final class Writer {
    final PDDocument document;
    final Timeline.TimelineView view;
    final PdfText regular;
    final PdfText bold;
    final ZoneId zone;
    PDPageContentStream content;
    float y;

    Writer(PDDocument document, PdfFonts fonts, Timeline.TimelineView view) {
      this.document = document;
      this.view = view;
      this.regular = fonts.regular();
      this.bold = fonts.bold();
      this.zone = ZoneId.of(view.timeZone());
    }

    void draw(String filters) throws IOException {
      page();
      String title = view.incidentKind().label() + (view.where() == null ? "" : " at " + view.where()) + ", "
          + LocalTimes.dated(view.happenedAt(), zone);
      text("INCIDENT TIMELINE", bold, 16, 0, INK);
      text(view.productionName(), bold, 11, 0, INK);
      text(title, regular, 10, 0, INK);
      text("Filters: " + filters + ". Times in " + view.timeZone() + ". Each line recorded in the ledger names its "
          + "entry and the signed checkpoint its inclusion proof (RFC 9162) verifies against; what the investigation "
          + "added later (statements, notes) is marked so, and is not the record of the time.", regular, SMALL, 0, MUTED);
      y -= 8;
      if (view.lines().isEmpty()) {
        text("Nothing recorded matches.", regular, BODY, 0, MUTED);
      }
      for (Timeline.Line line : view.lines()) {
        need(3 * (BODY + 3));
        String head = LocalTimes.dated(line.occurredAt(), zone) + "  ·  " + line.kind()
            + (line.who() == null ? "" : "  ·  " + line.who());
        text(line.addedLater() ? "ADDED LATER  " + head : head, bold, BODY, 0, line.addedLater() ? LATER : INK);
        text(line.what(), regular, BODY, 10, INK);
        text(line.addedLater() ? "Added " + LocalTimes.dated(line.addedAt(), zone)
            + (line.addedBy() == null ? "" : " by " + line.addedBy()) : "Proof: " + line.proofReference(),
            regular, SMALL, 10, MUTED);
        y -= 5;
      }
      y -= 8;
      text("SIGNED CHECKPOINTS", bold, 11, 0, INK);
      for (Timeline.CheckpointView checkpoint : view.checkpoints()) {
        text("Checkpoint of " + checkpoint.treeSize() + " entries" + (checkpoint.pinned()
            ? " (pinned when the incident opened)" : " (latest)"), bold, SMALL, 0, INK);
        text(checkpoint.note(), regular, SMALL, 10, MUTED);
      }
      finish();
      document.getDocumentInformation().setTitle(regular.printable("Incident timeline, " + view.productionName()));
      document.getDocumentInformation().setCreator("SetSafe");
    }

    void page() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = PAGE.getHeight() - MARGIN;
    }

    void need(float height) throws IOException {
      if (y - height < BOTTOM) {
        page();
      }
    }

    void text(String text, PdfText font, float size, float indent, Color color) throws IOException {
      float leading = size + 3;
      List<String> lines = font.wrap(size, font.printableParagraphs(text), WIDTH - indent);
      for (String line : lines) {
        need(leading);
        show(line, font, size, MARGIN + indent, y - size, color);
        y -= leading;
      }
    }

    void finish() throws IOException {
      content.close();
      int pages = document.getNumberOfPages();
      for (int i = 0; i < pages; i++) {
        try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND,
            true, true)) {
          content = footer;
          String page = "Page " + (i + 1) + " of " + pages;
          show(page, regular, SMALL, PAGE.getWidth() - MARGIN - regular.width(SMALL, page), 28, MUTED);
          show(regular.printable("Incident " + view.incidentId() + ", printed by SetSafe"), regular, SMALL, MARGIN,
              28, MUTED);
        }
      }
    }

    private void show(String text, PdfText font, float size, float x, float baseline, Color color)
        throws IOException {
      content.beginText();
      content.setNonStrokingColor(color);
      content.setStrokingColor(color);
      content.newLineAtOffset(x, baseline);
      font.show(content, size, text);
      content.endText();
    }
  }
}
