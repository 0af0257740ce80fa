package org.setsafe.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The investigation report as printed: the summary, the pinned evidence and its fingerprint, the physical evidence,
 * then each report section under its heading, long ones running on to further pages; names in any script print as
 * typed, and the same investigation prints the same bytes. A reader printing it in Spanish reads its own words in
 * Spanish, what was recorded as recorded, and the fingerprint of the English report the sign-offs are for.
 */
class ReportPdfTest {

  private static final Instant OPENED = Instant.parse("2026-12-05T17:42:00Z");
  private static final String BUNDLE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  @Test
  void theReportPrintsTheSummaryTheEvidenceAndEverySectionInOrder() throws Exception {
    String text = text(new ReportPdf().render(report(List.of(
        new ReportPdf.Section("Timeline", List.of(List.of("When", "What"),
            List.of("10:42", "The revolver fired in the actor's hand"))),
        new ReportPdf.Section("Statements", List.of(List.of("Who", "Statement")))))));

    assertThat(text).contains("INVESTIGATION REPORT").contains("Dust Devil Creek")
        .contains("Unintended discharge").contains("Critical").contains("Church set, by the well")
        .contains("Sat 5 Dec 2026 10:42 MST")
        .contains("Fired while being holstered after the rehearsal")
        .contains("Eli Navarro - Reporting - Performer")
        .contains("Checkpoint tree size: 214").contains(BUNDLE)
        .contains("Spent casing from chamber 3").contains("SFSO 2026-11873").contains("Deputy A. Ruiz")
        .contains("TIMELINE").contains("The revolver fired in the actor's hand")
        .contains("STATEMENTS").contains("Nothing is recorded yet.").contains("SIGN-OFF");
    assertThat(text.indexOf("TIMELINE")).isLessThan(text.indexOf("STATEMENTS"));
    assertThat(text.indexOf("PHYSICAL EVIDENCE")).isLessThan(text.indexOf("TIMELINE"));
  }

  @Test
  void withNoSectionsTheReportStillPrintsItsOwnParts() throws Exception {
    String text = text(new ReportPdf().render(report(List.of())));
    assertThat(text).contains("SUMMARY").contains("EVIDENCE PRESERVED").contains(BUNDLE).contains("SIGN-OFF");
  }

