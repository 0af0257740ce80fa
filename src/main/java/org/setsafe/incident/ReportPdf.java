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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.setsafe.production.CrewRole;
import org.setsafe.reporting.Severity;
import org.setsafe.shared.LocalTimes;
import org.setsafe.shared.PdfFonts;
import org.setsafe.shared.SectionedPages;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The investigation report as a PDF (US Letter): a black header band, one bar per part, text that wraps, parts that
 * run on to the next page under a "(continued)" bar, and a footer with the page count. Names in any script print
 * as typed ({@link PdfFonts}).
 *
 * <p>The same investigation always prints the same bytes: the document's dates and its file identifier come from
 * the record (when the incident was opened, its id), never from the moment it is printed, so the SHA-256 of the
 * PDF is the fingerprint of what the investigation holds, and a signature given for it stays valid exactly until
 * something in the investigation changes.
 *
 * <p>The report signed off is printed in English, the language of the record, so its SHA-256 does not depend on who
 * printed it. A reader may print it in their own language: its own words (headings, labels, the trade's words such
 * as the kind of incident and the crew's roles) come from the bundle ({@code incident.pdf.*}); what people typed
 * and what the ledger recorded print as they are. Such a copy is not the file signed, and says so, naming the
 * SHA-256 of the English report that the sign-offs are given for.
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

  /**
   * The words of the report the module's sections and the record give in English, by their key: the report sections'
   * headings and column names. Their English is in the bundle, once; a word not among them prints as it is.
   */
  private static final List<String> SECTION_WORDS = List.of("section.timeline", "section.root-causes",
      "section.corrective-actions", "column.when", "column.kind", "column.who", "column.what", "column.ledger-entry",
      "column.proof", "column.root-cause", "column.form", "column.category", "column.why-because",
      "column.shown-by", "column.recorded", "column.action", "column.answers", "column.owner", "column.due",
      "column.status", "column.verified-by", "column.rule-changed");

  private final MessageSource messages;

  /** With the words of the module's own bundle: enough for the English report, which is the one signed off. */
  ReportPdf() {
    this(incidentBundles());
  }

  /** With the application's bundles, to print the report in a reader's language as well. */
  ReportPdf(MessageSource messages) {
    this.messages = messages;
  }

  /** The report as it is signed off: in English, the same bytes for the same investigation. */
  byte[] render(Contents report) {
    return print(report, new Words(messages, Locale.ENGLISH), null);
  }

  /**
   * The report in the reader's language: the signed report itself when the bundle has no words of that language
   * (English, or one SetSafe does not speak yet); otherwise a copy to read, naming the SHA-256 of the signed report.
   */
  byte[] render(Contents report, Locale language) {
    if (!copies(language)) {
      return render(report);
    }
    return copy(report, language, EvidencePreservation.sha256(render(report)));
  }

  /** Whether a reader of this language gets a copy in their words, not the signed English report itself. */
  boolean copies(Locale language) {
    return !new Words(messages, language).sameAs(new Words(messages, Locale.ENGLISH));
  }

  /** A copy to read in this language: marked as one on its first page and every footer, naming the signed SHA-256. */
  byte[] copy(Contents report, Locale language, String signedSha256) {
    return print(report, new Words(messages, language), signedSha256);
  }

  private static byte[] print(Contents report, Words words, String signedSha256) {
    try {
      return PdfFonts.print((document, fonts) -> new Printing(words, report).draw(document, fonts, signedSha256));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the investigation report", e);
    }
  }

  private static MessageSource incidentBundles() {
    ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    bundles.setBasenames("messages", "i18n/incident");
    bundles.setDefaultEncoding("UTF-8");
    bundles.setFallbackToSystemLocale(false);
    return bundles;
  }

  /** The report's own words in one language, and the trade's words the record carries in English, said in it. */
  private static final class Words {

    private final MessageSource messages;
    private final Locale language;
    private final Map<String, String> keys = new HashMap<>();

    Words(MessageSource messages, Locale language) {
      this.messages = messages;
      this.language = language;
      if (english()) {
        return;
      }
      for (IncidentKind kind : IncidentKind.values()) {
        keys.put(kind.label(), "incident.kind." + kind.name());
      }
      for (Severity severity : Severity.values()) {
        keys.put(severity.label(), "reporting.severity." + severity.name());
      }
      for (Involvement involvement : Involvement.values()) {
        keys.put(involvement.label(), "incident.involvement." + involvement.name());
      }
      for (EvidenceKind kind : EvidenceKind.values()) {
        // The report names an item's kind by the enum's name ("Video"), the pages by its label ("Phone video").
        keys.put(kind.label(), "incident.evidence-kind." + kind.name());
        keys.put(kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT),
            "incident.evidence-kind." + kind.name());
      }
      for (CrewRole role : CrewRole.values()) {
        keys.put(role.label(), "crew.role." + role.name());
      }
      for (String word : SECTION_WORDS) {
        keys.put(messages.getMessage("incident.pdf." + word, null, Locale.ENGLISH), "incident.pdf." + word);
      }
    }

    /** Values are placed as written (a tree size is not "1,234"), never formatted again. */
    String say(String key, Object... args) {
      return messages.getMessage("incident.pdf." + key, Arrays.stream(args).map(String::valueOf).toArray(), language);
    }

    /** The application's shared words for printed pages ({@code pdf.*}), in this language. */
    String shared(String key, Object... args) {
      return messages.getMessage(key, args, language);
    }

    /** The word in this language, or the text itself when it is not one of the trade's words. */
    String of(String english) {
      String key = english == null ? null : keys.get(english);
      return key == null ? english : messages.getMessage(key, null, language);
    }

    /** Roles as the record joins them ("Armorer, Performer"), each in this language. */
    String roles(String joined) {
      if (joined == null || joined.isEmpty() || english()) {
        return joined;
      }
      List<String> said = new ArrayList<>();
      for (String role : joined.split(", ")) {
        said.add(of(role));
      }
      return String.join(", ", said);
    }

    String dated(Instant at, ZoneId zone) {
      return LocalTimes.dated(at, zone, language);
    }

    boolean sameAs(Words other) {
      return say("title").equals(other.say("title"));
    }

    /** English is the record's language: its words are printed as the record gives them. */
    private boolean english() {
      return Locale.ENGLISH.getLanguage().equals(language.getLanguage());
    }
  }

  /** One printing of one report, in one language. */
  private record Printing(Words words, Contents r) {

    private void draw(PDDocument document, PdfFonts fonts, String signedSha256) throws IOException {
      String kind = words.of(r.kind());
      SectionedPages out = new SectionedPages(document, fonts, words.say("title"), r.productionName(),
          words.say("detail", kind, words.dated(r.happenedAt(), r.zone())),
          words.say("running", r.productionName(), kind));
      if (signedSha256 != null) {
        // A copy says what it is where a reader starts, and on every page, so a loose page is not taken for the file
        // the signatures are for.
        out.saying(title -> words.shared("pdf.continued", title), (page, of) -> words.shared("pdf.page-of", page, of));
        out.text(words.say("copy.notice", signedSha256), out.bold(), BODY, 0, INK);
        out.space(4);
      }
      summary(out);
      people(out);
      evidence(out);
      physicalEvidence(out);
      for (Section section : r.sections()) {
        section(out, section);
      }
      signOff(out, signedSha256);
      out.finish(signedSha256 == null ? words.say("footer", r.incidentId(), r.zone().getId())
          : words.say("footer.copy", r.incidentId(), r.zone().getId()));
      var info = document.getDocumentInformation();
      info.setTitle(out.regular().printable(words.say("document-title", kind, r.productionName())));
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

    private void summary(SectionedPages out) throws IOException {
      out.section(words.say("summary"));
      out.pair(words.say("kind"), words.of(r.kind()));
      out.pair(words.say("severity"), words.of(r.severity()));
      out.pair(words.say("where"), r.where() == null ? words.say("where.not-recorded") : r.where());
      out.pair(words.say("when"), words.dated(r.happenedAt(), r.zone()));
      String opened = words.dated(r.openedAt(), r.zone());
      out.pair(words.say("opened"), r.source() == null ? words.say("opened.by", opened, r.openedBy())
          : words.say("opened.by-from-fact", opened, r.openedBy(), r.source()));
      out.space(4);
      out.text(words.say("what-happened"), out.bold(), BODY, 0, INK);
      out.text(r.whatHappened(), out.regular(), BODY, 0, INK);
    }

    private void people(SectionedPages out) throws IOException {
      out.section(words.say("people"));
      if (r.people().isEmpty()) {
        out.text(words.say("people.none"), out.regular(), BODY, 0, MUTED);
      }
      for (Person p : r.people()) {
        out.text(p.name() + " - " + words.of(p.involvement())
            + (p.crewRoles() == null ? "" : " - " + words.roles(p.crewRoles())), out.regular(), BODY, 0, INK);
      }
      out.text(words.say("people.medical-apart"), out.regular(), SMALL, 0, MUTED);
    }

    private void evidence(SectionedPages out) throws IOException {
      out.section(words.say("evidence"));
      if (r.pin() == null) {
        out.text(words.say("evidence.not-pinned"), out.regular(), BODY, 0, MUTED);
        return;
      }
      out.pair(words.say("evidence.pinned"), words.dated(r.pin().pinnedAt(), r.zone()));
      out.pair(words.say("evidence.tree-size"), String.valueOf(r.pin().treeSize()));
      out.pair(words.say("evidence.root"), r.pin().root());
      out.pair(words.say("evidence.bundle-sha"), r.pin().bundleSha256());
      out.text(words.say("evidence.verify"), out.regular(), SMALL, 0, MUTED);
    }

    private void physicalEvidence(SectionedPages out) throws IOException {
      out.section(words.say("items"));
      if (r.items().isEmpty()) {
        out.text(words.say("items.none"), out.regular(), BODY, 0, MUTED);
      }
      for (Item item : r.items()) {
        out.need(3 * (BODY + 3));
        out.text(words.of(item.kind()) + ": " + item.what(), out.bold(), BODY, 0, INK);
        String logged = words.dated(item.loggedAt(), r.zone());
        out.text(item.caseNumber() == null ? words.say("items.logged.no-case", item.loggedBy(), logged)
            : words.say("items.logged", item.caseNumber(), item.loggedBy(), logged), out.regular(), BODY, 14, INK);
        for (HandOverLine h : item.handOvers()) {
          String at = words.dated(h.at(), r.zone());
          out.text(h.confirmedBy() == null
              ? words.say("items.handed-over.not-confirmed", h.handedOverBy(), h.from(), h.to(), h.caseNumber(), at)
              : words.say("items.handed-over.confirmed", h.handedOverBy(), h.from(), h.to(), h.caseNumber(), at,
                  h.confirmedBy(), words.dated(h.confirmedAt(), r.zone())), out.regular(), BODY, 14, INK);
        }
        out.space(4);
      }
    }

    /** A part of the investigation kept elsewhere in the module: each row an entry, cells under their column names. */
    private void section(SectionedPages out, Section section) throws IOException {
      out.section(words.of(section.heading()));
      if (section.rows().size() < 2) {
        out.text(words.say("section.nothing-yet"), out.regular(), BODY, 0, MUTED);
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
            String column = c < columns.size() ? words.of(columns.get(c)) : "";
            out.text(column.isBlank() ? cell : column + ": " + cell, out.regular(), BODY, 14, INK);
          }
        }
        out.space(4);
      }
    }

    /** The signed report says what its signatures are for; a copy in another language names the signed file. */
    private void signOff(SectionedPages out, String signedSha256) throws IOException {
      out.section(words.say("sign-off"));
      out.text(signedSha256 == null ? words.say("sign-off.what") : words.say("sign-off.copy", signedSha256),
          out.regular(), BODY, 0, INK);
    }
  }

  private static Calendar calendar(Instant at) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.setTimeInMillis(at.toEpochMilli());
    return calendar;
  }
}
