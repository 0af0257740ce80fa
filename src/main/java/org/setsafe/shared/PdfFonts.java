package org.setsafe.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF SetSafe prints, embedded in it as subsets (only the glyphs the sheet uses): DejaVu Sans,
 * regular and bold, for Latin with every accent, Greek and Cyrillic; Droid Sans Fallback for Chinese, Japanese and
 * Korean, and the rare ideographs of CJK Extension A from Droid Sans Fallback Full, each loaded only when a sheet
 * has such a character. A crew list is international, and a name printed as "?" on a call sheet is a person nobody
 * can find. The font files and their licences are in {@code resources/fonts}.
 *
 * <p>Each font file is parsed once per process (parsing the 3.4 MB fallback took most of a sheet's print time).
 * PDFBox's parsed {@link TrueTypeFont} is not safe to share between threads: it reads its tables lazily by seeking
 * one shared stream, under different locks or none, and the subsetter reads the same stream when the document is
 * saved. So sheets are printed one at a time, through {@link #print}, from embedding the fonts to saving the PDF.
 */
public final class PdfFonts {

  /** Held while a sheet embeds, sets or subsets the shared parsed fonts. */
  private static final ReentrantLock PRINTING = new ReentrantLock();

  private final PDDocument document;
  private final PdfText regular;
  private final PdfText bold;
  private PDFont fallback;
  private PDFont extensionA;

  private PdfFonts(PDDocument document) {
    this.document = document;
    this.regular = new PdfText(embed(document, Parsed.REGULAR), false, this);
    this.bold = new PdfText(embed(document, Parsed.BOLD), true, this);
  }

  /** What a sheet draws on its document, with the fonts embedded in it. */
  @FunctionalInterface
  public interface Sheet {
    void draw(PDDocument document, PdfFonts fonts) throws IOException;
  }

  /** Draws the sheet on a new document with these fonts embedded, and returns it saved as a PDF. */
  public static byte[] print(Sheet sheet) throws IOException {
    PRINTING.lock();
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      sheet.draw(document, new PdfFonts(document));
      // Saving subsets the fonts, reading the shared parsed files: still under the lock.
      document.save(bytes);
      return bytes.toByteArray();
    } finally {
      PRINTING.unlock();
    }
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
      fallback = embed(document, FallbackFile.PARSED);
    }
    return fallback;
  }

  /** The font for the rare ideographs of CJK Extension A (U+3400-U+4DB5), which the fallback lacks. */
  PDFont extensionA() {
    if (extensionA == null) {
      extensionA = embed(document, ExtensionAFile.PARSED);
    }
    return extensionA;
  }

  private static PDFont embed(PDDocument document, TrueTypeFont font) {
    try {
      // The parsed font stays open: it is shared by every sheet this process prints.
      return PDType0Font.load(document, font, true);
    } catch (IOException e) {
      throw new UncheckedIOException("could not embed a font in the PDF", e);
    }
  }

  /** The fallback font, 3.4 MB, parsed only when a sheet first needs it. */
  private static final class FallbackFile {

    static final TrueTypeFont PARSED = Parsed.parse("DroidSansFallback.ttf");
  }

  /** The Extension A font, 1.1 MB, parsed only when a sheet first needs it. */
  private static final class ExtensionAFile {

    static final TrueTypeFont PARSED = Parsed.parse("DroidSansFallbackFull-ExtA.ttf");
  }

  /** The main font files, read from the classpath and parsed once, when the first sheet is printed. */
  private static final class Parsed {

    static final TrueTypeFont REGULAR = parse("DejaVuSans.ttf");
    static final TrueTypeFont BOLD = parse("DejaVuSans-Bold.ttf");

    static TrueTypeFont parse(String name) {
      try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
        if (in == null) {
          throw new IllegalStateException("font /fonts/" + name + " is missing from the application");
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("could not read font " + name, e);
      }
    }
  }
}
