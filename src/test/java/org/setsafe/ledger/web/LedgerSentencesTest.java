package org.setsafe.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.shared.SubjectNames;
import org.springframework.context.support.StaticMessageSource;

/** Ledger entries read back as sentences, with the names looked up through each module's names. */
class LedgerSentencesTest {

  private static final UUID PRODUCTION = UUID.randomUUID();
  private static final UUID ROSA = UUID.randomUUID();
  private static final UUID ELI = UUID.randomUUID();
  private static final UUID DANA = UUID.randomUUID();
  private static final UUID COLT = UUID.randomUUID();
  private static final UUID SCENE = UUID.randomUUID();

  private final LedgerSentences sentences = new LedgerSentences(accounts(), List.of(weapons(), scenes()), messages());

  @Test
  void anIssueReadsWhoGaveWhichWeaponToWhomForWhichScene() {
    assertThat(said("custody.weapon-issued", ROSA, "{\"weaponId\":\"" + COLT + "\",\"performerId\":\"" + ELI
        + "\",\"sceneId\":\"" + SCENE + "\"}"))
        .isEqualTo("Rosa Delgado issued Colt Single Action Army #B12 to Eli Navarro for scene 31.");
  }

  @Test
  void aPartWhoseFieldIsEmptyIsLeftOutNotPrintedAsNull() {
    assertThat(said("custody.weapon-issued", ROSA, "{\"weaponId\":\"" + COLT + "\",\"performerId\":\"" + ELI
        + "\",\"sceneId\":null}"))
        .isEqualTo("Rosa Delgado issued Colt Single Action Army #B12 to Eli Navarro.");
    assertThat(said("reporting.stop-work-called", DANA, "{\"sceneId\":null,\"reason\":\"Smoke in the stables.\"}"))
        .isEqualTo("Dana Whitfield stopped work: “Smoke in the stables”.");
  }

  @Test
  void witnessesAreListedAsPeopleSayThem() {
    assertThat(said("custody.shown-clear", ROSA, "{\"weaponId\":\"" + COLT + "\",\"witnesses\":[\"" + ELI + "\",\""
        + DANA + "\"]}"))
        .isEqualTo("Rosa Delgado showed Colt Single Action Army #B12 clear to Eli Navarro and Dana Whitfield.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "reporting.hazard-reported|{\"title\":\"Loose rounds on the cart\"}|Someone not named reported a hazard: “Loose rounds on the cart”.",
      "custody.weapon-left-unattended|{\"weaponId\":\"WEAPON\",\"holderId\":null}|Colt Single Action Army #B12 was left unattended.",
      "custody.weapon-photographed|{\"weaponId\":\"gone\"}|SetSafe photographed a weapon no longer on record for its record.",
  })
  void factsWithoutSomeoneNamedStillReadAsSentences(String kind, String fact, String sentence) {
    assertThat(said(kind, null, fact.replace("WEAPON", COLT.toString()).replace("gone", UUID.randomUUID().toString())))
        .isEqualTo(sentence);
  }

  @Test
  void aKindWithoutASentenceOfItsOwnSaysWhoAndWhatInWords() {
    assertThat(said("training.certificate-recorded", ROSA, "{}")).isEqualTo("Rosa Delgado: certificate recorded.");
    assertThat(said("production.member-changed-department", ROSA, "{}"))
        .isEqualTo("Rosa Delgado: member changed department.");
  }

  @Test
  void anEntryShownWithoutItsSignedTextStillReadsWithoutItsFields() {
    EntryView coarse = new EntryView(3, UUID.randomUUID(), "reporting.hazard-reported", Instant.EPOCH, Instant.EPOCH,
        null, "nobody named", null, true);
    assertThat(sentences.sentence(PRODUCTION, coarse)).isEqualTo("Someone not named: a hazard reported.");
  }

  private String said(String kind, UUID actor, String fact) {
    String leaf = "{\"log\":\"setsafe/production/" + PRODUCTION + "\",\"index\":7,\"kind\":\"" + kind + "\",\"fact\":"
        + fact + "}";
    return sentences.sentence(PRODUCTION, new EntryView(7, UUID.randomUUID(), kind, Instant.EPOCH, Instant.EPOCH,
        actor, "", leaf, false));
  }

  private static Accounts accounts() {
    Accounts accounts = mock(Accounts.class);
    when(accounts.findById(any())).thenReturn(Optional.empty());
    when(accounts.findById(ROSA)).thenReturn(Optional.of(person(ROSA, "Rosa Delgado")));
    when(accounts.findById(ELI)).thenReturn(Optional.of(person(ELI, "Eli Navarro")));
    when(accounts.findById(DANA)).thenReturn(Optional.of(person(DANA, "Dana Whitfield")));
    return accounts;
  }

  private static Account person(UUID id, String name) {
    return new Account(id, name.toLowerCase().replace(' ', '.'), name, null, null, true, false, null);
  }

  private static SubjectNames weapons() {
    return (production, type, id) -> type.equals("weapon") && id.equals(COLT) && production.equals(PRODUCTION)
        ? Optional.of("Colt Single Action Army #B12") : Optional.empty();
  }

  private static SubjectNames scenes() {
    return (production, type, id) -> type.equals("scene") && id.equals(SCENE) ? Optional.of("scene 31")
        : Optional.empty();
  }

  private static StaticMessageSource messages() {
    StaticMessageSource messages = new StaticMessageSource();
    messages.addMessage("ledger.kind.reporting.hazard-reported", java.util.Locale.getDefault(), "A hazard reported");
    return messages;
  }
}
