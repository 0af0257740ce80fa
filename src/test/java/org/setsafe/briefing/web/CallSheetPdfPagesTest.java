package org.setsafe.briefing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.setsafe.briefing.CallSheet;
import org.setsafe.briefing.CallSheet.ContactLine;
import org.setsafe.briefing.CallSheet.SceneHazards;
import org.setsafe.briefing.CallSheet.WorkStopped;
import org.setsafe.briefing.Hospital;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * How the call sheet's safety section runs over pages: a section that goes on to the next page carries a
 * "(continued)" bar there only when some of it is left to print, and a stop-work in force heads page 1.
 */
class CallSheetPdfPagesTest {

  private static final Set<String> SECTIONS = Set.of("THE DAY", "HAZARDS BY SCENE", "REQUIRED MEETINGS",
      "SAFETY CONTACTS", "NEAREST HOSPITAL", "OPEN SAFETY CONCERNS", "SUPPORT", "BULLETIN ACKNOWLEDGMENTS");

  @Test
  void noPageCarriesASectionHeadingWithNothingUnderIt() throws IOException {
    int sectionsStartingAPage = 0;
    // Days of 10 to 50 scenes: somewhere among them a section ends right at the foot of a page.
    for (int scenes = 10; scenes <= 50; scenes++) {
      List<List<String>> pages = pages(inEnglish(aDay(scenes, List.of())));
      for (int p = 0; p < pages.size(); p++) {
        List<String> lines = pages.get(p);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          boolean heading = SECTIONS.contains(line) || line.endsWith("(CONTINUED)");
          if (!heading) {
            continue;
          }
          String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
          assertThat(SECTIONS.contains(next) || next.endsWith("(CONTINUED)") || next.startsWith("Prepared "))
              .as("%d scenes, page %d: heading \"%s\" is followed by \"%s\"", scenes, p + 1, line, next)
              .isFalse();
        }
        if (p > 0 && SECTIONS.contains(lines.get(1))) {
          sectionsStartingAPage++;
        }
      }
    }
    assertThat(sectionsStartingAPage).as("some section began on a fresh page, right after the last one ended")
        .isPositive();
  }

  @Test
  void aSectionThatRunsOnIsContinuedUnderItsBar() throws IOException {
    List<List<String>> pages = pages(inEnglish(aDay(40, List.of())));

    assertThat(pages).hasSizeGreaterThan(1);
    assertThat(pages.get(1).get(1)).isEqualTo("HAZARDS BY SCENE (CONTINUED)");
    assertThat(pages.get(1).get(2)).startsWith("Sc. ");
  }

  @Test
  void aStopWorkInForceHeadsThePageBeforeTheDay() throws IOException {
    WorkStopped stop = new WorkStopped("Sc. 12", false, "Анна Иванова", LocalDateTime.of(2026, 12, 7, 14, 5),
        "Live round found among the dummies");
    WorkStopped everything = new WorkStopped("the whole production", true, "王小明",
        LocalDateTime.of(2026, 12, 7, 14, 20), "Unattended prop cart at lunch");

    List<String> first = pages(inEnglish(aDay(3, List.of(stop, everything)))).get(0);
    String page = String.join(" ", first);

    assertThat(page).contains("WORK STOPPED: SC. 12 Called by Анна Иванова, Mon 7 Dec 14:05 "
        + "Why: Live round found among the dummies "
        + "No firearm is issued, loaded or shown clear for this scene until the safety advisor resumes work.");
    assertThat(page).contains("WORK STOPPED: THE WHOLE PRODUCTION Called by 王小明, Mon 7 Dec 14:20 "
        + "Why: Unattended prop cart at lunch "
        + "No firearm is issued, loaded or shown clear on this production until the safety advisor resumes work.");
    assertThat(first.indexOf("WORK STOPPED: SC. 12")).as("right under the header band").isEqualTo(3)
        .isLessThan(first.indexOf("THE DAY"));
  }

  @Test
  void aDayWithoutAStopWorkSaysNothingOfOne() throws IOException {
    assertThat(String.join("\n", pages(inEnglish(aDay(3, List.of())))
        .get(0))).doesNotContain("WORK STOPPED");
  }

  @Test
  void namesInEveryScriptReadBackFromTheSheetAsTyped() throws IOException {
    String production = "Ζωή Κ. – Анна – Zoë Łukasiewicz – 山田太郎 – 刘䶮";
    WorkStopped stop = new WorkStopped("Sc. 4", false, "Ελένη Παπαδοπούλου", LocalDateTime.of(2026, 12, 7, 9, 0),
        "刘䶮 saw a live round among the dummies");

    String text = String.join("\n", pages(inEnglish(aDay(production, 3, List.of(stop)))).get(0));

    assertThat(text).contains(production).contains("Called by Ελένη Παπαδοπούλου")
        .contains("Why: 刘䶮 saw a live round among the dummies").doesNotContain("?");
  }

  @Test
  void twoSheetsPrintedAtOnceAreEachWholeAndTheirOwn() throws Exception {
    List<String> productions = List.of("Западный рубеж 刘䶮", "Ο Δυτικός 山田太郎");
    ExecutorService printers = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<byte[]>> sheets = new ArrayList<>();
        for (String production : productions) {
          sheets.add(printers.submit(() -> {
            together.await();
            return inEnglish(aDay(production, 12, List.of()));
          }));
        }
        for (int i = 0; i < productions.size(); i++) {
          List<List<String>> pages = pages(sheets.get(i).get(30, TimeUnit.SECONDS));
          String other = productions.get(1 - i);
          assertThat(pages.get(0)).as("round %d, sheet %d", round, i).contains(productions.get(i));
          assertThat(String.join("\n", pages.get(0))).contains("HAZARDS BY SCENE", "Sc. 12")
              .doesNotContain(other);
        }
      }
    } finally {
      printers.shutdownNow();
    }
  }

  @Test
  void aSpanishReaderPrintsTheSheetsOwnWordsInSpanishAndTheCrewsAsTyped() throws IOException {
    WorkStopped stop = new WorkStopped("Sc. 4", false, "Elena Papadopoulou", LocalDateTime.of(2026, 12, 7, 9, 0),
        "Loose rounds on the cart");

    List<List<String>> pages = pages(new CallSheetPdf(BUNDLES).render(aDay("Sierra Roja", 3, List.of(stop)),
        Locale.forLanguageTag("es")));
    String text = String.join("\n", pages.stream().flatMap(List::stream).toList());

    assertThat(text).contains("HOJA DE LLAMADO - SECCIÓN DE SEGURIDAD", "EL DÍA", "PELIGROS POR ESCENA",
        "JUNTAS OBLIGATORIAS", "CONTACTOS DE SEGURIDAD", "HOSPITAL MÁS CERCANO", "PROBLEMAS DE SEGURIDAD ABIERTOS",
        "APOYO", "CONFIRMACIONES DE BOLETINES", "lunes 7 de diciembre de 2026", "Llamado 06:30",
        "TRABAJO PARADO: SC. 4", "Lo paró Elena Papadopoulou", "Por qué: Loose rounds on the cart",
        "Esc. 1", "ARMAS DE FUEGO", "Contacto de cumplimiento (SB 132): José Núñez", "Apoyo psicológico: Crew Care Line",
        "Asesor de seguridad: Ελένη Παπαδοπούλου", "a unos 22 minutos de Cerrillos Hills", "Sierra Roja");
    assertThat(text).doesNotContain("THE DAY", "HAZARDS BY SCENE", "Called by", "Why:", "FIREARMS",
        "Nearest hospital", "Safety advisor", "Prepared ");
  }

  /** The sheet as an English reader prints it, its words read from the bundles the application reads. */
  private static byte[] inEnglish(CallSheet sheet) {
    return new CallSheetPdf(BUNDLES).render(sheet, Locale.ENGLISH);
  }

  private static final MessageSource BUNDLES = bundles();

  private static MessageSource bundles() {
    ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    bundles.setBasenames("messages", "i18n/briefing");
    bundles.setDefaultEncoding("UTF-8");
    bundles.setFallbackToSystemLocale(false);
    return bundles;
  }

  private static CallSheet aDay(int scenes, List<WorkStopped> stops) {
    return aDay("Western", scenes, stops);
  }

  private static CallSheet aDay(String production, int scenes, List<WorkStopped> stops) {
    List<SceneHazards> scenery = IntStream.rangeClosed(1, scenes).mapToObj(n -> new SceneHazards(UUID.randomUUID(),
        String.valueOf(n), "Ridge line, riders cross the wash and take cover behind the rocks.",
        List.of("Firearms"), true, List.of())).toList();
    List<String> meetings = IntStream.rangeClosed(1, scenes)
        .mapToObj(n -> "Sc. " + n + ": " + CallSheet.FIREARMS_MEETING).toList();
    List<ContactLine> contacts = List.of(
        new ContactLine("Safety advisor", "Ελένη Παπαδοπούλου", null, "On set; may halt production"),
        new ContactLine("Compliance contact (SB 132)", "José Núñez", "+1 505 555 0111", "24/7"),
        new ContactLine("Set medic", "Zoë Łukasiewicz", "+1 505 555 0122", "On set from call to wrap"));
    return new CallSheet(UUID.randomUUID(), production, UUID.randomUUID(), LocalDate.of(2026, 12, 7),
        LocalTime.of(6, 30), "Cerrillos Hills", LocalTime.of(12, 30), LocalTime.of(19, 0), scenery, List.of(),
        meetings, contacts, new Hospital("Christus St. Vincent", "455 St Michael's Dr, Santa Fe", "+1 505 555 0100",
            null, 22), List.of(), List.of(new ContactLine("Counselling", "Crew Care Line", "+1 800 555 0133", null)), null,
        null, Instant.parse("2026-12-06T16:00:00Z"), "America/Denver", stops);
  }

  /** Each page's lines, top to bottom, blank lines dropped. */
  private static List<List<String>> pages(byte[] pdf) throws IOException {
    List<List<String>> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(Arrays.stream(stripper.getText(document).split("\\R")).map(String::strip)
            .filter(l -> !l.isEmpty()).toList());
      }
    }
    return pages;
  }
}
