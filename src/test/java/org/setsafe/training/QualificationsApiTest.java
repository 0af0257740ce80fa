package org.setsafe.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.Production;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Qualifications through the JSON API, as a crew member's phone and the safety advisor's laptop would use
 * it: recording with a scan, corrections that keep the original, who may see a scan, and bad input refused
 * with the field and the rule named.
 */
@SetSafeTest
class QualificationsApiTest {

  static final String PDF = Base64.getEncoder().encodeToString(
      "%PDF-1.4\n% a firearms safety certificate\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired QualificationRecords records;
  @Autowired QualificationChecks checks;

  private Production western;

  @BeforeEach
  void onSet() {
    western = crew.production(Crew.WESTERN);
  }

  private String url(String username) {
    return "/api/people/" + crew.id(username) + "/qualifications";
  }

  private ResultActions send(String as, String url, String json) throws Exception {
    return mvc.perform(post(url).header("Authorization", crew.bearer(as)).contentType(MediaType.APPLICATION_JSON)
        .content(json));
  }

  private ResultActions read(String as, String url) throws Exception {
    return mvc.perform(get(url).header("Authorization", crew.bearer(as)));
  }

  private static String certificate(String type, String issuedOn, String expiresOn, String scan) {
    return """
        {"type":"%s","issuer":"Hollywood Armory Training","number":"HAT-%s","issuedOn":"%s","expiresOn":%s,"scan":%s,
         "scanFileName":"certificate.pdf"}""".formatted(type, UUID.randomUUID().toString().substring(0, 6), issuedOn,
        expiresOn == null ? "null" : "\"" + expiresOn + "\"", scan == null ? "null" : "\"" + scan + "\"");
  }

  private int versionsOf(String username) {
    return SystemActor.call(() -> records.of(new PersonId(crew.id(username))).certifications().stream()
        .mapToInt(h -> h.versions().size()).sum());
  }

  // ---- recording and correcting ----

  @Test
  void aGripRecordsHisOwnFirearmsCourseWithItsScanAndSeesItCurrent() throws Exception {
    String body = send("tess.grip", url("tess.grip"), certificate("FIREARMS_SAFETY", "2026-01-10", "2028-01-10", PDF))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.type.label").value("Firearms safety training"))
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.scan.mediaType").value("application/pdf"))
        .andReturn().getResponse().getContentAsString();
    String id = JsonPath.read(body, "$.id");

    read("tess.grip", url("tess.grip")).andExpect(status().isOk())
        .andExpect(jsonPath("$.certifications[?(@.id=='" + id + "')].inForce.issuer").value("Hollywood Armory Training"));
    QualificationChecks.Standing standing = checks.current(new PersonId(crew.id("tess.grip")),
        QualificationType.FIREARMS_SAFETY,
        LocalDate.of(2027, 6, 1));
    assertThat(standing.isCurrent()).isTrue();
    assertThat(standing.current().id()).hasToString(id);
  }

  @Test
  void aCorrectionIsANewVersionAndTheOriginalStaysVisible() throws Exception {
    String body = send("marcus.camera", url("marcus.camera"),
        certificate("PRODUCTION_SAFETY", "2026-02-01", "2026-03-01", PDF)).andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    String id = JsonPath.read(body, "$.id");

    send("marcus.camera", url("marcus.camera") + "/" + id + "/corrections", """
        {"reason":"typed the expiry year wrong","certification":%s}"""
        .formatted(certificate("PRODUCTION_SAFETY", "2026-02-01", "2029-03-01", null)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.expiresOn").value("2029-03-01"))
        .andExpect(jsonPath("$.scan.mediaType").value("application/pdf"));

    read("sam.safety", url("marcus.camera")).andExpect(status().isOk())
        .andExpect(jsonPath("$.certifications[?(@.id=='" + id + "')].versions.length()").value(2))
        .andExpect(jsonPath("$.certifications[?(@.id=='" + id + "')].versions[0].expiresOn").value("2026-03-01"))
        .andExpect(jsonPath("$.certifications[?(@.id=='" + id + "')].inForce.reason").value("typed the expiry year wrong"));
    // the original's scan is still served, for the version it belongs to
    read("marcus.camera", url("marcus.camera") + "/" + id + "/versions/1/scan").andExpect(status().isOk());
  }

  @Test
  void aWithdrawnCertificateStaysOnRecordButNoLongerQualifies() throws Exception {
    String body = send("sam.safety", url("june.actor"), """
        {"type":"FIREARMS_SAFETY","issuer":"Set Safe Academy","issuedOn":"2026-01-01","productionId":"%s"}"""
        .formatted(western.id())).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String id = JsonPath.read(body, "$.id");
    LocalDate day = LocalDate.of(2026, 6, 1);
    assertThat(checks.current(new PersonId(crew.id("june.actor")), QualificationType.FIREARMS_SAFETY, day).isCurrent())
        .isTrue();

    send("sam.safety", url("june.actor") + "/" + id + "/withdrawal", """
        {"productionId":"%s","reason":"the academy says it never issued this"}""".formatted(western.id()))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.withdrawn").value(true));

    QualificationChecks.Standing standing = checks.current(new PersonId(crew.id("june.actor")),
        QualificationType.FIREARMS_SAFETY, day);
    assertThat(standing.isCurrent()).isFalse();
    assertThat(standing.rule()).isEqualTo("training.current-qualification");
    read("june.actor", url("june.actor")).andExpect(jsonPath("$.certifications[?(@.id=='" + id + "')].versions.length()")
        .value(2));
  }

  @Test
  void theSafetyAdvisorRecordsThatSheSawTheOriginal() throws Exception {
    String id = JsonPath.read(send("dana.ad", url("dana.ad"), certificate("PRODUCTION_SAFETY", "2026-03-01", null, PDF))
        .andReturn().getResponse().getContentAsString(), "$.id");
    send("sam.safety", url("dana.ad") + "/" + id + "/verifications", """
        {"productionId":"%s","note":"original card, seen at base camp"}""".formatted(western.id()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.verifications[0].by").value(crew.id("sam.safety").toString()));
    send("leo.upm", url("dana.ad") + "/" + id + "/verifications", """
        {"productionId":"%s"}""".formatted(western.id())).andExpect(status().isForbidden());
  }

  // ---- who sees what ----

  @Test
  void aScanIsServedToItsHolderAndTheSafetyAdvisorButNotToCrewmatesOrStrangers() throws Exception {
    String id = JsonPath.read(send("eli.actor", url("eli.actor"),
        certificate("PRODUCTION_SAFETY", "2026-04-01", null, PDF)).andReturn().getResponse().getContentAsString(), "$.id");
    String scan = url("eli.actor") + "/" + id + "/versions/1/scan";

    read("eli.actor", scan).andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(content().bytes(Base64.getDecoder().decode(PDF)));
    read("sam.safety", scan).andExpect(status().isOk());
    read("grace.producer", scan).andExpect(status().isOk());
    read("demo.studio", scan).andExpect(status().isOk());
    read("june.actor", scan).andExpect(status().isForbidden());
    read("june.actor", url("eli.actor")).andExpect(status().isForbidden());
  }

  @Test
  void strangersAreToldNothingExistsAndCrewmatesWithoutTheRoleAreRefused() throws Exception {
    // the 1st AD works beside the armorer but does not look after her certificates
    read("dana.ad", url("rosa.armorer")).andExpect(status().isForbidden());
    read("rosa.armorer", "/api/people/" + UUID.randomUUID() + "/qualifications").andExpect(status().isNotFound());
    read("rosa.armorer", "/api/productions/" + crew.production(Crew.DRAMA).id() + "/qualifications")
        .andExpect(status().isNotFound());
    send("rosa.armorer", url("tess.grip"), certificate("PRODUCTION_SAFETY", "2026-01-01", null, null))
        .andExpect(status().isForbidden());
    send("grace.producer", url("tess.grip"), """
        {"type":"PRODUCTION_SAFETY","issuer":"X","issuedOn":"2026-01-01","productionId":"%s"}"""
        .formatted(crew.production(Crew.DRAMA).id())).andExpect(status().isNotFound());
  }

  // ---- bad input ----

  @Test
  void anExpiryBeforeTheIssueDateIsRefusedNamingTheFieldAndRule() throws Exception {
    int before = versionsOf("tess.grip");
    send("tess.grip", url("tess.grip"), certificate("FIREARMS_SAFETY", "2026-05-01", "2026-04-30", PDF))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("expiresOn"))
        .andExpect(jsonPath("$.errors[0].rule").value("NotBeforeIssueDate"));
    assertThat(versionsOf("tess.grip")).isEqualTo(before);
  }

  @Test
  void anUnknownTypeIsRefusedNamingTheTypesThereAre() throws Exception {
    send("tess.grip", url("tess.grip"), certificate("JEDI_KNIGHT", "2026-05-01", null, null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("type"))
        .andExpect(jsonPath("$.errors[0].rule").value("KnownType"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ARMORER_PERMIT")));
  }

  @Test
  void aFileThatIsNotAPdfOrImageIsRefusedByItsContent() throws Exception {
    int before = versionsOf("tess.grip");
    String html = Base64.getEncoder().encodeToString("<html>certificate.pdf</html>".getBytes(StandardCharsets.UTF_8));
    send("tess.grip", url("tess.grip"), certificate("FIREARMS_SAFETY", "2026-05-01", null, html))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("scan"))
        .andExpect(jsonPath("$.errors[0].rule").value("FileType"));
    assertThat(versionsOf("tess.grip")).isEqualTo(before);
  }

  @Test
  void anOversizedScanIsRefused() throws Exception {
    byte[] big = new byte[records.maxScanBytes() + 1];
    System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
    send("tess.grip", url("tess.grip"),
        certificate("FIREARMS_SAFETY", "2026-05-01", null, Base64.getEncoder().encodeToString(big)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("scan"))
        .andExpect(jsonPath("$.errors[0].rule").value("MaxSize"));
  }

  @Test
  void aMissingIssueDateIsRefusedByValidation() throws Exception {
    send("tess.grip", url("tess.grip"), """
        {"type":"FIREARMS_SAFETY","issuer":"X"}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("issuedOn"))
        .andExpect(jsonPath("$.errors[0].rule").value("NotNull"));
  }

  // ---- the production's overview and the types ----

  @Test
  void theSafetyAdvisorSeesWhoLacksWhatAndAnActorOnlyHerself() throws Exception {
    String overview = "/api/productions/" + western.id() + "/qualifications";
    read("sam.safety", overview).andExpect(status().isOk())
        .andExpect(jsonPath("$.wholeCrew").value(true))
        .andExpect(jsonPath("$.gaps[?(@.displayName=='Hank Ostrowski' && @.type.code=='ARMORER_PERMIT')].status")
            .value("EXPIRING"))
        .andExpect(jsonPath("$.gaps[?(@.displayName=='Rosa Delgado' && @.type.code=='ARMORER_PERMIT')]").isEmpty())
        // The reason is the rule's English; its words are for the pages and stay out of the answer.
        .andExpect(jsonPath("$.gaps[0].reason").isNotEmpty())
        .andExpect(jsonPath("$.gaps[0].said").doesNotExist())
        .andExpect(jsonPath("$.gaps[0].reasonForReader").doesNotExist());
    read("tess.grip", overview).andExpect(status().isOk())
        .andExpect(jsonPath("$.wholeCrew").value(false))
        .andExpect(jsonPath("$.gaps[?(@.displayName!='Tess Lindqvist')]").isEmpty());
  }

  @Test
  void onlyAnAdministratorAddsAQualificationType() throws Exception {
    send("sam.safety", "/api/admin/qualification-types", """
        {"code":"PYRO_LICENCE","label":"Pyrotechnics licence"}""").andExpect(status().isForbidden());
    String code = "STUNT_RIGGING_" + (int) (Math.random() * 100000);
    send("demo.admin", "/api/admin/qualification-types", """
        {"code":"%s","label":"Stunt rigging card"}""".formatted(code.toLowerCase()))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.code").value(code));
    send("demo.admin", "/api/admin/qualification-types", """
        {"code":"%s","label":"Again"}""".formatted(code)).andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].rule").value("Unique"));
    send("demo.admin", "/api/admin/qualification-types", """
        {"code":"no spaces","label":"Bad"}""").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    read("tess.grip", "/api/qualification-types").andExpect(jsonPath("$[?(@.code=='" + code + "')]").isNotEmpty());
    send("tess.grip", url("tess.grip"), certificate(code, "2026-05-01", null, null)).andExpect(status().isCreated());
  }

  @Test
  void theQualificationRoutesAreDescribedInTheOpenApiDocument() throws Exception {
    String openapi = mvc.perform(get("/api/openapi")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(openapi).contains("/api/people/{userId}/qualifications")
        .contains("/api/people/{userId}/qualifications/{certificationId}/corrections")
        .contains("/api/productions/{productionId}/qualifications")
        .contains("/api/admin/qualification-types");
  }
}
