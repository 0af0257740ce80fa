package org.setsafe.budget;

import static org.setsafe.shared.SectionedPages.BODY;
import static org.setsafe.shared.SectionedPages.DANGER;
import static org.setsafe.shared.SectionedPages.INK;
import static org.setsafe.shared.SectionedPages.MUTED;
import static org.setsafe.shared.SectionedPages.SMALL;
import static org.setsafe.shared.SectionedPages.TEXT_WIDTH;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.setsafe.budget.BudgetSheet.BudgetLine;
import org.setsafe.budget.BudgetSheet.BudgetLineVersion;
import org.setsafe.budget.BudgetSheet.BudgetWeek;
import org.setsafe.budget.domain.Money;
import org.setsafe.shared.PdfFonts;
import org.setsafe.shared.SectionedPages;
import org.setsafe.shared.SectionedPages.Column;
import org.setsafe.shared.SectionedPages.Table;
import org.setsafe.shared.SpreadsheetCells;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The budget report as CSV (for the production accountant's spreadsheet, every text cell through the shared formula
 * guard) and as PDF (for the studio's file, on the pages every printed sheet of SetSafe shares): planned, committed,
 * actual, need and variance by line and by week, in the budget's currency. Read by those who may read the budget.
 * The PDF is drawn in the language of whoever downloads it (i18n/studio, budget.*); the CSV's columns and labels stay
 * the same for every reader, as spreadsheets read them.
 */
@Service
public class BudgetExports {

  private static final String[] HEADINGS = {"budget.planned", "budget.committed", "budget.actual", "budget.need",
      "budget.variance"};
  private static final String[] CSV_HEADER = {"scope", "line_or_week", "label", "planned_units", "rate", "planned",
      "committed", "actual", "need_units", "need", "variance", "currency"};
  /** A figure's column, as the report had it: a line's hundreds of millions fit on one line. */
  private static final float FIGURE = 74;

  private final BudgetViews views;
  private final MessageSource messages;

  BudgetExports(BudgetViews views, MessageSource messages) {
    this.views = views;
    this.messages = messages;
  }

  /** The report's words in one language. */
  private record Words(MessageSource messages, Locale locale) {

    String of(String key, Object... arguments) {
      return messages.getMessage(key, arguments, locale);
    }

    String line(BudgetLine line) {
      return messages.getMessage("budget.line." + line.kind(), null, line.label(), locale);
    }
  }

  /** One row per line, per week and the total; amounts in the currency's major unit with two decimals. */
  public String csv(UUID productionId) {
    BudgetSheet sheet = views.sheet(productionId);
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get())) {
      for (BudgetLine l : sheet.lines()) {
        row(csv, "line", l.kind(), l.label(), l.plannedUnits().toPlainString(),
            Money.major(l.rateCents()).toPlainString(), l.plannedCents(), l.committedCents(), l.actualCents(),
            l.neededUnits().toPlainString(), l.neededCents(), l.varianceCents(), sheet.currency());
      }
      for (BudgetWeek w : sheet.weeks()) {
        row(csv, "week", w.weekOf().toString(), "Day lines for the week of " + w.weekOf(), "", "", w.plannedCents(),
            null, w.actualCents(), "", w.neededCents(), w.varianceCents(), sheet.currency());
      }
      BudgetSheet.BudgetTotals t = sheet.totals();
      row(csv, "total", "", "All safety lines", "", "", t.plannedCents(), t.committedCents(), t.actualCents(), "",
          t.neededCents(), t.varianceCents(), sheet.currency());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Text cells go through the shared formula guard; figures are written as numbers (a variance may be negative, and
   * "-450.00" must stay a number a spreadsheet can add up).
   */
  private static void row(CSVPrinter csv, String scope, String key, String label, String units, String rate,
      Long planned, Long committed, Long actual, String neededUnits, Long needed, Long variance, String currency)
      throws IOException {
    csv.printRecord(guarded(scope), guarded(key), guarded(label), units, rate, money(planned), money(committed),
        money(actual), neededUnits, money(needed), money(variance), guarded(currency));
  }

  private static String guarded(String text) {
    return SpreadsheetCells.guarded(text);
  }

  private static String money(Long cents) {
    return cents == null ? "" : Money.major(cents).toPlainString();
  }

  /** The report in English (the API's). */
  public byte[] pdf(UUID productionId) {
    return pdf(productionId, Locale.ENGLISH);
  }

  /** The report on the shared printed-sheet pages: the lines, then the weeks, then what the budget flags. */
  public byte[] pdf(UUID productionId, Locale locale) {
    BudgetSheet sheet = views.sheet(productionId);
    Words words = new Words(messages, locale);
    try {
      return PdfFonts.print((document, fonts) -> draw(document, fonts, sheet, words));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the budget report", e);
    }
  }

  private static void draw(PDDocument document, PdfFonts fonts, BudgetSheet sheet, Words words) throws IOException {
    SectionedPages out = new SectionedPages(document, fonts, words.of("budget.pdf.title"), sheet.productionName(),
        words.of("budget.pdf.detail", sheet.currency()), words.of("budget.title", sheet.productionName()))
        .saying(title -> words.of("pdf.continued", title), (page, of) -> words.of("pdf.page-of", page, of));
    out.text(words.of("budget.pdf.what", sheet.currency(), sheet.allowedCutPercent()), out.regular(), SMALL, 0,
        MUTED);
    flags(out, sheet, words);
    lines(out, sheet, words);
    weeks(out, sheet, words);
    out.finish(words.of("budget.pdf.footer", sheet.productionName(), sheet.currency()));
    document.getDocumentInformation().setTitle(out.regular().printable(words.of("budget.pdf.document",
        sheet.productionName())));
    document.getDocumentInformation().setCreator("SetSafe");
  }

  /** What the budget flags comes first: a firearms day without an armorer is not to be found on page three. */
  private static void flags(SectionedPages out, BudgetSheet sheet, Words words) throws IOException {
    out.section(words.of("budget.pdf.flags"));
    List<LocalDate> uncovered = sheet.firearmsDaysWithoutArmorer();
    if (!uncovered.isEmpty()) {
      String days = uncovered.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
      out.alert(uncovered.size() == 1 ? words.of("budget.pdf.gap.one", days)
          : words.of("budget.pdf.gap.many", uncovered.size(), days));
    }
    boolean cuts = false;
    for (BudgetLine l : sheet.lines()) {
      for (BudgetLineVersion v : l.versions()) {
        if (v.cut() != null) {
          cuts = true;
          out.text(words.of("budget.pdf.cut", words.line(l), v.version(), v.cut(), v.reason(), v.changedByName()),
              out.regular(), BODY, 0, DANGER);
        }
      }
    }
    if (uncovered.isEmpty() && !cuts) {
      out.text(words.of("budget.pdf.nothing-flagged"), out.regular(), BODY, 0, MUTED);
    }
  }

  private static void lines(SectionedPages out, BudgetSheet sheet, Words words) throws IOException {
    out.section(words.of("budget.by-line"));
    Table table = out.table(columns()).heading(headings(words, "budget.line"));
    for (BudgetLine l : sheet.lines()) {
      String label = words.line(l) + (l.belowNeed() ? " — " + words.of("budget.pdf.below-need") : "")
          + (l.cutFlagged() ? " — " + words.of("budget.pdf.cut-flagged") : "");
      table.row(out.regular(), l.belowNeed() || l.cutFlagged() ? DANGER : INK, cells(words, label, l.plannedCents(),
          l.committedCents(), l.actualCents(), l.neededCents(), l.varianceCents()));
    }
    BudgetSheet.BudgetTotals t = sheet.totals();
    table.row(out.bold(), INK, cells(words, words.of("budget.all-lines"), t.plannedCents(), t.committedCents(),
        t.actualCents(), t.neededCents(), t.varianceCents()));
  }

  private static void weeks(SectionedPages out, BudgetSheet sheet, Words words) throws IOException {
    out.section(words.of("budget.weeks"));
    if (sheet.weeks().isEmpty()) {
      out.text(words.of("budget.weeks.none"), out.regular(), BODY, 0, MUTED);
      return;
    }
    Table table = out.table(columns()).heading(headings(words, "budget.week-of"));
    for (BudgetWeek w : sheet.weeks()) {
      // Commitments are kept by line, not by week: that column stays blank here.
      table.row(out.regular(), INK, w.weekOf().toString(), amount(w.plannedCents(), words),
          "", amount(w.actualCents(), words), amount(w.neededCents(), words), amount(w.varianceCents(), words));
    }
  }

  /** The label's column, then one flush-right column per figure. */
  private static Column[] columns() {
    Column[] columns = new Column[HEADINGS.length + 1];
    columns[0] = Column.text(TEXT_WIDTH - FIGURE * HEADINGS.length);
    for (int i = 1; i < columns.length; i++) {
      columns[i] = Column.figures(FIGURE);
    }
    return columns;
  }

  private static String[] headings(Words words, String first) {
    String[] cells = new String[HEADINGS.length + 1];
    cells[0] = words.of(first);
    for (int i = 0; i < HEADINGS.length; i++) {
      cells[i + 1] = words.of(HEADINGS[i]);
    }
    return cells;
  }

  private static String[] cells(Words words, String label, long... cents) {
    String[] cells = new String[cents.length + 1];
    cells[0] = label;
    for (int i = 0; i < cents.length; i++) {
      cells[i + 1] = amount(cents[i], words);
    }
    return cells;
  }

  /** An amount in the separators of the PDF's language: "12,500.00" in English, "12.500,00" in Spanish. */
  private static String amount(long cents, Words words) {
    return Money.format("", cents, words.locale()).strip();
  }
}