  @Test
  void aLongSectionWrapsAndRunsOnToFurtherPagesAndNonLatinNamesPrint() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("When", "Who", "What"));
    for (int i = 0; i < 120; i++) {
      rows.add(List.of("10:" + (10 + i % 50), i % 2 == 0 ? "Zhāng Wěi 张伟" : "Дмитрий Соколов",
          "Entry " + i + ": the armorer showed the cylinder clear to the actor and the 1st AD, and the camera "
              + "operator moved to the remote monitor, as the safety meeting agreed that morning at base camp."));
    }
    byte[] pdf = new ReportPdf().render(report(List.of(new ReportPdf.Section("Timeline", rows))));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(3);
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("张伟").contains("Дмитрий Соколов").contains("Entry 119:")
          .contains("TIMELINE (CONTINUED)").contains("Page 1 of " + document.getNumberOfPages())
          .doesNotContain("?");
    }
  }

  @Test
  void theSameInvestigationPrintsTheSameBytesAndAChangePrintsOthers() {
    ReportPdf printer = new ReportPdf();
    byte[] first = printer.render(report(List.of()));
    byte[] again = printer.render(report(List.of()));
    assertThat(EvidencePreservation.sha256(again)).isEqualTo(EvidencePreservation.sha256(first));
    byte[] changed = printer.render(report(List.of(new ReportPdf.Section("Root causes",
        List.of(List.of("Category", "Cause"), List.of("Procedure", "No show-clear before the rehearsal"))))));
    assertThat(EvidencePreservation.sha256(changed)).isNotEqualTo(EvidencePreservation.sha256(first));
  }

  @Test
  void aSpanishReaderPrintsTheReportsOwnWordsInSpanishAndTheRecordAsRecorded() throws Exception {
    ReportPdf.Contents report = report(List.of(new ReportPdf.Section("Timeline", List.of(List.of("When", "What"),
        List.of("10:42", "The revolver fired in the actor's hand"))), new ReportPdf.Section("Root causes",
        List.of(List.of("Root cause", "Category")))));
    ReportPdf printer = new ReportPdf(BUNDLES);

    byte[] spanish = printer.render(report, Locale.forLanguageTag("es"));
    String text = text(spanish).replaceAll("\\s+", " ");

    assertThat(text).contains("INFORME DE LA INVESTIGACIÓN", "RESUMEN", "Tipo: Disparo no intencional",
        "Gravedad: Crítica", "Dónde: Church set, by the well", "Cuándo: sáb 5 dic 2026 10:42 MST",
        "Qué pasó", "Fired while being holstered after the rehearsal", "PERSONAS INVOLUCRADAS",
        "Eli Navarro - Lo reportó - Actor o actriz", "Ray Chen (visiting driver) - Testigo", "EVIDENCIA PRESERVADA",
        "Tamaño del árbol del punto de control: 214", BUNDLE, "EVIDENCIA FÍSICA",
        "Cartucho: Spent casing from chamber 3 of the Colt", "Caso SFSO 2026-11873; registrada por Rosa Delgado",
        "confirmada por Deputy A. Ruiz", "CRONOLOGÍA", "Qué: The revolver fired in the actor's hand", "CAUSAS RAÍZ",
        "Todavía no hay nada registrado.", "FIRMAS", "Incidente 6f1c2a1e-4c7b-4d7a-9d7e-2b8f0a6c1d11 - horas en "
            + "America/Denver - copia para leer, no es el informe firmado", "COPIA PARA LEER", "Página 1 de");
    assertThat(text).doesNotContain("INVESTIGATION REPORT", "SUMMARY", "Severity", "People involved", "Sign-off",
        "TIMELINE", "logged by", "Unintended discharge", "Page 1 of");
    // What is signed is the English report: the copy names its SHA-256, and is not it.
    String signed = EvidencePreservation.sha256(new ReportPdf().render(report));
    assertThat(text).contains(signed);
    assertThat(EvidencePreservation.sha256(spanish)).isNotEqualTo(signed);
  }

  @Test
  void inEnglishOrALanguageWithoutWordsTheReaderGetsTheSignedReportItself() {
    ReportPdf.Contents report = report(List.of());
    String signed = EvidencePreservation.sha256(new ReportPdf().render(report));
    ReportPdf printer = new ReportPdf(BUNDLES);
    assertThat(EvidencePreservation.sha256(printer.render(report, Locale.ENGLISH))).isEqualTo(signed);
    assertThat(EvidencePreservation.sha256(printer.render(report, Locale.US))).isEqualTo(signed);
    assertThat(EvidencePreservation.sha256(printer.render(report, Locale.FRENCH))).isEqualTo(signed);
  }

  /** The bundles the application reads for these words: the shared one and the module's. */
  private static final MessageSource BUNDLES = bundles();

  private static MessageSource bundles() {
    ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    bundles.setBasenames("messages", "i18n/incident");
    bundles.setDefaultEncoding("UTF-8");
    bundles.setFallbackToSystemLocale(false);
    return bundles;
  }

  private static ReportPdf.Contents report(List<ReportPdf.Section> sections) {
    return new ReportPdf.Contents(UUID.fromString("6f1c2a1e-4c7b-4d7a-9d7e-2b8f0a6c1d11"), "Dust Devil Creek",
        ZoneId.of("America/Denver"), "Unintended discharge", "Critical", "Church set, by the well", OPENED,
        OPENED.plusSeconds(5), "SetSafe", "custody.accidental-discharge",
        "A weapon fired when nobody meant it to: Fired while being holstered after the rehearsal.",
        List.of(new ReportPdf.Person("Eli Navarro", "Reporting", "Performer"),
            new ReportPdf.Person("Ray Chen (visiting driver)", "Witness", null)),
        new ReportPdf.Pin(214, "mFq1Jw0rG3cOTqg5p2ZtD1hQb3kV9Yx8cL7sN4aE6uI=", BUNDLE, OPENED.plusSeconds(7)),
        List.of(new ReportPdf.Item("Round", "Spent casing from chamber 3 of the Colt", "SFSO 2026-11873",
            "Rosa Delgado", OPENED.plusSeconds(600), List.of(new ReportPdf.HandOverLine("Rosa Delgado",
                "Deputy A. Ruiz (Santa Fe County Sheriff's Office)", "SFSO 2026-11873", "Rosa Delgado",
                OPENED.plusSeconds(900), "Deputy A. Ruiz", OPENED.plusSeconds(4000))))),
        sections);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
