package org.setsafe.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.shared.SubjectNames;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A lot or a scene named in a sentence on the ledger's page is named in the reader's words, with Spanish's article
 * contracted after "de" and "a"; the record's sentence (the timeline, its CSV, the signed report) keeps the English
 * name.
 */
class LedgerSentencesNameSubjectsInTheReadersWordsTest {

  private static final UUID PRODUCTION = UUID.randomUUID();
  private static final UUID ROSA = UUID.randomUUID();
  private static final UUID LOT = UUID.randomUUID();
  private static final UUID SCENE = UUID.randomUUID();

  private final LedgerSentences sentences = new LedgerSentences(accounts(), List.of(new Names()), bundles());

  @AfterEach
  void forgetTheReader() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void aSpanishReaderReadsTheLotAndTheSceneInHerWordsAndTheRecordKeepsTheEnglish() {
    EntryView registered = entry("custody.lot-registered", "{\"lotId\":\"" + LOT + "\"}");
    EntryView returned = entry("custody.rounds-returned-to-supplier",
        "{\"lotId\":\"" + LOT + "\",\"count\":12}");
    EntryView held = entry("custody.scene-held-for-incident", "{\"sceneId\":\"" + SCENE + "\"}");

    LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
    assertThat(sentences.sentenceOnPage(PRODUCTION, registered))
        .isEqualTo("Rosa Delgado registró el lote de dummies calibre .45 Colt de Desert Prop Ammunition.");
    assertThat(sentences.sentenceOnPage(PRODUCTION, returned))
        .contains("12 cartuchos del lote de dummies calibre .45 Colt de Desert Prop Ammunition")
        .doesNotContain("de el ");
    assertThat(sentences.sentenceOnPage(PRODUCTION, held)).contains("la escena 31").doesNotContain("scene 31");

    assertThat(sentences.sentence(PRODUCTION, registered))
        .isEqualTo("Rosa Delgado registered the lot of .45 Colt dummies from Desert Prop Ammunition.");
    assertThat(sentences.sentence(PRODUCTION, held)).contains("scene 31");
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(sentences.sentenceOnPage(PRODUCTION, registered)).isEqualTo(sentences.sentence(PRODUCTION, registered));
  }

  @Test
  void anInvestigatorsNoteNamesItsHashInTheRecordAndOnThePage() {
    String sha = "9f".repeat(32);
    EntryView note = entry("incident.note-added", "{\"textSha256\":\"" + sha + "\"}");
    assertThat(sentences.sentence(PRODUCTION, note))
        .isEqualTo("Rosa Delgado added an investigator's note to an incident (SHA-256 " + sha + ").");
    LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
    assertThat(sentences.sentenceOnPage(PRODUCTION, note)).contains("(SHA-256 " + sha + ")").doesNotContain("{");
  }

  /** Names as the custody and production modules give them: English for the record, the reader's for a page. */
  private static final class Names implements SubjectNames {
    @Override
    public Optional<String> name(UUID productionId, String type, UUID id) {
      return name(productionId, type, id, Locale.ENGLISH);
    }

    @Override
    public Optional<String> name(UUID productionId, String type, UUID id, Locale reader) {
      boolean spanish = "es".equals(reader.getLanguage());
      if (type.equals("lot") && id.equals(LOT)) {
        return Optional.of(spanish ? "el lote de dummies calibre .45 Colt de Desert Prop Ammunition"
            : "the lot of .45 Colt dummies from Desert Prop Ammunition");
      }
      return type.equals("scene") && id.equals(SCENE) ? Optional.of(spanish ? "la escena 31" : "scene 31")
          : Optional.empty();
    }
  }

  private static EntryView entry(String kind, String fact) {
    String leaf = "{\"log\":\"setsafe/production/" + PRODUCTION + "\",\"index\":7,\"kind\":\"" + kind + "\",\"fact\":"
        + fact + "}";
    return new EntryView(7, UUID.randomUUID(), kind, Instant.EPOCH, Instant.EPOCH, ROSA, "", leaf, false);
  }

  private static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    bundles.setBasenames("messages", "i18n/ledger");
    bundles.setDefaultEncoding("UTF-8");
    bundles.setFallbackToSystemLocale(false);
    return bundles;
  }

  private static Accounts accounts() {
    Accounts accounts = mock(Accounts.class);
    when(accounts.findById(any())).thenReturn(Optional.empty());
    when(accounts.findById(ROSA)).thenReturn(Optional.of(
        new Account(ROSA, "rosa.delgado", "Rosa Delgado", null, null, true, false, null)));
    return accounts;
  }
}
