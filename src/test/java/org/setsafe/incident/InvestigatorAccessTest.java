package org.setsafe.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setsafe.incident.IncidentsOnSet.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A deputy of the sheriff's office is let in to one incident by the safety advisor: through the secret link they
 * read its summary, its report and its evidence bundle, and nothing else of the production; every read is logged
 * for the safety advisor and in the ledger; the link stops working when it expires or is withdrawn; guessing links
 * is throttled.
 */
@SetSafeTest
class InvestigatorAccessTest {

  private static final String MEDICAL = "Laceration to the left forearm, four stitches at the clinic";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired TestClock clock;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private IncidentsOnSet set;
  private String incident;
  private String otherIncident;

  @BeforeEach
  void twoIncidentsOnTheChurchSet() throws Exception {
    set = IncidentsOnSet.create(crew, mvc, productions, accounts, schedule, "Investigators at Cerro Pelon");
    incident = json(set.post("tess.grip", "incidents", """
        {"kind":"INJURY_OR_ILLNESS","severity":"HIGH","where":"Church set, by the breakaway window",
         "whatHappened":"The breakaway window shattered early and glass hit the camera operator",
         "people":[{"userId":"%s","involvement":"INJURED"}],"medicalDetails":"%s"}"""
        .formatted(set.userId("marcus.camera"), MEDICAL)).andExpect(status().isCreated()), "$.id");
    otherIncident = json(set.post("dana.ad", "incidents", """
        {"kind":"NEAR_MISS","severity":"LOW","where":"Base camp","whatHappened":"A light stand tipped over in the wind"}""")
        .andExpect(status().isCreated()), "$.id");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> set.get("tess.grip", "incidents/" + incident)
        .andExpect(jsonPath("$.evidence.treeSize").isNumber()));
  }

  @Test
  void theDeputyReadsThatIncidentItsReportAndItsBundleAndNothingElseAndEveryReadIsLogged() throws Exception {
    String link = grant("sam.safety", "Deputy A. Ruiz", Instant.now(clock).plus(Duration.ofDays(30)));
    String token = link.substring(link.lastIndexOf('/') + 1);
    // The page prints the report's SHA-256 and the report prints the ledger's timeline: a fact of the morning still on
    // its way to the ledger (the care offered to the injured, say) would land between the page and the report.
    org.setsafe.LedgerLanding.awaitFactsOf(jdbc, set.id());

    String page = anonymous(link).andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("The breakaway window shattered early").contains("Church set, by the breakaway window")
        .contains("Marcus Oyelaran").contains("Deputy A. Ruiz").contains("Santa Fe County Sheriff")
        .doesNotContain("stitches").doesNotContain("light stand").doesNotContain("Sign out");

    String sha = set.get("sam.safety", "incidents/" + incident + "/report").andReturn().getResponse()
        .getHeader("X-Report-SHA256");
    byte[] pdf = anonymous(link + "/report.pdf").andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(EvidencePreservation.sha256(pdf)).isEqualTo(sha);
    assertThat(page).contains(sha);

    String bundleSha = JsonPath.read(body(set.get("sam.safety", "incidents/" + incident)), "$.evidence.bundleSha256");
    byte[] bundle = anonymous(link + "/evidence.bundle").andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(EvidencePreservation.sha256(bundle)).isEqualTo(bundleSha);

    // Nothing else: not the other incident, not the production's pages, not the API, whatever the path.
    anonymous(link + "/incidents/" + otherIncident).andExpect(status().isForbidden());
    anonymous(link + "/../" + otherIncident).andExpect(status().is4xxClientError());
    anonymous("/productions/" + set.id()).andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/productions/" + set.id() + "/incidents/" + otherIncident)
        .header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());

    // The safety advisor sees every read, who made it and when; the ledger has each as a fact.
    set.get("sam.safety", "incidents/" + incident + "/investigators/reads").andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(3))
        .andExpect(jsonPath("$[*].what").value(org.hamcrest.Matchers.containsInAnyOrder(
            "SUMMARY", "REPORT", "EVIDENCE_BUNDLE")))
        .andExpect(jsonPath("$[0].name").value("Deputy A. Ruiz"))
        .andExpect(jsonPath("$[0].organisation").value("Santa Fe County Sheriff's Office"));
    set.get("grace.producer", "incidents/" + incident + "/investigators")
        .andExpect(jsonPath("$[0].standing").value("ACTIVE")).andExpect(jsonPath("$[0].reads").value(3))
        .andExpect(jsonPath("$[0].grantedBy").value("Samira Haddad"));
    set.get("sam.safety", "incidents/" + otherIncident + "/investigators/reads")
        .andExpect(jsonPath("$.length()").value(0));
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
        SystemActor.call(() -> ledger.history(set.id(), "incident:" + incident)).stream().map(LedgerEntry::kind)
            .filter("incident.investigator-read"::equals)).hasSize(3));
    SystemActor.run(() -> ledger.history(set.id(), "incident:" + incident)
        .forEach(e -> assertThat(e.toString()).doesNotContain("ruiz@sheriff.example.gov").doesNotContain(token)));
  }

  @Test
  void onlyTheSafetyAdvisorOrAProducerLetsInvestigatorsInAndStrangersLearnNothing() throws Exception {
    String body = grantBody("Deputy A. Ruiz", Instant.now(clock).plus(Duration.ofDays(1)));
    set.post("rosa.armorer", "incidents/" + incident + "/investigators", body).andExpect(status().isForbidden());
    set.get("eli.actor", "incidents/" + incident + "/investigators/reads").andExpect(status().isForbidden());
    set.post("june.actor", "incidents/" + incident + "/investigators", body).andExpect(status().isNotFound());
    set.get("june.actor", "incidents/" + incident + "/investigators").andExpect(status().isNotFound());
    set.post("grace.producer", "incidents/" + UUID.randomUUID() + "/investigators", body)
        .andExpect(status().isNotFound());
    set.post("grace.producer", "incidents/" + incident + "/investigators", body).andExpect(status().isCreated());
    set.get("sam.safety", "incidents/" + incident + "/investigators").andExpect(jsonPath("$.length()").value(1));
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
        SystemActor.call(() -> ledger.history(set.id(), "incident:" + incident)).stream().map(LedgerEntry::kind))
        .contains("incident.refused", "incident.investigator-access-granted"));
  }

  @Test
  void aWithdrawnOrExpiredLinkIsGoneAndAnUnknownOneIsNotFound() throws Exception {
    String shortLived = grant("sam.safety", "Inspector L. Baca", Instant.now(clock).plus(Duration.ofMinutes(10)));
    String withdrawn = grant("grace.producer", "M. Ortiz", Instant.now(clock).plus(Duration.ofDays(60)));
    anonymous(withdrawn).andExpect(status().isOk());
    String grantId = JsonPath.<java.util.List<String>>read(body(set.get("sam.safety", "incidents/" + incident
        + "/investigators")), "$[?(@.name == 'M. Ortiz')].id").get(0);

    set.post("sam.safety", "incidents/" + incident + "/investigators/" + grantId + "/revoke", "")
        .andExpect(status().isOk()).andExpect(jsonPath("$.standing").value("REVOKED"))
        .andExpect(jsonPath("$.revokedBy").value("Samira Haddad"));
    assertThat(anonymous(withdrawn).andExpect(status().isGone()).andReturn().getResponse().getContentAsString())
        .contains("withdrew this access");
    anonymous(withdrawn + "/report.pdf").andExpect(status().isGone());
    anonymous(withdrawn + "/evidence.bundle").andExpect(status().isGone());
    set.post("sam.safety", "incidents/" + incident + "/investigators/" + grantId + "/revoke", "")
        .andExpect(status().isConflict());

    anonymous(shortLived).andExpect(status().isOk());
    clock.advance(Duration.ofMinutes(11));
    assertThat(anonymous(shortLived).andExpect(status().isGone()).andReturn().getResponse().getContentAsString())
        .contains("expired");
    set.get("sam.safety", "incidents/" + incident + "/investigators")
        .andExpect(jsonPath("$[?(@.name == 'Inspector L. Baca')].standing").value("EXPIRED"));

    anonymous("/public/investigator/" + "A".repeat(43)).andExpect(status().isNotFound());
    anonymous("/public/investigator/not-a-link").andExpect(status().isNotFound());
    // Only the reads that were let through are logged.
    set.get("sam.safety", "incidents/" + incident + "/investigators/reads").andExpect(jsonPath("$.length()").value(2));
  }

  @Test
  void anInvestigatorReadingSpanishIsToldInSpanishWhyTheLinkNoLongerOpens() throws Exception {
    String link = grant("sam.safety", "M. Ortiz", Instant.now(clock).plus(Duration.ofDays(60)));
    String grantId = JsonPath.read(body(set.get("sam.safety", "incidents/" + incident + "/investigators")), "$[0].id");
    set.post("sam.safety", "incidents/" + incident + "/investigators/" + grantId + "/revoke", "")
        .andExpect(status().isOk());

    assertThat(body(spanish(link).andExpect(status().isGone()))).contains("Acceso retirado")
        .contains("La producción retiró este acceso el ")
        .contains(". Pregúntale a su asesor de seguridad si todavía lo necesitas.").doesNotContain("withdrew");
    assertThat(body(spanish("/public/investigator/" + "C".repeat(43)).andExpect(status().isNotFound())))
        .contains("Enlace no válido").contains("Este enlace de investigador no es válido.")
        .doesNotContain("is not valid");
  }

  @Test
  void aSpanishReadingInvestigatorIsOfferedACopyToReadBesideTheSignedReportWhichStaysTheFirstLink() throws Exception {
    String link = grant("sam.safety", "M. Ortiz", Instant.now(clock).plus(Duration.ofDays(30)));

    String english = body(anonymous(link).andExpect(status().isOk()));
    assertThat(english).contains("data-testid=\"signed-report\"").doesNotContain("data-testid=\"readers-copy\"");
    String spanish = body(spanish(link).andExpect(status().isOk()));
    assertThat(spanish).contains("data-testid=\"signed-report\"", "href=\"" + link + "/report.pdf\"",
        "data-testid=\"readers-copy\"", "href=\"" + link + "/report.pdf?language=es\"",
        "Copia para leer en español (PDF)", "El informe firmado está en inglés");

    // The link the page promises is the signed file, whatever the reader's language (the ledger's words in its
    // timeline too). Each read is a fact that timeline prints: the signed version is read once the last has landed.
    String signedSha = signedSha();
    byte[] signed = spanish(link + "/report.pdf").andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsByteArray();
    assertThat(EvidencePreservation.sha256(signed)).isEqualTo(signedSha);
    String sha = signedSha();
    byte[] copy = spanish(link + "/report.pdf?language=es").andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("-es.pdf")))
        .andReturn().getResponse().getContentAsByteArray();
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(copy)) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("INFORME DE LA INVESTIGACIÓN", "COPIA PARA LEER", sha).doesNotContain("INVESTIGATION REPORT");
    }
    assertThat(EvidencePreservation.sha256(copy)).isNotEqualTo(sha);
    spanish(link + "/report.pdf?language=xx").andExpect(status().isBadRequest());
  }

  @Test
  void badGrantsAreProblemsNamingTheFieldAndNothingIsWritten() throws Exception {
    String path = "incidents/" + incident + "/investigators";
    Instant soon = Instant.now(clock).plus(Duration.ofDays(7));
    set.post("sam.safety", path, "{}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("name"));
    set.post("sam.safety", path, "{\"name\":\"Deputy A. Ruiz\",\"organisation\":\"SFSO\","
        + "\"email\":\"ruiz@sheriff.example.gov\"}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("expiresAt"));
    set.post("sam.safety", path, grantBody("Deputy A. Ruiz", Instant.now(clock).plus(Duration.ofDays(91))))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("expiresAt"))
        .andExpect(jsonPath("$.errors[0].rule").value("AtMost90Days"));
    set.post("sam.safety", path, grantBody("Deputy A. Ruiz", Instant.now(clock).minus(Duration.ofHours(1))))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("expiresAt"));
    set.post("sam.safety", path, grantBody("Deputy A. Ruiz", soon).replace("ruiz@sheriff.example.gov", "ruiz"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("email"));
    set.post("sam.safety", path, grantBody("Deputy\\u0000Ruiz", soon))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
    set.post("sam.safety", path, grantBody("Deputy A. Ruiz", soon).replace("Sheriff's", "Sheriff\\u0000s"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("organisation"));
    set.post("sam.safety", path, grantBody("x".repeat(121), soon))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
    anonymous("/public/investigator/AAAA%00AAAA").andExpect(status().is4xxClientError());
    set.get("sam.safety", path).andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void guessingLinksFromOneAddressIsThrottled() throws Exception {
    String link = grant("sam.safety", "Deputy A. Ruiz", Instant.now(clock).plus(Duration.ofDays(1)));
    String address = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    for (int i = 0; i < 20; i++) {
      from(address, "/public/investigator/" + UUID.randomUUID().toString().replace("-", "") + "0123456789a")
          .andExpect(status().isNotFound());
    }
    // Said in the reader's language, as the page around it is.
    assertThat(body(mvc.perform(get("/public/investigator/" + "B".repeat(43)).header("Accept-Language", "es")
        .with(request -> {
          request.setRemoteAddr(address);
          return request;
        })).andExpect(status().isTooManyRequests()))).contains("Demasiados intentos")
        .contains("Desde aquí se probaron demasiados enlaces que no llevan a ninguna parte.")
        .doesNotContain("Too many links");
    // Turned away before the lookup, even with a real link; another address is not.
    from(address, link).andExpect(status().isTooManyRequests());
    from("10.78.0.1", link).andExpect(status().isOk());
  }

  @Test
  void theDatabaseRefusesToChangeAGrantARevocationOrARead() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(org.setsafe.TestDatabase.isPostgres(),
        "H2 has no triggers refusing change (README: what the embedded database does and does not promise)");
    String link = grant("sam.safety", "Deputy A. Ruiz", Instant.now(clock).plus(Duration.ofDays(1)));
    anonymous(link).andExpect(status().isOk());
    UUID id = UUID.fromString(incident);
    for (String sql : new String[] {"UPDATE investigator_grant SET expires_at = expires_at WHERE incident_id = ?",
        "DELETE FROM investigator_read WHERE incident_id = ?"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(sql).param(id).update())
          .hasStackTraceContaining("SetSafe incident records are append-only");
    }
  }

  /** The SHA-256 of the signed report as the production's API gives it, once the link's reads so far have landed. */
  private String signedSha() throws Exception {
    org.setsafe.LedgerLanding.awaitFactsOf(jdbc, set.id());
    return set.get("sam.safety", "incidents/" + incident + "/report").andReturn().getResponse()
        .getHeader("X-Report-SHA256");
  }

  private String grant(String who, String name, Instant expiresAt) throws Exception {
    String issued = body(set.post(who, "incidents/" + incident + "/investigators", grantBody(name, expiresAt))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.link").value(org.hamcrest.Matchers.startsWith("/public/investigator/"))));
    return JsonPath.read(issued, "$.link");
  }

  private static String grantBody(String name, Instant expiresAt) {
    return "{\"name\":\"" + name + "\",\"organisation\":\"Santa Fe County Sheriff's Office\","
        + "\"email\":\"ruiz@sheriff.example.gov\",\"expiresAt\":\"" + expiresAt + "\"}";
  }

  private ResultActions anonymous(String path) throws Exception {
    return mvc.perform(get(path));
  }

  private ResultActions spanish(String path) throws Exception {
    return mvc.perform(get(path).header("Accept-Language", "es"));
  }

  private ResultActions from(String address, String path) throws Exception {
    return mvc.perform(get(path).with(request -> {
      request.setRemoteAddr(address);
      return request;
    }));
  }

  private static String body(ResultActions call) throws Exception {
    return call.andReturn().getResponse().getContentAsString();
  }
}
