package org.setsafe.shared;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as a PDF's standard fonts can print it, for every sheet SetSafe prints (the call sheet, the tag sheet). The
 * standard fonts cover Western European text (WinAnsi); a name typed in another script must still print, so any
 * character the font cannot encode prints as "?" rather than failing the whole sheet.
 */
public final class PdfText {

  private PdfText() {}

  /** One line of text: line breaks and tabs become spaces, other control characters are dropped. */
  public static String printable(PDFont font, String text) {
    return printable(font, text, false);
  }

  /** Text in paragraphs: line breaks stay (as paragraph breaks), tabs become spaces, other controls are dropped. */
  public static String printableParagraphs(PDFont font, String text) {
    return printable(font, text, true);
  }

  /** How wide the text is set in this font and size, in points. */
  public static float width(PDFont font, float size, String text) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  private static String printable(PDFont font, String text, boolean keepLineBreaks) {
    StringBuilder out = new StringBuilder();
    (text == null ? "" : text).codePoints().forEach(cp -> {
      if (cp == '\n') {
        out.append(keepLineBreaks ? '\n' : ' ');
      } else if (cp == '\t') {
        out.append(' ');
      } else if (!Character.isISOControl(cp)) {
        String ch = new String(Character.toChars(cp));
        try {
          font.encode(ch);
          out.append(ch);
        } catch (IllegalArgumentException | IOException e) {
          out.append('?');
        }
      }
    });
    return out.toString();
  }
}
