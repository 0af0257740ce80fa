package org.setsafe.budget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.setsafe.budget.BudgetSheet.BudgetLine;
import org.setsafe.budget.BudgetSheet.BudgetWeek;
import org.setsafe.budget.domain.Money;
import org.setsafe.shared.PdfFonts;
import org.setsafe.shared.PdfText;
import org.springframework.stereotype.Service;

/**
 * The budget report as CSV (for the production accountant's spreadsheet) and as PDF (for the studio's file): planned,
 * committed, actual, need and variance by line and by week, in the budget's currency. Read by those who may read the
 * budget.
 */
@Service
public class BudgetExports {

  private static final String[] HEADINGS = {"Planned", "Committed", "Actual", "Need", "Variance"};

  private final BudgetViews views;

  BudgetExports(BudgetViews views) {
    this.views = views;
  }

  /** One row per line, per week and the total; amounts in the currency's major unit with two decimals. */
  public String csv(UUID productionId) {
    BudgetSheet sheet = views.sheet(productionId);
    StringBuilder csv = new StringBuilder("scope,line_or_week,label,planned_units,rate,planned,committed,actual,"
        + "need_units,need,variance,currency\r\n");
    for (BudgetLine l : sheet.lines()) {
      row(csv, "line", l.kind(), l.label(), l.plannedUnits().toPlainString(), Money.major(l.rateCents()).toPlainString(),
          l.plannedCents(), l.committedCents(), l.actualCents(), l.neededUnits().toPlainString(), l.neededCents(),
          l.varianceCents(), sheet.currency());
    }
    for (BudgetWeek w : sheet.weeks()) {
      row(csv, "week", w.weekOf().toString(), "Day lines for the week of " + w.weekOf(), "", "", w.plannedCents(), null,
          w.actualCents(), "", w.neededCents(), w.varianceCents(), sheet.currency());
    }
    BudgetSheet.BudgetTotals t = sheet.totals();
    row(csv, "total", "", "All safety lines", "", "", t.plannedCents(), t.committedCents(), t.actualCents(), "",
        t.neededCents(), t.varianceCents(), sheet.currency());
    return csv.toString();
  }

  private static void row(StringBuilder csv, String scope, String key, String label, String units, String rate,
      Long planned, Long committed, Long actual, String neededUnits, Long needed, Long variance, String currency) {
    List<String> cells = List.of(scope, key, label, units, rate, money(planned), money(committed), money(actual),
        neededUnits, money(needed), money(variance), currency);
    csv.append(String.join(",", cells.stream().map(BudgetExports::quoted).toList())).append("\r\n");
  }

  private static String money(Long cents) {
    return cents == null ? "" : Money.major(cents).toPlainString();
  }

