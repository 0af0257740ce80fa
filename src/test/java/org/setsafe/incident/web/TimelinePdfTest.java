package org.setsafe.incident.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.setsafe.incident.IncidentKind;
import org.setsafe.incident.Timeline;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The incident's timeline as printed, in the reader's language: its own words (headings, the filters, what was
 * added later, the checkpoints, the page count) in theirs; each line's kind, who, what and proof as recorded.
 */
class TimelinePdfTest {

  private static final Instant AT = Instant.parse("2026-12-05T17:42:00Z");
  private static final UUID ELI = UUID.fromString("0b7f3c3e-9a51-4e0e-8f7a-3c1d2e4f5a6b");

  @Test
  void inEnglishTheTimelineSaysWhatEachLineIsAndWhereItsProofLeads() throws Exception {
    String text = text(new TimelinePdf(BUNDLES).print(timeline(new Timeline.Filters(null, null, null)),
        Locale.ENGLISH));
    assertThat(text).contains("INCIDENT TIMELINE", "Unintended discharge at Church set, Sat 5 Dec 2026 10:42 MST",
        "Filters: none. Times in America/Denver.", "Sat 5 Dec 2026 10:42 MST · Weapon issued · Rosa Delgado",
        "Proof: entry 7 in checkpoint of 214 (pinned), leaf abcd", "ADDED LATER Sat 5 Dec 2026 10:42 MST",
        "Added Sat 5 Dec 2026 10:43 MST by Sam Haddad", "SIGNED CHECKPOINTS",
        "Checkpoint of 214 entries (pinned when the incident opened)", "Checkpoint of 1300 entries (latest)",
        "Page 1 of 1").doesNotContain("copy to read");
  }

  @Test
  void aSpanishReaderPrintsTheTimelinesOwnWordsInSpanishAndTheRecordAsRecorded() throws Exception {
    String text = text(new TimelinePdf(BUNDLES).print(timeline(new Timeline.Filters(ELI, null, "Weapon issued")),
        Locale.forLanguageTag("es")));
    assertThat(text).contains("CRONOLOGÍA DEL INCIDENTE", "Disparo no intencional en Church set, sáb 5 dic 2026",
        "Filtros: persona " + ELI + ", tipo Weapon issued. Horas en America/Denver.",
        "· Weapon issued · Rosa Delgado", "Colt SAA handed to Eli Navarro",
        "Prueba: entry 7 in checkpoint of 214 (pinned), leaf abcd", "AGREGADO DESPUÉS sáb 5 dic 2026 10:42 MST",
        "Agregado sáb 5 dic 2026 10:43 MST por Sam Haddad", "PUNTOS DE CONTROL FIRMADOS",
        "Punto de control de 214 entradas (fijado cuando se abrió el incidente)",
        "Punto de control de 1300 entradas (el más reciente)", "Página 1 de 1", "Copia para leer, en tu idioma");
    assertThat(text).doesNotContain("INCIDENT TIMELINE", "Filters", "ADDED LATER", "Proof:", "Checkpoint of",
        "Page 1");
  }

  private static Timeline.TimelineView timeline(Timeline.Filters filters) {
    return new Timeline.TimelineView(UUID.fromString("6f1c2a1e-4c7b-4d7a-9d7e-2b8f0a6c1d11"), UUID.randomUUID(),
        "Dust Devil Creek", "America/Denver", IncidentKind.UNINTENDED_DISCHARGE, "Church set", AT, filters, true,
        List.of(new Timeline.CheckpointView(214, true, "setsafe.example/ledger 214"),
            new Timeline.CheckpointView(1300, false, "setsafe.example/ledger 1300")),
        List.of(new Timeline.Line(7L, AT, AT, "Weapon issued", "custody.weapon-issued", "Rosa Delgado",
                "Colt SAA handed to Eli Navarro", false, null, null, null, false, "leaf",
                new Timeline.Proof(214, true, "abcd", List.of())),
            new Timeline.Line(null, AT, AT, "Investigator's note", null, "Sam Haddad", "The cart was unattended",
                true, AT.plusSeconds(60), "Sam Haddad", UUID.randomUUID(), false, null, null)));
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

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
