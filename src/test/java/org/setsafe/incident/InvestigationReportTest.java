package org.setsafe.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setsafe.incident.IncidentsOnSet.json;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.LedgerLanding;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The investigation report of a glass injury on the church set: printed from the record with its evidence and
 * fingerprint, never its medical details; the same record prints the same PDF, and any change prints another; the
 * safety advisor and a producer sign it off, each against the SHA-256 of the PDF they read, and a change after
 * that calls for new sign-offs.
 */
@SetSafeTest
class InvestigationReportTest {

  private static final String MEDICAL = "Laceration to the left forearm, four stitches at the clinic";

  @Autowired MockMvc mvc;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  /** Whatever sections the module has (none is fine: the report still prints its own parts). */
  @Autowired org.springframework.beans.factory.ObjectProvider<ReportSection> sections;

  private IncidentsOnSet set;
  private String incident;

  @BeforeEach
  void glassOnTheChurchSet() throws Exception {
    set = IncidentsOnSet.create(crew, mvc, productions, accounts, schedule, "Report at Cerro Pelon");
    incident = json(set.post("tess.grip", "incidents", """
        {"kind":"INJURY_OR_ILLNESS","severity":"HIGH","where":"Church set, by the breakaway window",
         "whatHappened":"The breakaway window shattered early and glass hit the camera operator",
         "people":[{"userId":"%s","involvement":"INJURED"},{"name":"Ray Chen (visiting driver)","involvement":"WITNESS"}],
         "medicalDetails":"%s"}""".formatted(set.userId("marcus.camera"), MEDICAL))
        .andExpect(status().isCreated()), "$.id");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> set.get("tess.grip", "incidents/" + incident)
        .andExpect(jsonPath("$.evidence.treeSize").isNumber()));
    LedgerLanding.awaitFactsOf(jdbc, set.production.id());
  }

  @Test
  void theReportPrintsTheSummaryTheEvidenceItsFingerprintAndEverySectionButNoMedicalDetails() throws Exception {
    set.post("marcus.camera", "incidents/" + incident + "/evidence",
        "{\"kind\":\"VIDEO\",\"what\":\"Phone video of the take\",\"caseNumber\":\"OSHA 1745563\"}")
        .andExpect(status().isCreated());
    String view = body(set.get("sam.safety", "incidents/" + incident));
    String bundleSha = com.jayway.jsonpath.JsonPath.read(view, "$.evidence.bundleSha256");
    Number treeSize = com.jayway.jsonpath.JsonPath.read(view, "$.evidence.treeSize");

    String text = text(set.get("eli.actor", "incidents/" + incident + "/report").andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf")).andReturn());

    assertThat(text).contains("INVESTIGATION REPORT").contains(set.production.name())
        .contains("Injury or illness").contains("High").contains("Church set, by the breakaway window")
        .contains("The breakaway window shattered early")
        .contains("Marcus Oyelaran - Injured - Camera crew").contains("Ray Chen (visiting driver) - Witness")
        .contains("Tess Lindqvist - Reporting - Crew")
        .contains("Checkpoint tree size: " + treeSize).contains(bundleSha)
        .contains("Phone video of the take").contains("OSHA 1745563")
        .doesNotContain("stitches").doesNotContain("Laceration");
    // Times on the production's clock, with the zone named.
    assertThat(text).containsPattern("(MST|MDT)");
    for (ReportSection section : sections.stream().toList()) {
      assertThat(text).contains(section.heading().toUpperCase(java.util.Locale.ROOT));
    }
    // Someone not on the production does not learn it exists.
    set.get("june.actor", "incidents/" + incident + "/report").andExpect(status().isNotFound());
    set.get("june.actor", "incidents/" + incident + "/report/status").andExpect(status().isNotFound());
    set.post("june.actor", "incidents/" + incident + "/report/sign-offs", "{}").andExpect(status().isNotFound());
  }

  @Test
  void theSameRecordPrintsTheSameFingerprintAndAChangePrintsAnother() throws Exception {
    MvcResult first = set.get("sam.safety", "incidents/" + incident + "/report").andReturn();
    MvcResult again = set.get("grace.producer", "incidents/" + incident + "/report").andReturn();
    String sha = first.getResponse().getHeader("X-Report-SHA256");
    assertThat(sha).matches("[0-9a-f]{64}")
        .isEqualTo(EvidencePreservation.sha256(first.getResponse().getContentAsByteArray()));
    assertThat(again.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
    set.get("sam.safety", "incidents/" + incident + "/report/status").andExpect(jsonPath("$.reportSha256").value(sha));

    set.post("rosa.armorer", "incidents/" + incident + "/evidence",
        "{\"kind\":\"OTHER\",\"what\":\"Shard of the breakaway pane\"}").andExpect(status().isCreated());
    String changed = set.get("sam.safety", "incidents/" + incident + "/report").andReturn().getResponse()
        .getHeader("X-Report-SHA256");
    assertThat(changed).isNotEqualTo(sha);
  }

  @Test
  void theSafetyAdvisorAndAProducerSignOffAndAChangeAfterwardsCallsForNewSignOffs() throws Exception {
    String sha = sha();
    // The armorer cannot sign as the producer: refused, with the rule named, and recorded.
    set.post("rosa.armorer", "incidents/" + incident + "/report/sign-offs",
            "{\"role\":\"PRODUCER\",\"reportSha256\":\"" + sha + "\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("incident.report-signed-in-role"))
        .andExpect(jsonPath("$.refusalId").exists());

    set.post("sam.safety", "incidents/" + incident + "/report/sign-offs",
            "{\"role\":\"SAFETY_ADVISOR\",\"reportSha256\":\"" + sha + "\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.signed").value(false))
        .andExpect(jsonPath("$.awaiting[0]").value("PRODUCER"))
        .andExpect(jsonPath("$.signOffs[0].signedBy").value("Samira Haddad"))
        .andExpect(jsonPath("$.signOffs[0].forCurrentVersion").value(true));
    // One signature a role and version.
    set.post("sam.safety", "incidents/" + incident + "/report/sign-offs",
            "{\"role\":\"SAFETY_ADVISOR\",\"reportSha256\":\"" + sha + "\"}")
        .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("role"));
    set.post("grace.producer", "incidents/" + incident + "/report/sign-offs",
            "{\"role\":\"PRODUCER\",\"reportSha256\":\"" + sha.toUpperCase(java.util.Locale.ROOT) + "\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.signed").value(true))
        .andExpect(jsonPath("$.awaiting.length()").value(0));

    // Each sign-off is in the ledger with the SHA-256 of exactly the PDF signed.
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
        SystemActor.call(() -> ledger.history(set.id(), "incident:" + incident)).stream()
            .filter(e -> e.kind().equals("incident.report-signed-off")).map(LedgerEntry::toString))
        .hasSize(2).allSatisfy(e -> assertThat(e).contains(sha)));

    // Evidence logged afterwards changes the report: both signatures are now for an earlier version.
    set.post("rosa.armorer", "incidents/" + incident + "/evidence",
        "{\"kind\":\"OTHER\",\"what\":\"Shard of the breakaway pane\"}").andExpect(status().isCreated());
    set.get("sam.safety", "incidents/" + incident + "/report/status")
        .andExpect(jsonPath("$.signed").value(false))
        .andExpect(jsonPath("$.awaiting.length()").value(2))
        .andExpect(jsonPath("$.signOffs.length()").value(2))
        .andExpect(jsonPath("$.signOffs[0].forCurrentVersion").value(false))
        .andExpect(jsonPath("$.signOffs[1].forCurrentVersion").value(false));
    // Signing what one read before the change is refused: read it again.
    set.post("grace.producer", "incidents/" + incident + "/report/sign-offs",
            "{\"role\":\"PRODUCER\",\"reportSha256\":\"" + sha + "\"}")
        .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("reportSha256"));
    String now = sha();
    set.post("grace.producer", "incidents/" + incident + "/report/sign-offs",
        "{\"role\":\"PRODUCER\",\"reportSha256\":\"" + now + "\"}").andExpect(status().isCreated())
        .andExpect(jsonPath("$.signed").value(false));
    set.post("sam.safety", "incidents/" + incident + "/report/sign-offs",
        "{\"role\":\"SAFETY_ADVISOR\",\"reportSha256\":\"" + now + "\"}").andExpect(status().isCreated())
        .andExpect(jsonPath("$.signed").value(true));
  }

  @Test
  void onePersonHoldingBothRolesSignsOnlyOnce() throws Exception {
    String both = "kim.both." + UUID.randomUUID().toString().substring(0, 8);
    SystemActor.run(() -> {
      accounts.createWithOneTimePassword(SystemActor.ID, both, "Kim Adeyemi", null, null);
      productions.addMember(set.id(), both, Set.of(CrewRole.SAFETY_ADVISOR, CrewRole.PRODUCER), null);
    });
    String sha = sha();
    set.post(both, "incidents/" + incident + "/report/sign-offs",
        "{\"role\":\"SAFETY_ADVISOR\",\"reportSha256\":\"" + sha + "\"}").andExpect(status().isCreated());
    set.post(both, "incidents/" + incident + "/report/sign-offs",
            "{\"role\":\"PRODUCER\",\"reportSha256\":\"" + sha + "\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("incident.report-signed-by-two-people"))
        .andExpect(jsonPath("$.refusalId").exists());
    set.get("sam.safety", "incidents/" + incident + "/report/status").andExpect(jsonPath("$.signed").value(false));
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
        SystemActor.call(() -> ledger.history(set.id(), "incident-report:" + incident)).stream()
            .map(LedgerEntry::kind)).contains("incident.refused"));
  }

  @Test
  void badSignOffsAreProblemsNamingTheField() throws Exception {
    String path = "incidents/" + incident + "/report/sign-offs";
    set.post("sam.safety", path, "{}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("role"));
    set.post("sam.safety", path, "{\"role\":\"DIRECTOR\",\"reportSha256\":\"" + sha() + "\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("role"));
    set.post("sam.safety", path, "{\"role\":\"SAFETY_ADVISOR\",\"reportSha256\":\"abc\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reportSha256"));
    set.post("sam.safety", path, "{\"role\":\"SAFETY_ADVISOR\",\"reportSha256\":\"ab\\u0000c\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reportSha256"));
    set.get("sam.safety", "incidents/" + incident + "/report/status")
        .andExpect(jsonPath("$.signOffs.length()").value(0));
  }

  @Test
  void aSpanishReaderAsksForACopyToReadThatNamesTheSignedReportWhichStaysTheDefault() throws Exception {
    String sha = sha();
    String report = "incidents/" + incident + "/report";
    // The default download is the English file a sign-off names, byte for byte; so is asking for English.
    byte[] signed = set.get("sam.safety", report).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsByteArray();
    assertThat(EvidencePreservation.sha256(signed)).isEqualTo(sha);
    set.get("sam.safety", "incidents/" + incident + "/report/status").andExpect(jsonPath("$.reportSha256").value(sha));
    assertThat(set.get("sam.safety", report + "?language=en").andReturn().getResponse().getContentAsByteArray())
        .isEqualTo(signed);

    MvcResult copy = set.get("sam.safety", report + "?language=es").andExpect(status().isOk())
        .andExpect(header().string("X-Report-SHA256", sha))
        .andExpect(header().string("Content-Language", "es"))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("-es.pdf")))
        .andReturn();
    assertThat(EvidencePreservation.sha256(copy.getResponse().getContentAsByteArray())).isNotEqualTo(sha);
    String text = text(copy).replaceAll("\\s+", " ");
    assertThat(text).contains("INFORME DE LA INVESTIGACIÓN", "COPIA PARA LEER", "RESUMEN", "Gravedad: Alta",
        "Lesión o enfermedad", "PERSONAS INVOLUCRADAS", "EVIDENCIA PRESERVADA", "FIRMAS",
        "Church set, by the breakaway window", "copia para leer, no es el informe firmado", "Página 1 de")
        .contains(sha).doesNotContain("INVESTIGATION REPORT", "SUMMARY", "Severity", "Page 1 of", "stitches");
    // Reading the copy signs nothing and changes nothing: the signed report is the same file afterwards.
    assertThat(sha()).isEqualTo(sha);
  }

  @Test
  void aLanguageSetSafeDoesNotSpeakIsAProblemNamingTheFieldNotTheEnglishFile() throws Exception {
    set.get("sam.safety", "incidents/" + incident + "/report?language=fr").andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("application/problem+json")))
        .andExpect(jsonPath("$.errors[0].field").value("language"))
        .andExpect(jsonPath("$.errors[0].rule").value("OneOf"))
        .andExpect(jsonPath("$.detail").value("language must be one of en, es"));
    // A stranger learns nothing, whatever the language.
    set.get("june.actor", "incidents/" + incident + "/report?language=es").andExpect(status().isNotFound());
  }

  private String sha() throws Exception {
    LedgerLanding.awaitFactsOf(jdbc, set.production.id());
    return set.get("sam.safety", "incidents/" + incident + "/report").andReturn().getResponse()
        .getHeader("X-Report-SHA256");
  }

  private static String text(MvcResult result) throws Exception {
    try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static String body(org.springframework.test.web.servlet.ResultActions call) throws Exception {
    return call.andReturn().getResponse().getContentAsString();
  }
}
