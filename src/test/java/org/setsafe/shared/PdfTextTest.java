package org.setsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfTextTest {

  /** A name with a rare ideograph of CJK Extension A: 䶮 (U+4DAE), as in Liu Yan, first emperor of Southern Han. */
  private static final String EXTENSION_A_NAME = "刘䶮";

  @Test
  void namesInEveryScriptOfTheCrewListPrintAsTyped() throws IOException {
    onASheet((document, fonts) -> {
      for (String name : List.of("Ελένη Παπαδοπούλου", "Анна Иванова", "José Núñez", "Zoë Łukasiewicz", "王小明",
          "山田太郎", "김민준", EXTENSION_A_NAME, "㐀")) {
        assertThat(fonts.regular().printable(name)).isEqualTo(name);
        assertThat(fonts.bold().printable(name)).isEqualTo(name);
      }
    });
  }

  @Test
  void eachCharacterIsSetInTheFirstFontThatHasIt() throws IOException {
    onASheet((document, fonts) -> {
      List<PdfText.Run> runs = fonts.regular().runs("Zoë 王小明 Navarro 刘䶮");

      assertThat(runs).extracting(PdfText.Run::text).containsExactly("Zoë ", "王小明", " Navarro ", "刘", "䶮");
      assertThat(runs.get(0).font()).isSameAs(runs.get(2).font());
      assertThat(runs.get(1).font()).isNotSameAs(runs.get(0).font()).isSameAs(runs.get(3).font());
      assertThat(runs.get(4).font()).isNotIn(runs.get(0).font(), runs.get(1).font());
    });
  }

  @Test
  void onlyACharacterNoFontHasPrintsAsAQuestionMark() throws IOException {
    onASheet((document, fonts) ->
        // U+E000 is in the private use area: no font SetSafe embeds draws anything there.
        assertThat(fonts.regular().printable("Zoë \uE000 Navarro")).isEqualTo("Zoë ? Navarro"));
  }

  @Test
  void oneLineFlattensLineBreaksAndParagraphsKeepThem() throws IOException {
    onASheet((document, fonts) -> {
      PdfText regular = fonts.regular();
      assertThat(regular.printable("Colt SAA\nserial 4471\tcase\u0007")).isEqualTo("Colt SAA serial 4471 case");
      assertThat(regular.printableParagraphs("Fire toward the altar\nnever at the lens"))
          .isEqualTo("Fire toward the altar\nnever at the lens");
    });
  }

  @Test
  void nothingToPrintIsEmpty() throws IOException {
    onASheet((document, fonts) -> assertThat(fonts.regular().printable(null)).isEmpty());
  }

  @Test
  void aSheetEmbedsOnlySubsetsOfItsFontsAndReadsBackExactly() throws IOException {
    String line = "Ελένη Παπαδοπούλου, Анна Иванова, José Núñez, 山田太郎, " + EXTENSION_A_NAME;
    byte[] pdf = onASheet((document, fonts) -> {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.newLineAtOffset(50, 700);
        fonts.regular().show(content, 12, line);
        content.endText();
      }
    });

    try (PDDocument printed = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(printed)).contains(line);
      List<PDFont> used = embeddedFonts(printed);
      assertThat(used).hasSize(3).allSatisfy(font -> {
        assertThat(font).isInstanceOf(PDType0Font.class);
        assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
        assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
      });
      // The Extension A font keeps the name of the file it was cut from, Droid Sans Fallback (Full).
      assertThat(used).extracting(font -> font.getName().replaceFirst(".*\\+", ""))
          .containsExactlyInAnyOrder("DejaVuSans", "DroidSansFallback", "DroidSansFallback");
    }
  }

  @Test
  void aSheetWithoutCjkDoesNotCarryTheFallbackFont() throws IOException {
    byte[] pdf = onASheet((document, fonts) -> {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.newLineAtOffset(50, 700);
        fonts.regular().show(content, 12, "José Núñez");
        content.endText();
      }
    });
    try (PDDocument printed = Loader.loadPDF(pdf)) {
      assertThat(embeddedFonts(printed)).extracting(PDFont::getName).singleElement()
          .satisfies(name -> assertThat(name).endsWith("+DejaVuSans"));
    }
  }

  @Test
  void onABoldLineCjkIsFilledAndOutlinedWhileTheLatinUsesTheBoldFont() throws IOException {
    byte[] pdf = onASheet((document, fonts) -> {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        line(content, fonts.regular(), 700, "Sc. 12 山田太郎");
        line(content, fonts.bold(), 600, "Sc. 12 山田太郎");
      }
    });

    try (PDDocument printed = Loader.loadPDF(pdf)) {
      assertThat(shownText(printed.getPage(0))).containsExactly(
          "DejaVuSans 0", "DroidSansFallback 0", "DejaVuSans-Bold 0", "DroidSansFallback 2");
    }
  }

  @Test
  void boldCjkCarriesVisiblyMoreInkThanRegular() throws IOException {
    byte[] pdf = onASheet((document, fonts) -> {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        line(content, fonts.regular(), 700, "山田太郎 王小明");
        line(content, fonts.bold(), 600, "山田太郎 王小明");
      }
    });

    try (PDDocument printed = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(printed).renderImage(0, 2, ImageType.GRAY);
      // Bands in pixels at 2x: each line's baseline (y from the top, 792 pt page) and the 24 pt text above it.
      int regularInk = ink(image, (792 - 700 - 30) * 2, (792 - 700 + 10) * 2);
      int boldInk = ink(image, (792 - 600 - 30) * 2, (792 - 600 + 10) * 2);
      assertThat(regularInk).isPositive();
      assertThat(boldInk).as("dark pixels of the bold line against the regular's %d", regularInk)
          .isGreaterThan(regularInk * 115 / 100);
    }
  }

  /** Checks made, and drawing done, the way every sheet is printed: with the fonts held for this sheet. */
  private static byte[] onASheet(PdfFonts.Sheet sheet) throws IOException {
    return PdfFonts.print(sheet);
  }

  private static void line(PDPageContentStream content, PdfText font, float baseline, String text)
      throws IOException {
    content.beginText();
    content.newLineAtOffset(50, baseline);
    font.show(content, 24, text);
    content.endText();
  }

  /** Each piece of text shown on the page, as its font's name (without the subset tag) and its rendering mode. */
  private static List<String> shownText(PDPage page) throws IOException {
    List<String> shown = new ArrayList<>();
    List<Object> operands = new ArrayList<>();
    String font = null;
    int renderingMode = 0;
    for (Object token : new PDFStreamParser(page).parse()) {
      if (!(token instanceof Operator operator)) {
        operands.add(token);
        continue;
      }
      switch (operator.getName()) {
        case "Tf" -> font = page.getResources().getFont((COSName) operands.get(0)).getName()
            .replaceFirst(".*\\+", "");
        case "Tr" -> renderingMode = ((COSNumber) operands.get(0)).intValue();
        case "Tj", "TJ" -> shown.add(font + " " + renderingMode);
        default -> { }
      }
      operands.clear();
    }
    return shown;
  }

  /** Dark pixels between two rows of the image. */
  private static int ink(BufferedImage image, int fromRow, int toRow) {
    int dark = 0;
    for (int y = fromRow; y < toRow; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xff) < 128) {
          dark++;
        }
      }
    }
    return dark;
  }

  static List<PDFont> embeddedFonts(PDDocument document) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      for (COSName name : page.getResources().getFontNames()) {
        fonts.add(page.getResources().getFont(name));
      }
    }
    return fonts;
  }
}
