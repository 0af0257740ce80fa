package org.setsafe.shared;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Text as every sheet SetSafe prints sets it (the call sheet, the tag sheets), in one weight of {@link PdfFonts}:
 * each character in the main font when it has it, else in the fallback fonts (Chinese, Japanese, Korean, and the
 * rare ideographs of Extension A), so a name in any script prints as typed. Only a character no font has prints as
 * "?", rather than failing the sheet.
 *
 * <p>The fallback fonts have no bold. On a bold line their characters are drawn filled and outlined in the same
 * ink (a synthetic bold), so a CJK name in a heading or an unacknowledged bulletin stands out as the Latin does.
 */
public final class PdfText {

  /** The outline's width as a share of the text size: thickens strokes about as much as DejaVu's bold does. */
  static final float SYNTHETIC_BOLD_STROKE = 0.03f;

  private final PDFont main;
  private final boolean bold;
  private final PdfFonts fonts;
  /** Per character: the font that draws it (null: none does; absent: not asked yet), and its width in font units. */
  private final Map<Integer, PDFont> chosen = new HashMap<>();
  private final Map<Integer, Float> widths = new HashMap<>();

  PdfText(PDFont main, boolean bold, PdfFonts fonts) {
    this.main = main;
    this.bold = bold;
    this.fonts = fonts;
  }

  /** One line of text: line breaks and tabs become spaces, other control characters are dropped. */
  public String printable(String text) {
    return printable(text, false);
  }

  /** Text in paragraphs: line breaks stay (as paragraph breaks), tabs become spaces, other controls are dropped. */
  public String printableParagraphs(String text) {
    return printable(text, true);
  }

  /** How wide the text is set at this size, in points. */
  public float width(float size, String text) throws IOException {
    // Line wrapping asks for many widths; PDFBox adds no kerning, so a text's width is the sum of its characters'.
    float units = 0;
    for (int cp : (text == null ? "" : text).codePoints().toArray()) {
      Float known = widths.get(cp);
      if (known == null) {
        PDFont font = fontFor(cp);
        String ch = font == null ? "?" : new String(Character.toChars(cp));
        known = (font == null ? main : font).getStringWidth(ch);
        widths.put(cp, known);
      }
      units += known;
    }
    return units / 1000 * size;
  }

  /**
   * Shows the text at the current position of a text object, switching to the fallback fonts where needed. A bold
   * line's fallback characters are outlined in the stroking colour, so a caller that colours text sets both the
   * stroking and the non-stroking colour; afterwards the line width is back at the PDF default of 1.
   */
  public void show(PDPageContentStream content, float size, String text) throws IOException {
    for (Run run : runs(text)) {
      boolean synthetic = bold && run.font() != main;
      if (synthetic) {
        content.setRenderingMode(RenderingMode.FILL_STROKE);
        content.setLineWidth(size * SYNTHETIC_BOLD_STROKE);
      }
      content.setFont(run.font(), size);
      content.showText(run.text());
      if (synthetic) {
        content.setRenderingMode(RenderingMode.FILL);
        content.setLineWidth(1);
      }
    }
  }

  /** A stretch of text set in one font. */
  record Run(PDFont font, String text) {}

  /** The text cut where the font changes; a character no font has becomes "?" in the main font. */
  List<Run> runs(String text) {
    List<Run> runs = new ArrayList<>();
    PDFont current = null;
    StringBuilder run = new StringBuilder();
    for (int cp : (text == null ? "" : text).codePoints().toArray()) {
      PDFont font = fontFor(cp);
      String ch = font == null ? "?" : new String(Character.toChars(cp));
      font = font == null ? main : font;
      if (font != current && run.length() > 0) {
        runs.add(new Run(current, run.toString()));
        run.setLength(0);
      }
      current = font;
      run.append(ch);
    }
    if (run.length() > 0) {
      runs.add(new Run(current, run.toString()));
    }
    return runs;
  }

  /** The first font that has a glyph for the character, or null when none has. */
  private PDFont fontFor(int codePoint) {
    if (chosen.containsKey(codePoint)) {
      return chosen.get(codePoint);
    }
    PDFont font = has(main, codePoint) ? main
        : has(fonts.fallback(), codePoint) ? fonts.fallback()
        : isExtensionA(codePoint) && has(fonts.extensionA(), codePoint) ? fonts.extensionA()
        : null;
    chosen.put(codePoint, font);
    return font;
  }

  /** CJK Unified Ideographs Extension A: rare characters, some of them in people's names. */
  private static boolean isExtensionA(int codePoint) {
    return codePoint >= 0x3400 && codePoint <= 0x4DBF;
  }

  private static boolean has(PDFont font, int codePoint) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  private String printable(String text, boolean keepLineBreaks) {
    StringBuilder out = new StringBuilder();
    (text == null ? "" : text).codePoints().forEach(cp -> {
      if (cp == '\n') {
        out.append(keepLineBreaks ? '\n' : ' ');
      } else if (cp == '\t') {
        out.append(' ');
      } else if (!Character.isISOControl(cp)) {
        out.append(fontFor(cp) == null ? "?" : new String(Character.toChars(cp)));
      }
    });
    return out.toString();
  }

  /**
   * The text cut into lines no wider than {@code width} at this size, each paragraph on lines of its own; a word
   * wider than the line (a long URL, a serial, a hash) is broken where it must be. Pass printable text.
   */
  public List<String> wrap(float size, String text, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : (text == null ? "" : text).split("\r?\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.strip().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (width(size, candidate) <= width) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        // A word wider than the line (a hash, a long name without spaces) is broken where it must be: between
        // code points, never inside a surrogate pair, and at least one character a line so it always ends.
        String rest = word;
        while (width(size, rest) > width) {
          int cut = rest.offsetByCodePoints(0, rest.codePointCount(0, rest.length()) - 1);
          while (cut > 1 && width(size, rest.substring(0, cut)) > width) {
            cut = rest.offsetByCodePoints(cut, -1);
          }
          cut = Math.max(cut, rest.offsetByCodePoints(0, 1));
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
      }
      if (line.length() > 0 || lines.isEmpty()) {
        lines.add(line.toString());
      }
    }
    return lines;
  }
}
