package org.setsafe.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.setsafe.identity.Accounts;
import org.springframework.context.support.StaticMessageSource;

/**
 * Every kind of fact the code records reads on the ledger page as a sentence of its own and carries a label, so a new
 * kind cannot reach the crew as "SetSafe: osha summary certified". The kinds are read from the sources, since a
 * fact's kind is a constant in its record. No kind is excused: the older kinds read as the timeline and the signed
 * report have always printed them, who and then the kind in words.
 */
class EveryKindHasWordsTest {

  private static final Pattern KIND = Pattern.compile("String kind\\(\\)\\s*\\{\\s*return \"([a-z]+\\.[a-z-]+)\";");
  private static final Pattern ANY_KIND = Pattern.compile("String kind\\(\\)\\s*\\{");

  @Test
  void everyKindRecordedHasASentenceAndALabel() throws IOException {
    Properties labels = labels();
    Set<String> short_ = kinds().stream()
        .filter(k -> !LedgerSentences.hasSentence(k) || labels.getProperty("ledger.kind." + k) == null)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(short_).as("kinds of fact without a sentence in LedgerSentences or a ledger.kind label").isEmpty();
  }

  @Test
  void theKindsOfEveryModuleAreFound() throws IOException {
    assertThat(kinds()).contains("incident.statement-given", "incident.root-cause-recorded",
        "incident.report-signed-off", "incident.investigator-read", "incident.support-offered",
        "osha.summary-certified", "reporting.injury-reported", "custody.scene-held-for-incident",
        "briefing.safety-meeting-held", "custody.second-role-authorised", "escalation.report-escalated",
        "identity.password-reset", "ledger.checkpoint-refused", "notify.delivery-failed",
        "operations.safety-fact-stuck", "protocol.weapon-plan-signed", "staffing.rest-short",
        "training.qualification-refused");
  }

  /**
   * A kind said as "who: what" says what its label says, as the timeline printed it before it had a sentence: the
   * label lowercased. The signed report prints these sentences and its SHA-256 is signed, so the two stay in step.
   */
  @Test
  void aKindSaidAsWhoAndWhatSaysItsLabelAsTheTimelineAlwaysPrintedIt() throws IOException {
    Properties labels = labels();
    Map<String, String> whoAndWhat = new TreeMap<>();
    LedgerSentences.englishSentences().forEach((kind, sentence) -> {
      if (sentence.startsWith("{actor}: ")) {
        whoAndWhat.put(kind, sentence.substring("{actor}: ".length()));
      }
    });
    assertThat(whoAndWhat).hasSizeGreaterThanOrEqualTo(56);
    whoAndWhat.forEach((kind, what) -> assertThat(what).as(kind)
        .isEqualTo(labels.getProperty("ledger.kind." + kind).toLowerCase(Locale.ROOT)));
    assertThat(said(sentences(), "protocol.weapon-plan-signed", "{\"version\":2,\"capacity\":\"ARMORER\"}"))
        .isEqualTo("SetSafe: weapon plan signed.");
  }

  @Test
  void aStatementOrAnInvestigatorsReadPrintsNeitherTheWordsNorAnEmail() {
    LedgerSentences sentences = sentences();
    String statement = said(sentences, "incident.statement-given", "{\"version\":2,\"wordsSha256\":\"ab12\","
        + "\"words\":\"He said the barrel was hot\"}");
    assertThat(statement).isEqualTo("SetSafe recorded a witness statement, version 2.").doesNotContain("barrel");
    String read = said(sentences, "incident.investigator-read", "{\"name\":\"Pat Ruiz\",\"organisation\":\"Cal/OSHA\","
        + "\"email\":\"pat@example.org\",\"what\":\"report\"}");
    assertThat(read).isEqualTo("Pat Ruiz (Cal/OSHA) read an incident's investigation.").doesNotContain("@");
    String hurt = said(sentences, "reporting.injury-reported", "{\"title\":\"Burn\",\"description\":\"Burn to the hand\","
        + "\"sceneId\":null}");
    assertThat(hurt).isEqualTo("Someone not named reported that someone was hurt.").doesNotContain("Burn");
  }

  @Test
  void anAgreedActionNamesWhatAndWhoseItIsAndASignOffNamesNoHash() {
    UUID dana = UUID.randomUUID();
    Accounts accounts = mock(Accounts.class);
    when(accounts.findById(any())).thenReturn(Optional.empty());
    when(accounts.findById(dana)).thenReturn(Optional.of(new org.setsafe.identity.Account(dana, "dana.ad",
        "Dana Whitcombe", null, null, true, false, null)));
    LedgerSentences sentences = new LedgerSentences(accounts, List.of(), new StaticMessageSource());
    assertThat(said(sentences, "incident.corrective-action-agreed", "{\"what\":\"The key grip calls every move.\","
        + "\"ownerId\":\"" + dana + "\",\"dueOn\":\"2026-12-09\"}"))
        .isEqualTo("SetSafe agreed a corrective action: “The key grip calls every move”, for Dana Whitcombe to do by "
            + "2026-12-09.");
    assertThat(said(sentences, "incident.report-signed-off", "{\"role\":\"PRODUCER\",\"reportSha256\":\"ab12\"}"))
        .isEqualTo("SetSafe signed off the investigation report of an incident.");
  }

  /** The sources of every {@code kind()}; a kind not written as a constant would escape the check, so it fails. */
  private static Set<String> kinds() throws IOException {
    Set<String> kinds = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Matcher any = ANY_KIND.matcher(source);
        int declared = 0;
        while (any.find()) {
          declared++;
        }
        Matcher kind = KIND.matcher(source);
        int constant = 0;
        while (kind.find()) {
          kinds.add(kind.group(1));
          constant++;
        }
        assertThat(constant).as("kind() returns a constant in " + file).isEqualTo(declared);
      }
    }
    assertThat(kinds).hasSizeGreaterThan(100);
    return kinds;
  }

  private static Properties labels() throws IOException {
    Properties labels = new Properties();
    try (InputStream in = EveryKindHasWordsTest.class.getResourceAsStream("/messages.properties")) {
      labels.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return labels;
  }

  private static LedgerSentences sentences() {
    Accounts accounts = mock(Accounts.class);
    when(accounts.findById(any())).thenReturn(Optional.empty());
    return new LedgerSentences(accounts, List.of(), new StaticMessageSource());
  }

  private static String said(LedgerSentences sentences, String kind, String fact) {
    UUID production = UUID.randomUUID();
    String leaf = "{\"log\":\"setsafe/production/" + production + "\",\"index\":7,\"kind\":\"" + kind
        + "\",\"fact\":" + fact + "}";
    return sentences.sentence(production, new EntryView(7, UUID.randomUUID(), kind, Instant.EPOCH, Instant.EPOCH,
        null, "", leaf, false));
  }
}