  private static String quoted(String cell) {
    return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  /** The report on US Letter pages, the lines first, then the weeks, then what the budget flags. */
  public byte[] pdf(UUID productionId) {
    BudgetSheet sheet = views.sheet(productionId);
    try {
      return PdfFonts.print((document, fonts) -> new Report(document, fonts, sheet).draw());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One report being set: where the next line goes, and a new page when the last is full. */
  private static final class Report {

    private static final float MARGIN = 40;
    private static final float LABEL = 160;
    private static final float COLUMN = 74;
    private static final float SIZE = 8.5f;
    private static final float LEADING = 12;

    private final org.apache.pdfbox.pdmodel.PDDocument document;
    private final PdfFonts fonts;
    private final BudgetSheet sheet;
    private PDPageContentStream content;
    private float y;

    Report(org.apache.pdfbox.pdmodel.PDDocument document, PdfFonts fonts, BudgetSheet sheet) {
      this.document = document;
      this.fonts = fonts;
      this.sheet = sheet;
    }

    void draw() throws IOException {
      newPage();
      text(fonts.bold(), 15, MARGIN, "Safety budget — " + sheet.productionName());
      text(fonts.regular(), SIZE, MARGIN, "Amounts in " + sheet.currency() + ". Variance is planned less actual. "
          + "A cut below need, or by more than " + sheet.allowedCutPercent() + "%, needs a written reason and opens a "
          + "management review.");
      y -= LEADING / 2;
      text(fonts.bold(), 11, MARGIN, "By line");
      columns(fonts.bold(), "Line", HEADINGS);
      for (BudgetLine l : sheet.lines()) {
        String label = l.label() + (l.belowNeed() ? " — below need" : "") + (l.cutFlagged() ? " — cut flagged" : "");
        columns(fonts.regular(), label, amounts(l.plannedCents(), l.committedCents(), l.actualCents(),
            l.neededCents(), l.varianceCents()));
      }
      BudgetSheet.BudgetTotals t = sheet.totals();
      columns(fonts.bold(), "All safety lines", amounts(t.plannedCents(), t.committedCents(), t.actualCents(),
          t.neededCents(), t.varianceCents()));
      y -= LEADING / 2;
      text(fonts.bold(), 11, MARGIN, "Day lines by week");
      if (sheet.weeks().isEmpty()) {
        text(fonts.regular(), SIZE, MARGIN, "No shooting day needs a safety day line yet.");
      } else {
        columns(fonts.bold(), "Week of", HEADINGS);
        for (BudgetWeek w : sheet.weeks()) {
          columns(fonts.regular(), w.weekOf().toString(), new String[] {amount(w.plannedCents()), "",
              amount(w.actualCents()), amount(w.neededCents()), amount(w.varianceCents())});
        }
      }
      y -= LEADING / 2;
      text(fonts.bold(), 11, MARGIN, "Flags");
      List<String> flags = new ArrayList<>();
      sheet.firearmsDaysWithoutArmorer().forEach(d -> flags.add("Firearms day " + d + " has no budgeted armorer."));
      for (BudgetLine l : sheet.lines()) {
        l.versions().stream().filter(v -> v.cut() != null).forEach(v -> flags.add(l.label() + ", version "
            + v.version() + ": " + v.cut() + ". Reason: " + v.reason() + " (" + v.changedByName() + ")"));
      }
      if (flags.isEmpty()) {
        flags.add("Nothing flagged.");
      }
      for (String flag : flags) {
        for (String line : fonts.regular().wrap(SIZE, fonts.regular().printable(flag),
            PDRectangle.LETTER.getWidth() - 2 * MARGIN)) {
          text(fonts.regular(), SIZE, MARGIN, line);
        }
      }
      content.close();
    }

    private static String[] amounts(long... cents) {
      String[] out = new String[cents.length];
      for (int i = 0; i < cents.length; i++) {
        out[i] = amount(cents[i]);
      }
      return out;
    }

    private static String amount(long cents) {
      return Money.format("", cents).strip();
    }

    /** A row: the label wrapped to its column, the amounts set flush right in theirs. */
    private void columns(PdfText font, String label, String[] cells) throws IOException {
      List<String> labelLines = font.wrap(SIZE, font.printable(label), LABEL - 6);
      room(LEADING * labelLines.size());
      float top = y;
      for (String line : labelLines) {
        text(font, SIZE, MARGIN, line);
      }
      float after = y;
      y = top;
      for (int i = 0; i < cells.length; i++) {
        float right = MARGIN + LABEL + COLUMN * (i + 1) - 4;
        text(font, SIZE, right - font.width(SIZE, cells[i]), cells[i]);
        y = top;
      }
      y = after;
    }

    private void text(PdfText font, float size, float x, String text) throws IOException {
      room(size + 4);
      y -= size + 3.5f;
      content.beginText();
      content.newLineAtOffset(x, y);
      font.show(content, size, font.printable(text));
      content.endText();
    }

    private void room(float height) throws IOException {
      if (y - height < MARGIN) {
        content.close();
        newPage();
      }
    }

    private void newPage() throws IOException {
      PDPage page = new PDPage(PDRectangle.LETTER);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = PDRectangle.LETTER.getHeight() - MARGIN;
    }
  }

}
