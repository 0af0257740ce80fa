package org.setsafe.shared;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The page layout every printed sheet of SetSafe shares, so that a crew reads a call sheet, an investigation report
 * or a budget the same way: US Letter, a black band heading the first page, one grey bar per section, text that
 * wraps, sections that run on to the next page under a "(continued)" bar (drawn only when some of the section is
 * left to print there), red bands for what must not be missed, and a footer with the page count on every page.
 *
 * <p>It lays text down the page and starts a new page when the next line does not fit; what goes in each section is
 * the sheet's own business. Draw inside {@link PdfFonts#print}, which embeds the fonts.
 */
public final class SectionedPages {

  public static final float BODY = 10;
  public static final float SMALL = 8.5f;
  public static final Color INK = new Color(0x1a, 0x1a, 0x1a);
  public static final Color MUTED = new Color(0x55, 0x55, 0x55);
  public static final Color DANGER = new Color(0xb0, 0x10, 0x10);

  private static final Color BAR = new Color(0xe6, 0xe6, 0xe6);
  private static final PDRectangle PAGE = PDRectangle.LETTER;
  private static final float MARGIN = 48;
  private static final float BOTTOM = 54;
  /** The width text and tables take between the margins, in points. */
  public static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float WIDTH = TEXT_WIDTH;

  private final PDDocument document;
  private final PdfText regular;
  private final PdfText bold;
  private final String runningBand;
  private PDPageContentStream content;
  private float y;
  private String section;
  /** The section running on to this page, whose "(continued)" bar is drawn only if some of it is left. */
  private String continued;
  /** Pages started so far: a table repeats its heading row on a page it has not drawn it on yet. */
  private int pages;
  /** "Sc. 12A (continued)" and "Page 2 of 3", in the document's language: English unless it {@link #saying} so. */
  private UnaryOperator<String> continuedWords = title -> title + " (continued)";
  private BiFunction<String, String, String> pageWords = (page, of) -> "Page " + page + " of " + of;

  /**
   * Starts the document with its first page: a black band with the title in large capitals and up to two lines
   * under it (the production, then the day or the case). {@code runningBand} heads every following page, so a
   * loose page still says what it belongs to.
   */
  public SectionedPages(PDDocument document, PdfFonts fonts, String title, String subtitle, String detail,
      String runningBand) throws IOException {
    this.document = document;
    this.regular = fonts.regular();
    this.bold = fonts.bold();
    this.runningBand = runningBand;
    newPage();
    float top = PAGE.getHeight();
    fill(0, top - 78, PAGE.getWidth(), 78, INK);
    show(fit(bold, 18, bold.printable(title), WIDTH), bold, 18, MARGIN, top - 32, Color.WHITE);
    show(fit(bold, 12, bold.printable(subtitle), WIDTH), bold, 12, MARGIN, top - 52, Color.WHITE);
    if (detail != null) {
      show(fit(regular, 11, regular.printable(detail), WIDTH), regular, 11, MARGIN, top - 68, Color.WHITE);
    }
    y = top - 78 - 16;
  }

  /**
   * The same pages in another language: how a section's bar reads on the next page ({@code continued}, given the
   * section's title) and each page's number ({@code pageOf}, given the page and the count, written as digits).
   */
  public SectionedPages saying(UnaryOperator<String> continued, BiFunction<String, String, String> pageOf) {
    this.continuedWords = continued;
    this.pageWords = pageOf;
    return this;
  }

  public PdfText regular() {
    return regular;
  }

  public PdfText bold() {
    return bold;
  }

  /** Starts a section under its bar, on a new page unless its bar and three lines fit on this one. */
  public void section(String title) throws IOException {
    space(10);
    need(30 + 3 * (BODY + 3));
    section = title;
    continued = null;
    bar(title);
  }

  /** A label and its value on one wrapped line. */
  public void pair(String label, String value) throws IOException {
    text(label + ": " + value, regular, BODY, 0, INK);
  }

  /** Wrapped to the width, each paragraph of the text on its own lines. */
  public void text(String text, PdfText font, float size, float indent, Color color) throws IOException {
    float leading = size + 3;
    for (String line : font.wrap(size, font.printableParagraphs(text), WIDTH - indent)) {
      need(leading);
      continuedBar();
      show(line, font, size, MARGIN + indent, y - size, color);
      y -= leading;
    }
  }

