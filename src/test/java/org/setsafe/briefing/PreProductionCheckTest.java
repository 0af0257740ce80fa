package org.setsafe.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.briefing.ReadinessCheck.Gap;
import org.setsafe.identity.Accounts;
import org.setsafe.production.Hazard;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.shared.ReasonWords;
import org.setsafe.training.QualificationType;
import org.setsafe.training.ArmorerBriefings;
import org.setsafe.training.BriefingCommands.RecordBriefing;
import org.setsafe.training.CertificateRecording;
import org.setsafe.training.CertificationCommands.NewCertification;
import org.setsafe.training.CertificationCommands.RecordCertification;
import org.setsafe.training.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The pre-production check, twelve days before a western's first shooting day: it lists every gap (no safety
 * advisor, no compliance contact, a location without a hospital, people in the firearms scene without firearms
 * safety training, an armorer without a permit), and each gap leaves the list once it is closed.
 */
@SetSafeTest
class PreProductionCheckTest {

  private static final String LOCATION = "Mesa Verde Stage 2";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired CertificateRecording qualifications;
  @Autowired ArmorerBriefings briefings;
  @Autowired PreProductionStudio studio;
  @Autowired PreProductionCheck check;

  private CallSheetProduction set;
  private String api;

  @BeforeEach
  void twelveDaysOut() {
    set = CallSheetProduction.create(accounts, productions, schedule, "Pre-production Western");
    api = "/api/productions/" + set.id();
    ShootingDay first = set.day(set.today().plusDays(12), LOCATION);
    set.scene(first, "12A", "Cole fires one blank toward the altar.", Set.of(Hazard.FIREARMS),
        Set.of(set.person("eli.actor")), set.person("marcus.camera"));
  }

