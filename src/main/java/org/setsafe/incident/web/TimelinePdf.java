package org.setsafe.incident.web;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.setsafe.incident.IncidentKind;
import org.setsafe.incident.Timeline;
import org.setsafe.shared.LocalTimes;
import org.setsafe.shared.PdfFonts;
import org.setsafe.shared.PdfText;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * An incident's timeline as a PDF (US Letter), as SetSafe prints its other sheets ({@link PdfFonts}, text in any
 * script): a band naming the incident, then each line with its time in the production's zone, its kind, who, what
 * was recorded and the ledger entry and checkpoint its proof verifies against; what was added later is marked so.
 * The signed checkpoints close the document, so a reader holding the ledger's public key can check them offline.
 * Its own words are in the language of whoever prints it ({@code incident.pdf.timeline.*}); what was recorded (the
 * kind of each line, who, what, its proof) prints as recorded.
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

  private final MessageSource messages;

  TimelinePdf(MessageSource messages) {
    this.messages = messages;
  }

  /** The timeline in the reader's language, its filters said in it too. */
  byte[] print(Timeline.TimelineView view, Locale language) {
    Words words = new Words(messages, language);
    return print(view, words, filters(view.filters(), words));
  }

  /**
   * The timeline in English with the filters as the caller says them: how the API printed it before it passed the
   * reader's language ({@link #print(Timeline.TimelineView, Locale)}).
   */
  static byte[] print(Timeline.TimelineView view, String filters) {
    ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    bundles.setBasenames("messages", "i18n/incident");
    bundles.setDefaultEncoding("UTF-8");
    bundles.setFallbackToSystemLocale(false);
    return print(view, new Words(bundles, Locale.ENGLISH), filters);
  }

  private static byte[] print(Timeline.TimelineView view, Words words, String filters) {
    try {
      return PdfFonts.print((document, fonts) -> new Writer(document, fonts, view, words).draw(filters));
    } catch (IOException e) {
      throw new UncheckedIOException("could not print the timeline", e);
    }
  }

  /** The filters the lines were chosen by, in words: "person …, weapon …, kind …", or none. */
  private static String filters(Timeline.Filters f, Words words) {
    List<String> said = new ArrayList<>();
    if (f.personId() != null) {
      said.add(words.say("filters.person", f.personId()));
    }
    if (f.weaponId() != null) {
      said.add(words.say("filters.weapon", f.weaponId()));
    }
    if (f.kind() != null) {
      said.add(words.say("filters.kind", f.kind()));
    }
    return said.isEmpty() ? words.say("filters.none") : String.join(", ", said);
  }

  /** The timeline's own words in one language. */
  private record Words(MessageSource messages, Locale language) {

    /** Values are placed as written (a tree size is not "1,234"), never formatted again. */
    String say(String key, Object... args) {
      return messages.getMessage("incident.pdf.timeline." + key, Arrays.stream(args).map(String::valueOf).toArray(),
          language);
    }

    String kind(IncidentKind kind) {
      return messages.getMessage("incident.kind." + kind.name(), null, language);
    }

    String dated(Instant at, ZoneId zone) {
      return LocalTimes.dated(at, zone, language);
    }

    /** English is the record's language: the timeline on file. Any other is a copy to read, and says so. */
    boolean english() {
      return Locale.ENGLISH.getLanguage().equals(language.getLanguage());
    }
  }

  private static final class Writer {
    final PDDocument document;
    final Timeline.TimelineView view;
    final Words words;
    final PdfText regular;
    final PdfText bold;
    final ZoneId zone;
    PDPageContentStream content;
    float y;

    Writer(PDDocument document, PdfFonts fonts, Timeline.TimelineView view, Words words) {
      this.document = document;
      this.view = view;
      this.words = words;
      this.regular = fonts.regular();
      this.bold = fonts.bold();
      this.zone = ZoneId.of(view.timeZone());
    }

    void draw(String filters) throws IOException {
      page();
      String kind = words.kind(view.incidentKind());
      String happened = words.dated(view.happenedAt(), zone);
      String title = view.where() == null ? words.say("heading", kind, happened)
          : words.say("heading.at", kind, view.where(), happened);
      text(words.say("title"), bold, 16, 0, INK);
      text(view.productionName(), bold, 11, 0, INK);
      text(title, regular, 10, 0, INK);
      text(words.say("about", filters, view.timeZone()), regular, SMALL, 0, MUTED);
      if (!words.english()) {
        text(words.say("copy.notice"), bold, SMALL, 0, INK);
      }
      y -= 8;
      if (view.lines().isEmpty()) {
        text(words.say("nothing"), regular, BODY, 0, MUTED);
      }
      for (Timeline.Line line : view.lines()) {
        need(3 * (BODY + 3));
        String head = words.dated(line.occurredAt(), zone) + "  ·  " + line.kind()
            + (line.who() == null ? "" : "  ·  " + line.who());
        text(line.addedLater() ? words.say("added-later", head) : head, bold, BODY, 0,
            line.addedLater() ? LATER : INK);
        text(line.what(), regular, BODY, 10, INK);
        String added = words.dated(line.addedAt(), zone);
        text(!line.addedLater() ? words.say("proof", line.proofReference())
            : line.addedBy() == null ? words.say("added", added) : words.say("added.by", added, line.addedBy()),
            regular, SMALL, 10, MUTED);
        y -= 5;
      }
      y -= 8;
      text(words.say("checkpoints"), bold, 11, 0, INK);
      for (Timeline.CheckpointView checkpoint : view.checkpoints()) {
        text(words.say(checkpoint.pinned() ? "checkpoint.pinned" : "checkpoint.latest", checkpoint.treeSize()),
            bold, SMALL, 0, INK);
        text(checkpoint.note(), regular, SMALL, 10, MUTED);
      }
      finish();
      document.getDocumentInformation().setTitle(regular.printable(words.say("document-title",
          view.productionName())));
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
          String page = words.say("page", i + 1, pages);
          show(page, regular, SMALL, PAGE.getWidth() - MARGIN - regular.width(SMALL, page), 28, MUTED);
          show(regular.printable(words.say("footer", view.incidentId())), regular, SMALL, MARGIN, 28, MUTED);
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
