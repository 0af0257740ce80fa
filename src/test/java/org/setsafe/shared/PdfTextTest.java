package org.setsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PdfTextTest {

  private final PDDocument document = new PDDocument();
  private final PdfFonts fonts = PdfFonts.embeddedIn(document);
  private final PdfText regular = fonts.regular();

  @AfterEach
  void close() throws IOException {
    document.close();
  }

  @Test
  void namesInEveryScriptOfTheCrewListPrintAsTyped() {
    for (String name : List.of("Ελένη Παπαδοπούλου", "Анна Иванова", "José Núñez", "Zoë Łukasiewicz", "王小明",
        "山田太郎", "김민준")) {
      assertThat(regular.printable(name)).isEqualTo(name);
      assertThat(fonts.bold().printable(name)).isEqualTo(name);
    }
  }

  @Test
  void eachCharacterIsSetInTheFirstFontThatHasIt() {
    List<PdfText.Run> runs = regular.runs("Zoë 王小明 Navarro");

    assertThat(runs).extracting(PdfText.Run::text).containsExactly("Zoë ", "王小明", " Navarro");
    assertThat(runs.get(0).font()).isSameAs(runs.get(2).font());
    assertThat(runs.get(1).font()).isNotSameAs(runs.get(0).font());
  }

  @Test
  void onlyACharacterNoFontHasPrintsAsAQuestionMark() {
    // U+E000 is in the private use area: no font SetSafe embeds draws anything there.
    assertThat(regular.printable("Zoë \uE000 Navarro")).isEqualTo("Zoë ? Navarro");
  }

  @Test
  void oneLineFlattensLineBreaksAndParagraphsKeepThem() {
    assertThat(regular.printable("Colt SAA\nserial 4471\tcase\u0007")).isEqualTo("Colt SAA serial 4471 case");
    assertThat(regular.printableParagraphs("Fire toward the altar\nnever at the lens"))
        .isEqualTo("Fire toward the altar\nnever at the lens");
  }

  @Test
  void nothingToPrintIsEmpty() {
    assertThat(regular.printable(null)).isEmpty();
  }

  @Test
  void aSheetEmbedsOnlySubsetsOfItsFontsAndReadsBackExactly() throws IOException {
    PDPage page = new PDPage();
    document.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.beginText();
      content.newLineAtOffset(50, 700);
      regular.show(content, 12, "Ελένη Παπαδοπούλου, Анна Иванова, 山田太郎");
      content.endText();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    document.save(bytes);

    try (PDDocument printed = Loader.loadPDF(bytes.toByteArray())) {
      assertThat(new PDFTextStripper().getText(printed)).contains("Ελένη Παπαδοπούλου, Анна Иванова, 山田太郎");
      List<PDFont> used = embeddedFonts(printed);
      assertThat(used).hasSize(2).allSatisfy(font -> {
        assertThat(font).isInstanceOf(PDType0Font.class);
        assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
        assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
      });
      assertThat(used).extracting(PDFont::getName)
          .anySatisfy(name -> assertThat(name).endsWith("+DejaVuSans"))
          .anySatisfy(name -> assertThat(name).contains("+DroidSansFallback"));
    }
  }

  @Test
  void aSheetWithoutCjkDoesNotCarryTheFallbackFont() throws IOException {
    try (PDDocument latinOnly = new PDDocument()) {
      PdfText text = PdfFonts.embeddedIn(latinOnly).regular();
      PDPage page = new PDPage();
      latinOnly.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(latinOnly, page)) {
        content.beginText();
        content.newLineAtOffset(50, 700);
        text.show(content, 12, "José Núñez");
        content.endText();
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      latinOnly.save(bytes);
      try (PDDocument printed = Loader.loadPDF(bytes.toByteArray())) {
        assertThat(embeddedFonts(printed)).extracting(PDFont::getName).singleElement()
            .satisfies(name -> assertThat(name).endsWith("+DejaVuSans"));
      }
    }
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