  /** A red band with white bold text: what must not be missed. */
  public void alert(String text) throws IOException {
    float size = 12;
    List<String> lines = bold.wrap(size, bold.printableParagraphs(text), WIDTH - 16);
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

  /**
   * A table in the running section, its columns from left to right across the text width; rows are added with
   * {@link Table#heading} and {@link Table#row}.
   */
  public Table table(Column... columns) {
    float total = 0;
    for (Column column : columns) {
      total += column.width();
    }
    if (columns.length == 0 || total > WIDTH + 0.5f) {
      throw new IllegalArgumentException("a table's columns fit the " + WIDTH + " points of the text width");
    }
    return new Table(List.of(columns));
  }

  /**
   * A table column: its width in points, and whether its cells are figures, set flush right so they line up (on one
   * line each, smaller when one is too wide for the column, never broken).
   */
  public record Column(float width, boolean figures) {

    /** Text, wrapped to the column and set flush left. */
    public static Column text(float width) {
      return new Column(width, false);
    }

    /** Figures, set flush right: amounts line up on their last digit. */
    public static Column figures(float width) {
      return new Column(width, true);
    }
  }

  /**
   * Rows of cells under their columns, in {@link #SMALL} type: a row's cells wrap within their columns, the row stays
   * on one page, and the heading row is drawn again at the top of each page the table runs on to.
   */
  public final class Table {

    private static final float PAD = 3;

    private final List<Column> columns;
    private List<String> heading;
    private int headedOnPage;

    private Table(List<Column> columns) {
      this.columns = columns;
    }

    /** The heading row, in bold; drawn now and again on each following page the table reaches. */
    public Table heading(String... cells) throws IOException {
      heading = List.of(cells);
      draw(heading, bold, INK);
      headedOnPage = pages;
      return this;
    }

    /** A row of cells, one per column (an empty or null cell leaves its column blank). */
    public Table row(PdfText font, Color color, String... cells) throws IOException {
      List<List<String>> lines = lines(Arrays.asList(cells), font);
      need(height(lines));
      if (heading != null && headedOnPage != pages) {
        continuedBar();
        draw(heading, bold, INK);
        headedOnPage = pages;
      }
      set(lines, font, color);
      return this;
    }

    private void draw(List<String> cells, PdfText font, Color color) throws IOException {
      List<List<String>> lines = lines(cells, font);
      // A heading row keeps at least one row under it on its page.
      need(height(lines) + SMALL + 3);
      set(lines, font, color);
    }

    private List<List<String>> lines(List<String> cells, PdfText font) throws IOException {
      if (cells.size() != columns.size()) {
        throw new IllegalArgumentException("a row has one cell per column: " + columns.size());
      }
      List<List<String>> lines = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        String cell = cells.get(i) == null ? "" : cells.get(i);
        // A figure is never broken across lines: one too wide for its column is set smaller instead.
        lines.add(cell.isEmpty() ? List.of() : columns.get(i).figures() ? List.of(font.printable(cell).strip())
            : font.wrap(SMALL, font.printable(cell), columns.get(i).width() - 2 * PAD));
      }
      return lines;
    }

    private float height(List<List<String>> lines) {
      int most = 1;
      for (List<String> cell : lines) {
        most = Math.max(most, cell.size());
      }
      return most * (SMALL + 3) + PAD;
    }

    private void set(List<List<String>> lines, PdfText font, Color color) throws IOException {
      continuedBar();
      float x = MARGIN;
      for (int i = 0; i < columns.size(); i++) {
        Column column = columns.get(i);
        float baseline = y - SMALL;
        for (String line : lines.get(i)) {
          float room = column.width() - 2 * PAD;
          float size = column.figures() ? Math.min(SMALL, SMALL * room / Math.max(1, font.width(SMALL, line)))
              : SMALL;
          float left = column.figures() ? x + column.width() - PAD - font.width(size, line) : x + PAD;
          show(line, font, size, left, baseline, color);
          baseline -= SMALL + 3;
        }
        x += column.width();
      }
      y -= height(lines);
    }
  }

  /** Starts a new page unless {@code height} points still fit on this one: keeps a block's lines together. */
  public void need(float height) throws IOException {
    if (y - height < BOTTOM) {
      nextPage();
    }
  }

  public void space(float points) {
    y -= points;
  }

  /** Closes the last page and writes every page's footer, now that the page count is known. */
  public void finish(String footer) throws IOException {
    content.close();
    int pages = document.getNumberOfPages();
    String printable = regular.printable(footer);
    for (int i = 0; i < pages; i++) {
      try (PDPageContentStream stream = new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND,
          true, true)) {
        content = stream;
        show(printable, regular, SMALL, MARGIN, 28, MUTED);
        String page = regular.printable(pageWords.apply(String.valueOf(i + 1), String.valueOf(pages)));
        show(page, regular, SMALL, PAGE.getWidth() - MARGIN - regular.width(SMALL, page), 28, MUTED);
      }
    }
  }

  private void newPage() throws IOException {
    if (content != null) {
      content.close();
    }
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    pages++;
    content = new PDPageContentStream(document, page);
  }

  /** A following page: a slim band naming the document, and the running section's bar marked continued. */
  private void nextPage() throws IOException {
    newPage();
    float top = PAGE.getHeight();
    fill(0, top - 30, PAGE.getWidth(), 30, INK);
    show(fit(bold, 10, bold.printable(runningBand), WIDTH), bold, 10, MARGIN, top - 20, Color.WHITE);
    y = top - 30 - 14;
    continued = section;
  }

  /** The running section's bar on a new page, just before the first of its lines that lands there. */
  private void continuedBar() throws IOException {
    if (continued != null) {
      String title = continued;
      continued = null;
      bar(continuedWords.apply(title));
    }
  }

  private void bar(String title) throws IOException {
    fill(MARGIN - 4, y - 20, WIDTH + 8, 20, BAR);
    fill(MARGIN - 4, y - 20, 4, 20, INK);
    show(fit(bold, 11, bold.printable(title.toUpperCase(Locale.ROOT)), WIDTH - 8), bold, 11, MARGIN + 4, y - 14, INK);
    y -= 28;
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

  /** Cut to the width a code point at a time: a heading one line long, never split inside a character. */
  private static String fit(PdfText font, float size, String text, float width) throws IOException {
    String cut = text;
    while (!cut.isEmpty() && font.width(size, cut) > width) {
      cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
    }
    return cut;
  }
}
