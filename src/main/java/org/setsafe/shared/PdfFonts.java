package org.setsafe.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF SetSafe prints, embedded in it as subsets (only the glyphs the sheet uses): DejaVu Sans,
 * regular and bold, for Latin with every accent, Greek and Cyrillic; Droid Sans Fallback for Chinese, Japanese and
 * Korean, loaded only when a sheet has such a character. A crew list is international, and a name printed as "?"
 * on a call sheet is a person nobody can find. The font files and their licences are in {@code resources/fonts}.
 *
 * <p>Made per document: PDFBox fonts belong to the document they are embedded in.
 */
public final class PdfFonts {

  private final PDDocument document;
  private final PdfText regular;
  private final PdfText bold;
  private PDFont fallback;

  private PdfFonts(PDDocument document) {
    this.document = document;
    this.regular = new PdfText(load(document, FontFiles.REGULAR), this);
    this.bold = new PdfText(load(document, FontFiles.BOLD), this);
  }

  /** Embeds the sheet's fonts in this document. */
  public static PdfFonts embeddedIn(PDDocument document) {
    return new PdfFonts(document);
  }

  public PdfText regular() {
    return regular;
  }

  public PdfText bold() {
    return bold;
  }

  /** The font for what the main fonts lack (CJK), embedded the first time a sheet needs it; one for both weights. */
  PDFont fallback() {
    if (fallback == null) {
      fallback = load(document, FallbackFile.BYTES);
    }
    return fallback;
  }

  private static PDFont load(PDDocument document, byte[] file) {
    try {
      return PDType0Font.load(document, new ByteArrayInputStream(file), true);
    } catch (IOException e) {
      throw new UncheckedIOException("could not embed a font in the PDF", e);
    }
  }

  /** The fallback font, 4 MB, read from the classpath only when a sheet first needs it. */
  private static final class FallbackFile {

    static final byte[] BYTES = FontFiles.read("DroidSansFallback.ttf");
  }

  /** The main font files, read from the classpath once, when the first sheet is printed. */
  private static final class FontFiles {

    static final byte[] REGULAR = read("DejaVuSans.ttf");
    static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

    static byte[] read(String name) {
      try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
        if (in == null) {
          throw new IllegalStateException("font /fonts/" + name + " is missing from the application");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("could not read font " + name, e);
      }
    }
  }
}
