package org.setsafe.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.shared.SubjectNames;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The ledger's pages say each fact in the reader's words: every sentence has its Spanish, with the same fields, and its
 * English word for word the record's. The sentence the timeline, its CSV and the signed report print stays the
 * record's English whoever reads.
 */
class LedgerSentencesInTheReadersWordsTest {

  private static final Pattern FIELD = Pattern.compile("\\{[a-z]+(?::[A-Za-z][A-Za-z0-9]*)?\\}");
  private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private static final UUID PRODUCTION = UUID.randomUUID();
  private static final UUID ROSA = UUID.randomUUID();
  private static final UUID ELI = UUID.randomUUID();
  private static final UUID DANA = UUID.randomUUID();
  private static final UUID COLT = UUID.randomUUID();
  private static final UUID LOT = UUID.randomUUID();
  private static final UUID SCENE = UUID.randomUUID();

  private final LedgerSentences sentences = new LedgerSentences(accounts(), List.of(names()), bundles());

  @AfterEach
  void forgetTheReader() {
    LocaleContextHolder.resetLocaleContext();
  }

  static Stream<String> kinds() {
    return LedgerSentences.englishSentences().keySet().stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void everySentenceHasItsSpanishWithTheSameFieldsAndItsEnglishWordForWordTheRecords(String kind)
      throws IOException {
    String record = LedgerSentences.englishSentences().get(kind);
    String english = bundle("i18n/ledger.properties").getProperty("ledger.sentence." + kind);
    String spanish = bundle("i18n/ledger_es.properties").getProperty("ledger.sentence." + kind);
    assertThat(english).as("English of " + kind).isEqualTo(record);
    assertThat(spanish).as("Spanish of " + kind).isNotBlank().isNotEqualTo(record);
    assertThat(fields(spanish)).as("fields of " + kind).isEqualTo(fields(record));
    assertThat(optionalParts(spanish)).as("parts left out when empty, in " + kind).isEqualTo(optionalParts(record));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void everyFactReadsInSpanishOnThePageInEnglishToAnEnglishReaderAndAsRecordedForTheTimeline(String kind) {
    EntryView entry = entry(kind, ROSA, everyField(kind));
    String recorded = sentences.sentence(PRODUCTION, entry);

    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(sentences.sentenceOnPage(PRODUCTION, entry)).isEqualTo(recorded);

    LocaleContextHolder.setLocale(SPANISH);
    String onPage = sentences.sentenceOnPage(PRODUCTION, entry);
    assertThat(onPage).isNotEqualTo(recorded).doesNotContain("[", "]").endsWith(".");
    // Every field the record's sentence fills, the reader's fills too (a brace left is one the record leaves as well).
    assertThat(braces(onPage)).isEqualTo(braces(recorded));
    assertThat(sentences.sentence(PRODUCTION, entry)).as("the timeline's sentence").isEqualTo(recorded);
  }

  @Test
  void aSpanishReaderReadsTheCrewsWordsWithTheRecordsNames() {
    LocaleContextHolder.setLocale(SPANISH);
    assertThat(onPage("custody.weapon-registered", ROSA, "{\"weaponId\":\"" + COLT + "\"}"))
        .isEqualTo("Rosa Delgado registró Colt Single Action Army #SA73-4471 en el registro de armas.");
    assertThat(onPage("production.member-added", null, "{\"userId\":\"" + DANA + "\"}"))
        .isEqualTo("SetSafe agregó a Dana Whitcombe al equipo.");
    assertThat(onPage("custody.weapon-issued", ROSA, "{\"weaponId\":\"" + COLT + "\",\"performerId\":\"" + ELI
        + "\",\"sceneId\":null}"))
        .isEqualTo("Rosa Delgado entregó Colt Single Action Army #SA73-4471 a Eli Navarro.");
  }

  @Test
  void setSafesOwnWordsInASentenceAreTheReadersToo() {
    LocaleContextHolder.setLocale(SPANISH);
    assertThat(onPage("custody.shown-clear", ROSA, "{\"weaponId\":\"" + COLT + "\",\"witnesses\":[\"" + ELI + "\",\""
        + DANA + "\"]}"))
        .isEqualTo("Rosa Delgado mostró vacía Colt Single Action Army #SA73-4471 a Eli Navarro y Dana Whitcombe.");
    assertThat(onPage("reporting.hazard-reported", null, "{\"title\":\"Cartuchos sueltos en el carro\"}"))
        .isEqualTo("Alguien que no dio su nombre reportó un peligro: “Cartuchos sueltos en el carro”.");
    assertThat(onPage("custody.lot-registered", ROSA, "{\"lotId\":\"" + UUID.randomUUID() + "\"}"))
        .isEqualTo("Rosa Delgado registró un lote que ya no está en el registro.");
    // The record keeps its English for the same facts.
    assertThat(sentences.sentence(PRODUCTION, entry("reporting.hazard-reported", null, "{\"title\":\"x\"}")))
        .isEqualTo("Someone not named reported a hazard: “x”.");
  }

  private String onPage(String kind, UUID actor, String fact) {
    return sentences.sentenceOnPage(PRODUCTION, entry(kind, actor, fact));
  }

  /** A fact with every field the kind's sentence names, so that no part of it is left out. */
  private static String everyField(String kind) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode fact = json.createObjectNode();
    Matcher field = Pattern.compile("\\{([a-z]+):([A-Za-z][A-Za-z0-9]*)\\}").matcher(LedgerSentences.englishSentences().get(kind));
    while (field.find()) {
      String name = field.group(2);
      switch (field.group(1)) {
        case "user" -> fact.put(name, DANA.toString());
        case "users" -> fact.putArray(name).add(ELI.toString()).add(DANA.toString());
        case "weapon" -> fact.put(name, COLT.toString());
        case "lot" -> fact.put(name, LOT.toString());
        case "scene" -> fact.put(name, SCENE.toString());
        case "text" -> fact.put(name, "Smoke in the stables.");
        default -> fact.put(name, "7");
      }
    }
    return fact.toString();
  }

  private static EntryView entry(String kind, UUID actor, String fact) {
    String leaf = "{\"log\":\"setsafe/production/" + PRODUCTION + "\",\"index\":7,\"kind\":\"" + kind + "\",\"fact\":"
        + fact + "}";
    return new EntryView(7, UUID.randomUUID(), kind, Instant.EPOCH, Instant.EPOCH, actor, "", leaf, false);
  }

  private static long braces(String sentence) {
    return sentence.chars().filter(c -> c == '{').count();
  }

  private static List<String> fields(String sentence) {
    List<String> found = new ArrayList<>();
    Matcher m = FIELD.matcher(sentence);
    while (m.find()) {
      found.add(m.group());
    }
    return found.stream().sorted().toList();
  }

  /** Each part in square brackets as the fields in it: the Spanish may put the parts in another order. */
  private static List<String> optionalParts(String sentence) {
    List<String> parts = new ArrayList<>();
    Matcher m = OPTIONAL.matcher(sentence);
    while (m.find()) {
      parts.add(String.join(" ", fields(m.group(1))));
    }
    return parts.stream().sorted().toList();
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = LedgerSentencesInTheReadersWordsTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
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
    when(accounts.findById(ROSA)).thenReturn(Optional.of(person(ROSA, "Rosa Delgado")));
    when(accounts.findById(ELI)).thenReturn(Optional.of(person(ELI, "Eli Navarro")));
    when(accounts.findById(DANA)).thenReturn(Optional.of(person(DANA, "Dana Whitcombe")));
    return accounts;
  }

  private static Account person(UUID id, String name) {
    return new Account(id, name.toLowerCase().replace(' ', '.'), name, null, null, true, false, null);
  }

  private static SubjectNames names() {
    return (production, type, id) -> {
      if (type.equals("weapon") && id.equals(COLT)) {
        return Optional.of("Colt Single Action Army #SA73-4471");
      }
      if (type.equals("lot") && id.equals(LOT)) {
        return Optional.of("lot L-42");
      }
      return type.equals("scene") && id.equals(SCENE) ? Optional.of("scene 31") : Optional.empty();
    };
  }
}
