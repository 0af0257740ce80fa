package org.setsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfTextTest {

  private final PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  @Test
  void aNameInAnotherScriptPrintsAsQuestionMarksInsteadOfFailingTheSheet() {
    assertThat(PdfText.printable(helvetica, "Zoë 王 Navarro")).isEqualTo("Zoë ? Navarro");
  }

  @Test
  void oneLineFlattensLineBreaksAndParagraphsKeepThem() {
    assertThat(PdfText.printable(helvetica, "Colt SAA\nserial 4471\tcase\u0007")).isEqualTo("Colt SAA serial 4471 case");
    assertThat(PdfText.printableParagraphs(helvetica, "Fire toward the altar\nnever at the lens"))
        .isEqualTo("Fire toward the altar\nnever at the lens");
  }

  @Test
  void nothingToPrintIsEmpty() {
    assertThat(PdfText.printable(helvetica, null)).isEmpty();
  }
}
