package org.setsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.setsafe.shared.SectionedPages.Column;
import org.setsafe.shared.SectionedPages.Table;

/**
 * A table on the shared printed-sheet pages, as the safety budget prints it: figures end on one right edge whatever
 * their length (one too wide for its column set smaller, never broken), a long label wraps inside its own column, and a table running on to more pages repeats its heading
 * row under the section's "(continued)" bar on each.
 */
class SectionedPagesTableTest {

  @Test
  void figuresLineUpFlushRightAndALongTableRepeatsItsHeadingOnEveryPage() throws Exception {
    byte[] pdf = PdfFonts.print((document, fonts) -> {
      SectionedPages out = new SectionedPages(document, fonts, "TABLE", "Figures", null, "Table - figures");
      out.section("Lines");
      Table table = out.table(Column.text(SectionedPages.TEXT_WIDTH - 2 * 80), Column.figures(80),
          Column.figures(80)).heading("Line", "Planned", "Actual");
      table.row(out.regular(), SectionedPages.INK, "Protective equipment (shields, remote heads) for the whole "
          + "shoot, booked with the rental house in one order", "1.00", "12,345,678.90");
      table.row(out.regular(), SectionedPages.INK, "All lines", "-1,000,000,000,000.00", "");
      for (int i = 0; i < 150; i++) {
        table.row(out.regular(), SectionedPages.INK, "Line " + i, i + ".00", "");
      }
      out.finish("Table");
    });

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
      for (int page = 2; page <= document.getNumberOfPages(); page++) {
        String text = text(document, page);
        assertThat(text).as("page %d", page).contains("LINES (CONTINUED)").contains("Line Planned Actual");
      }
      Edges edges = new Edges();
      edges.setStartPage(1);
      edges.setEndPage(1);
      edges.getText(document);
      float labelColumnEnds = edges.leftEdgeOf("Line") + SectionedPages.TEXT_WIDTH - 2 * 80 - 3;
      // "1.00" and "12,345,678.90" end on the same right edge as every other figure in their columns.
      assertThat(edges.rightEdgeOf("1.00")).isCloseTo(edges.rightEdgeOf("0.00"), offset(0.5f));
      assertThat(edges.rightEdgeOf("12,345,678.90")).isCloseTo(edges.rightEdgeOf("Actual"),
          offset(0.5f));
      // A figure too wide for its column is set smaller, whole on one line, never broken.
      assertThat(edges.rightEdgeOf("-1,000,000,000,000.00")).isCloseTo(edges.rightEdgeOf("Planned"), offset(0.5f));
      assertThat(edges.leftEdgeOf("-1,000,000,000,000.00")).isGreaterThanOrEqualTo(labelColumnEnds);
      // The long label wrapped inside its column: none of its words runs into the figures' columns.
      for (String word : List.of("Protective", "remote", "heads)", "shoot,", "rental", "order")) {
        assertThat(edges.rightEdgeOf(word)).as(word).isLessThanOrEqualTo(labelColumnEnds);
      }
    }
  }

  @Test
  void aTableWiderThanThePageIsRefused() throws Exception {
    assertThatThrownBy(() -> PdfFonts.print((document, fonts) -> new SectionedPages(document, fonts, "T", "S", null,
        "T").table(Column.text(SectionedPages.TEXT_WIDTH), Column.figures(10))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text width");
  }

  private static String text(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }

  /** Where each word of a page starts and ends, left to right. */
  private static final class Edges extends PDFTextStripper {

    private final List<String> words = new ArrayList<>();
    private final List<float[]> spans = new ArrayList<>();

    Edges() throws IOException {}

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      StringBuilder word = new StringBuilder();
      float left = 0;
      float right = 0;
      for (TextPosition p : positions) {
        if (p.getUnicode().isBlank()) {
          add(word, left, right);
          word.setLength(0);
          continue;
        }
        if (word.length() == 0) {
          left = p.getXDirAdj();
        }
        word.append(p.getUnicode());
        right = p.getXDirAdj() + p.getWidthDirAdj();
      }
      add(word, left, right);
    }

    private void add(StringBuilder word, float left, float right) {
      if (word.length() > 0) {
        words.add(word.toString());
        spans.add(new float[] {left, right});
      }
    }

    float rightEdgeOf(String word) {
      return spans.get(words.indexOf(word))[1];
    }

    float leftEdgeOf(String word) {
      return spans.get(words.indexOf(word))[0];
    }
  }
}