  @Test
  void everyGapIsListedAndLeavesTheListOnceClosed() throws Exception {
    String before = read(set.who("grace.producer"), api + "/pre-production").andExpect(status().isOk())
        .andExpect(jsonPath("$.daysToFirstShootingDay").value(12))
        .andReturn().getResponse().getContentAsString();
    List<String> missing = JsonPath.read(before, "$.gaps[*].missing");
    assertThat(missing).contains("No safety advisor on the production", "No compliance contact named",
        "No hospital entered for " + LOCATION + " (shooting " + set.today().plusDays(12) + ")");
    assertThat(missing).anyMatch(m -> m.startsWith("Eli Navarro (Sc. 12A): no current firearms safety training"));
    assertThat(missing).anyMatch(m -> m.startsWith("Marcus Oyelaran (Sc. 12A (camera)): no current firearms safety"));
    assertThat(missing).anyMatch(m -> m.startsWith("Dana Whitcombe (1st AD): no current firearms safety training"));
    assertThat(missing).anyMatch(m -> m.startsWith("Rosa Delgado (Armorer): no current armorer permit"));
    assertThat(missing).anyMatch(m -> m.startsWith("Rosa Delgado (Armorer): no current firearms safety training"));
    assertThat(missing).noneMatch(m -> m.startsWith("Tess Lindqvist"));
    mvc.perform(get("/productions/" + set.id() + "/pre-production").with(crew.signedIn(set.who("leo.upm"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("12 days to the first shooting day")))
        .andExpect(content().string(containsString("No hospital entered for " + LOCATION)));

    set.addSafetyAdvisor();
    send(post(api + "/safety-contacts"), set.who("leo.upm"), """
        {"kind":"COMPLIANCE_CONTACT","name":"Leo Park","phone":"+1 505 555 0111","hours":"24/7"}""")
        .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("COMPLIANCE_CONTACT"));
    send(post(api + "/locations"), set.who("sam.safety"), """
        {"location":"%s","hospitalName":"Christus St. Vincent","hospitalAddress":"455 St Michael's Dr, Santa Fe",
         "hospitalPhone":"+1 505 555 0100","emergencyNotes":"Level III trauma","driveMinutes":22}"""
        .formatted(LOCATION.toLowerCase())).andExpect(status().isCreated())
        .andExpect(jsonPath("$.name").value(LOCATION)).andExpect(jsonPath("$.hospital.driveMinutes").value(22));
    for (String who : List.of("eli.actor", "marcus.camera", "dana.ad", "rosa.armorer")) {
      certify(who, QualificationType.FIREARMS_SAFETY);
    }
    certify("rosa.armorer", QualificationType.ARMORER_PERMIT);

    String after = read(set.who("sam.safety"), api + "/pre-production").andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    List<String> areas = JsonPath.read(after, "$.gaps[*].area");
    List<String> still = JsonPath.read(after, "$.gaps[*].missing");
    assertThat(areas).doesNotContain(LocationReadinessCheck.AREA, SafetyContactReadinessCheck.AREA);
    assertThat(still).noneMatch(m -> m.contains("no current firearms safety training")
        || m.contains("no current armorer permit"));
  }

  @Test
  void studioSafetySeesEachProductionsGapsCountedInTheBackgroundAndRenewedWhenSomeoneOpensTheCheck() throws Exception {
    sweepAsTheSchedulerDoes();
    int found = ((List<?>) JsonPath.read(read(set.who("grace.producer"), api + "/pre-production")
        .andReturn().getResponse().getContentAsString(), "$.gaps")).size();
    assertThat(found).isGreaterThan(1);
    String cell = "$.productions[?(@.productionId == '" + set.id() + "')].cells.pre-production-gaps";
    String table = studioTable();
    assertThat(JsonPath.<List<Integer>>read(table, cell + ".figure")).containsExactly(found);
    // Twelve days out with gaps open: within the fortnight before shooting, so it calls for action.
    assertThat(JsonPath.<List<String>>read(table, cell + ".concern")).containsExactly("ACT");
    assertThat(JsonPath.<List<String>>read(table, cell + ".words"))
        .containsExactly(found + " gaps to close (counted just now)");
    assertThat(JsonPath.<List<String>>read(table, cell + ".link"))
        .containsExactly("/productions/" + set.id() + "/pre-production");

    // A safety advisor joins; the studio's count is renewed as soon as anyone on the production opens the check.
    set.addSafetyAdvisor();
    read(set.who("leo.upm"), api + "/pre-production").andExpect(status().isOk());
    assertThat(JsonPath.<List<Integer>>read(studioTable(), cell + ".figure")).containsExactly(found - 1);
  }

  /**
   * The sweep on a thread of its own with no one signed in, as the scheduler runs it: every check it runs must read
   * without asking who is there. Any production it fails to count is logged, and is no cell in the studio's table.
   */
  private void sweepAsTheSchedulerDoes() throws Exception {
    Thread scheduler = new Thread(() -> {
      org.springframework.security.core.context.SecurityContextHolder.clearContext();
      studio.sweep();
    });
    scheduler.start();
    scheduler.join();
  }

  private String studioTable() throws Exception {
    return mvc.perform(get("/api/studio/productions").param("only", "pre-production-gaps")
            .with(crew.signedIn("demo.studio")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  @Test
  void beforeShootingTheCheckCountsWhatIsLeftAndOnceShootingHasBegunWhatIsOpenNow() throws Exception {
    String page = "/productions/" + set.id() + "/pre-production";
    mvc.perform(get(page).with(crew.signedIn(set.who("dana.ad")))).andExpect(status().isOk())
        .andExpect(content().string(containsString("12 days to the first shooting day")))
        .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
            "(?s).*Before shooting starts: \\d+ gaps to close\\..*")))
        .andExpect(content().string(not(containsString("Shooting has begun"))));

    // A production whose first shooting day was yesterday: the shared test clock stays where it is, since other
    // tests on this context shoot today's scenes.
    CallSheetProduction begun = CallSheetProduction.create(accounts, productions, schedule, "Western already shooting");
    ShootingDay yesterday = begun.day(begun.today().minusDays(1), LOCATION);
    begun.scene(yesterday, "12A", "Cole fires one blank toward the altar.", Set.of(Hazard.FIREARMS),
        Set.of(begun.person("eli.actor")), begun.person("marcus.camera"));
    page = "/productions/" + begun.id() + "/pre-production";

    mvc.perform(get(page).with(crew.signedIn(begun.who("dana.ad")))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Shooting began on " + begun.today().minusDays(1))))
        .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
            "(?s).*Shooting has begun: these \\d+ gaps are open now\\..*")))
        .andExpect(content().string(not(containsString("Before shooting starts"))))
        .andExpect(content().string(not(containsString("before the first shooting day"))));
  }

  @Test
  void everyAreaWithNothingMissingSaysSoAndTheBackLinkLeadsToTheDashboard() throws Exception {
    set.addSafetyAdvisor();
    send(post(api + "/safety-contacts"), set.who("leo.upm"), """
        {"kind":"COMPLIANCE_CONTACT","name":"Leo Park","phone":"+1 505 555 0111","hours":"24/7"}""")
        .andExpect(status().isOk());

    String html = mvc.perform(get("/productions/" + set.id() + "/pre-production")
            .with(crew.signedIn(set.who("leo.upm")))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();

    assertThat(html).contains("<h2>Safety contacts</h2>", "A safety advisor and a compliance contact are named.",
        "<h2>Roles</h2>", "No safety advisor, 1st AD or armorer holds a second role on a coming firearms day.")
        .doesNotContain("Every location on the schedule has its nearest hospital entered.")
        .contains("No hospital entered for " + LOCATION)
        .contains("href=\"/productions/" + set.id() + "\"");
  }

  @Test
  void aPerformerBriefedByTheArmorerLeavesTheListWhereTheProductionAcceptsABriefing() throws Exception {
    String before = read(set.who("grace.producer"), api + "/pre-production").andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    List<String> remedies = JsonPath.read(before, "$.gaps[?(@.missing =~ /Eli Navarro.*/)].remedy");
    assertThat(remedies).singleElement().asString().contains("or the armorer records a briefing")
        .contains("30 days");

    // Twelve days out, a briefing today still counts on the day (30 days by default).
    certify("rosa.armorer", QualificationType.ARMORER_PERMIT);
    crew.as(set.who("rosa.armorer"), () -> briefings.record(new RecordBriefing(set.id(),
        new PersonId(set.person("eli.actor")), "The Colt SAA: treat it as loaded, finger off the trigger")));

    String after = read(set.who("grace.producer"), api + "/pre-production").andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    List<String> still = JsonPath.read(after, "$.gaps[*].missing");
    assertThat(still).noneMatch(m -> m.startsWith("Eli Navarro"))
        .anyMatch(m -> m.startsWith("Marcus Oyelaran (Sc. 12A (camera)): no current firearms safety"));
  }

  @Test
  void aHospitalEntryIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
    String leo = set.who("leo.upm");
    refused(leo, """
        {"location":"%s","hospitalName":"Christus St. Vincent","hospitalAddress":"455 St Michael's Dr",
         "hospitalPhone":"ask at the front desk","driveMinutes":22}""", "hospitalPhone", "Phone");
    refused(leo, """
        {"location":"%s","hospitalName":"Christus St. Vincent","hospitalAddress":"455 St Michael's Dr",
         "hospitalPhone":"+1 505 555 0100","driveMinutes":0}""", "driveMinutes", "Range");
    refused(leo, """
        {"location":"%s","hospitalName":"  ","hospitalAddress":"455 St Michael's Dr",
         "hospitalPhone":"+1 505 555 0100","driveMinutes":20}""", "hospitalName", "Size");
    mvc.perform(post("/productions/" + set.id() + "/locations").with(crew.signedIn(leo)).with(csrf())
            .param("location", LOCATION).param("hospitalName", "Christus St. Vincent")
            .param("hospitalAddress", "455 St Michael's Dr").param("hospitalPhone", "+1 505 555 0100")
            .param("driveMinutes", "soon"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("driveMinutes must be 1 to 600")));

    read(leo, api + "/locations").andExpect(status().isOk())
        .andExpect(jsonPath("$[0].name").value(LOCATION)).andExpect(jsonPath("$[0].hospital").doesNotExist());
  }

  @Test
  void aPerformerMayNotSeeTheCheckOrEnterAHospitalButTheUpmAndStudioSafetyMay() throws Exception {
    String eli = set.who("eli.actor");
    read(eli, api + "/pre-production").andExpect(status().isForbidden());
    mvc.perform(get("/productions/" + set.id() + "/pre-production").with(crew.signedIn(eli)))
        .andExpect(status().isForbidden());
    send(post(api + "/locations"), eli, """
        {"location":"%s","hospitalName":"Christus St. Vincent","hospitalAddress":"455 St Michael's Dr",
         "hospitalPhone":"+1 505 555 0100","driveMinutes":22}""".formatted(LOCATION))
        .andExpect(status().isForbidden());
    send(post(api + "/safety-contacts"), eli, """
        {"kind":"MEDIC","name":"Me","phone":"+1 505 555 0199"}""").andExpect(status().isForbidden());
    send(post(api + "/safety-contacts"), set.who("leo.upm"), """
        {"kind":"MEDIC","name":"Ana Ruiz","phone":"ask around"}""").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("phone")));
    read(eli, api + "/locations").andExpect(status().isOk());

    read("demo.studio", api + "/pre-production").andExpect(status().isOk());
    read(set.who("dana.ad"), api + "/pre-production").andExpect(status().isOk());
    read(set.who("rosa.armorer"), api + "/pre-production").andExpect(status().isOk());
    read(set.who("tess.grip"), api + "/pre-production").andExpect(status().isForbidden());
    read("june.actor", api + "/pre-production").andExpect(status().isNotFound());
  }

  @Test
  void everyGapSaysWhatIsMissingAndWhatClosesItInWordsWhileTheApiAnswersItsEnglishAlone() throws Exception {
    PreProductionCheck.PreProduction result = crew.as(set.who("grace.producer"), () -> check.check(set.id()));
    List<Gap> gaps = result.gaps();
    // Twelve days out the western lacks a little of everything: contacts, a hospital, qualifications, a plan.
    assertThat(gaps).extracting(Gap::area).contains(SafetyContactReadinessCheck.AREA, LocationReadinessCheck.AREA,
        PreProductionQualificationCheck.AREA, "Weapon plans");
    gaps.forEach(GapWords::saidAsWritten);
    // Every area a check names says its name, and what it says when nothing is missing, as written.
    for (PreProductionCheck.AreaCheck area : result.areas()) {
      if (area.nameWords() != null) {
        assertThat(ReasonWords.in(Locale.ENGLISH, area.nameWords())).isEqualTo(area.name());
        assertThat(ReasonWords.in(Locale.ENGLISH, area.nothingMissingWords())).isEqualTo(area.nothingMissing());
        assertThat(ReasonWords.in(Locale.forLanguageTag("es"), area.nothingMissingWords())).isNotNull()
            .isNotEqualTo(area.nothingMissing());
      }
    }
    assertThat(result.areas()).filteredOn(a -> a.nameWords() == null).extracting(PreProductionCheck.AreaCheck::name)
        .containsOnly("Staffing");

    read(set.who("grace.producer"), api + "/pre-production").andExpect(status().isOk())
        .andExpect(jsonPath("$.gaps[0].missing").isNotEmpty())
        .andExpect(jsonPath("$.gaps[0].missingWords").doesNotExist())
        .andExpect(jsonPath("$.gaps[0].remedyWords").doesNotExist());
  }

  @Test
  void aSpanishReaderReadsEachGapAndWhatClosesItInSpanish() throws Exception {
    String html = mvc.perform(get("/productions/" + set.id() + "/pre-production").header("Accept-Language", "es")
            .with(crew.signedIn(set.who("leo.upm")))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();

    assertThat(html).contains("La producción no tiene asesor de seguridad", "No hay contacto de cumplimiento nombrado",
            "No hay hospital registrado para " + LOCATION + " (rodaje el " + set.today().plusDays(12) + ")",
            "Registra el hospital más cercano", "Eli Navarro (Esc. 12A): sin capacitación en seguridad con armas de fuego"
                + " vigente el " + set.today().plusDays(12) + ". No hay registro de capacitación",
            "Marcus Oyelaran (Esc. 12A (cámara))",
            "La escena 12A lleva armas de fuego y no tiene plan de armas.",
            "Faltan 12 días para el primer día de rodaje", "<h2>Contactos de seguridad</h2>",
            "Ningún asesor de seguridad, 1er AD ni armero tiene un segundo rol")
        .doesNotContain("days to the first shooting day", "Before shooting starts", "<h2>Safety contacts</h2>","No safety advisor on the production", "No hospital entered for",
            "no current firearms safety training", "Record a current certificate", "without a weapon plan");
  }

  @Test
  void withNoShootingDayTheCheckSaysSo() throws Exception {
    CallSheetProduction empty = CallSheetProduction.create(accounts, productions, schedule, "Unscheduled");
    mvc.perform(get("/productions/" + empty.id() + "/pre-production").with(crew.signedIn(empty.who("leo.upm"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("No shooting day is scheduled yet.")));
  }

  private void certify(String who, QualificationType type) {
    LocalDate today = set.today();
    UUID person = set.person(who);
    crew.as(set.who(who), () -> qualifications.record(new RecordCertification(new PersonId(person), null,
        new NewCertification(type.code(), "Hollywood Armory Training",
            "HAT-" + UUID.randomUUID().toString().substring(0, 6), today.minusYears(1), today.plusYears(2)), null)));
  }

  private void refused(String as, String json, String field, String rule) throws Exception {
    send(post(api + "/locations"), as, json.formatted(LOCATION))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
        .andExpect(jsonPath("$.errors[*].rule", hasItem(rule)));
  }

  private ResultActions read(String as, String url) throws Exception {
    return mvc.perform(get(url).header("Authorization", crew.bearer(as)));
  }

  private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String as, String json) throws Exception {
    return mvc.perform(request.header("Authorization", crew.bearer(as)).contentType(MediaType.APPLICATION_JSON)
        .content(json));
  }
}
