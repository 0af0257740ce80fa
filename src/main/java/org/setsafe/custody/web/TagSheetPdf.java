package org.setsafe.custody.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.setsafe.shared.PdfFonts;
import org.setsafe.shared.PdfText;

/**
 * A sheet of tags, one label per weapon or lot: the QR code of the item's page, drawn as vector squares so it
 * prints sharp at any resolution, and the item's name and numbers in plain text for when no phone is at hand.
 * Laid out for common self-adhesive label sheets ({@link LabelSheet}).
 */
final class TagSheetPdf {

  /** What one label carries: the address the QR code opens, a title, and a few short lines under it. */
  record Tag(String url, String title, List<String> lines) {}

  /**
   * Label sheets by their stock number. Measurements in points (1/72 inch), from the manufacturers' templates:
   * label size, the page margins to the first label, and the pitch from one label to the next.
   */
  enum LabelSheet {
    /** Avery 5160 / 8160 and compatibles: US Letter, 3 × 10 labels of 2⅝ × 1 inch. */
    AVERY_5160(PDRectangle.LETTER, 3, 10, inch(2.625), inch(1), inch(0.1875), inch(0.5), inch(2.75), inch(1)),
    /** Avery L7160 and compatibles: A4, 3 × 7 labels of 63.5 × 38.1 mm. */
    AVERY_L7160(PDRectangle.A4, 3, 7, mm(63.5), mm(38.1), mm(7.2), mm(15.15), mm(66.04), mm(38.1));

    final PDRectangle page;
    final int columns;
    final int rows;
    final float width;
    final float height;
    final float left;
    final float top;
    final float across;
    final float down;

    LabelSheet(PDRectangle page, int columns, int rows, float width, float height, float left, float top,
        float across, float down) {
      this.page = page;
      this.columns = columns;
      this.rows = rows;
      this.width = width;
      this.height = height;
      this.left = left;
      this.top = top;
      this.across = across;
      this.down = down;
    }

    int perPage() {
      return columns * rows;
    }

    /** The label's lower-left corner on its page, in PDF coordinates (origin at the bottom left). */
    float x(int slot) {
      return left + (slot % columns) * across;
    }

    float y(int slot) {
      return page.getHeight() - top - (slot / columns) * down - height;
    }

    private static float inch(double inches) {
      return (float) (inches * 72);
    }

    private static float mm(double millimetres) {
      return (float) (millimetres / 25.4 * 72);
    }
  }

  /** Space between the label's edge and what is printed on it; also the QR code's quiet zone. */
  private static final float PAD = 5;
  private static final float TITLE_SIZE = 8;
  private static final float LINE_SIZE = 7;

  /** The sheet as PDF bytes: as many pages as the tags need, and one blank page if there are none. */
  byte[] render(String documentTitle, List<Tag> tags, LabelSheet sheet) {
    try {
      return PdfFonts.print((document, fonts) -> draw(document, fonts, documentTitle, tags, sheet));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the tag sheet", e);
    }
  }

  private static void draw(PDDocument document, PdfFonts fonts, String documentTitle, List<Tag> tags,
      LabelSheet sheet) throws IOException {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(fonts.regular().printable(documentTitle));
    info.setCreator("SetSafe");
    int pages = Math.max(1, (tags.size() + sheet.perPage() - 1) / sheet.perPage());
    for (int p = 0; p < pages; p++) {
      PDPage page = new PDPage(sheet.page);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        for (int slot = 0; slot < sheet.perPage(); slot++) {
          int index = p * sheet.perPage() + slot;
          if (index >= tags.size()) {
            break;
          }
          label(content, fonts, tags.get(index), sheet.x(slot), sheet.y(slot), sheet);
        }
      }
    }
  }

  private static void label(PDPageContentStream content, PdfFonts fonts, Tag tag, float x, float y, LabelSheet sheet)
      throws IOException {
    PdfText bold = fonts.bold();
    PdfText regular = fonts.regular();
    float side = sheet.height - 2 * PAD;
    qr(content, tag.url(), x + PAD, y + PAD, side);

    float textX = x + PAD + side + PAD;
    float textWidth = sheet.width - (textX - x) - PAD;
    List<String> lines = new ArrayList<>();
    List<PdfText> lineFonts = new ArrayList<>();
    for (String line : wrap(bold, TITLE_SIZE, bold.printable(tag.title()), textWidth, 2)) {
      lines.add(line);
      lineFonts.add(bold);
    }
    for (String line : tag.lines()) {
      lines.add(fit(regular, LINE_SIZE, regular.printable(line), textWidth));
      lineFonts.add(regular);
    }
    float baseline = y + sheet.height - PAD - TITLE_SIZE;
    for (int i = 0; i < lines.size() && baseline >= y + PAD - 1; i++) {
      float size = lineFonts.get(i) == bold ? TITLE_SIZE : LINE_SIZE;
      content.beginText();
      content.newLineAtOffset(textX, baseline);
      lineFonts.get(i).show(content, size, lines.get(i));
      content.endText();
      baseline -= size + 1.5f;
    }
  }

  /** Draws the QR code as filled squares, one rectangle per run of dark modules in a row. */
  private static void qr(PDPageContentStream content, String url, float x, float y, float side) throws IOException {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
              EncodeHintType.CHARACTER_SET, "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode " + url + " as a QR code", e);
    }
    int modules = matrix.getWidth();
    float module = side / modules;
    // Each row's runs reach a tenth of a module into the row below, so a rasteriser leaves no hairline between
    // rows of dark modules (a white seam a camera, or a decoder, may take for a light module).
    float overlap = module / 10;
    for (int row = 0; row < modules; row++) {
      int col = 0;
      while (col < modules) {
        if (!matrix.get(col, row)) {
          col++;
          continue;
        }
        int start = col;
        while (col < modules && matrix.get(col, row)) {
          col++;
        }
        float bottom = y + side - (row + 1) * module;
        boolean last = row == modules - 1;
        content.addRect(x + start * module, last ? bottom : bottom - overlap, (col - start) * module,
            last ? module : module + overlap);
      }
    }
    content.fill();
  }

  /** Up to {@code maxLines} lines that fit the width; the last is cut short with an ellipsis if need be. */
  private static List<String> wrap(PdfText font, float size, String text, float width, int maxLines)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String[] words = text.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String candidate = line.length() == 0 ? words[i] : line + " " + words[i];
      if (font.width(size, candidate) <= width || line.length() == 0) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (lines.size() == maxLines - 1) {
        line.append(' ').append(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
        break;
      }
      lines.add(fit(font, size, line.toString(), width));
      line.setLength(0);
      line.append(words[i]);
    }
    if (line.length() > 0) {
      lines.add(fit(font, size, line.toString(), width));
    }
    return lines;
  }

  private static String fit(PdfText font, float size, String text, float width) throws IOException {
    if (font.width(size, text) <= width) {
      return text;
    }
    String cut = text;
    while (!cut.isEmpty() && font.width(size, cut + "…") > width) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut.stripTrailing() + "…";
  }
}
