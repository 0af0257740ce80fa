package org.setsafe.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.setsafe.shared.ReasonWords.saidAsWritten;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.SystemActor;
import org.setsafe.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/** A production set up through the API, as a studio's integration would, and everything it refuses. */
@SetSafeTest
class ProductionApiTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Productions productions;
  @Autowired Schedule schedule;

  private String admin;
  private String producer;

  @BeforeEach
  void tokens() {
    admin = crew.bearer("demo.admin");
    producer = crew.bearer("grace.producer");
  }

  private String create(String token, String url, String json) throws Exception {
    return mvc.perform(post(url).header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().isCreated()).andExpect(header().exists("Location"))
        .andReturn().getResponse().getContentAsString();
  }

  private String newProduction() throws Exception {
    String body = create(admin, "/api/productions",
        "{\"name\":\"Red Mesa " + UUID.randomUUID().toString().substring(0, 6) + "\",\"timeZone\":\"America/Denver\"}");
    String id = JsonPath.read(body, "$.id");
    create(admin, "/api/productions/" + id + "/members", "{\"username\":\"grace.producer\",\"roles\":[\"PRODUCER\"]}");
    return id;
  }

  /** The problem answered is the production's own, and says its words: English as answered, Spanish too. */
  private static ResultMatcher inWords() {
    return result -> saidAsWritten((InvalidInputException) result.getResolvedException());
  }

  /** As {@link #inWords()} where the production's rules answered; a body's shape is refused before they read it. */
  private static ResultMatcher inWordsWhereTheRulesAnswered() {
    return result -> {
      if (result.getResolvedException() instanceof InvalidInputException problem) {
        saidAsWritten(problem);
      }
    };
  }

  @Test
  void aProducerStaffsAndA1stAdSchedulesAProduction() throws Exception {
    String id = newProduction();
    create(producer, "/api/productions/" + id + "/members", "{\"username\":\"dana.ad\",\"roles\":[\"FIRST_AD\"]}");
    create(producer, "/api/productions/" + id + "/members",
        "{\"username\":\"marcus.camera\",\"roles\":[\"CREW\"],\"department\":\"Camera\"}");
    String ad = crew.bearer("dana.ad");
    String day = create(ad, "/api/productions/" + id + "/shooting-days",
        "{\"date\":\"2031-05-04\",\"callTime\":\"05:45\",\"location\":\"Red Mesa, north face\"}");
    String dayId = JsonPath.read(day, "$.id");
    create(ad, "/api/productions/" + id + "/scenes",
        "{\"number\":\"41B\",\"description\":\"Posse rides out; no weapons drawn\",\"shootingDayId\":\"" + dayId + "\"}");

    mvc.perform(get("/api/productions/" + id + "/members").header("Authorization", crew.bearer("marcus.camera")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].username", hasItem("dana.ad")))
        .andExpect(jsonPath("$[?(@.username=='marcus.camera')].department", hasItem("Camera")));
    mvc.perform(get("/api/productions/" + id + "/scenes").header("Authorization", ad))
        .andExpect(jsonPath("$[0].number").value("41B"))
        .andExpect(jsonPath("$[0].shootingDayId").value(dayId));
    mvc.perform(get("/api/productions").header("Authorization", crew.bearer("marcus.camera")))
        .andExpect(jsonPath("$[*].id", hasItem(id)));
  }

  @Test
  void aProductionAlwaysKeepsSomeoneWhoCanManageItsCrew() throws Exception {
    String id = newProduction();
    mvc.perform(delete("/api/productions/" + id + "/members/" + crew.id("grace.producer")).header("Authorization", producer))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("roles"))
        .andExpect(jsonPath("$.errors[0].rule").value("KeepsManager")).andExpect(inWords());
  }

  static Stream<Arguments> badProductions() {
    return Stream.of(
        Arguments.of("{\"name\":\"\",\"timeZone\":\"UTC\"}", "name", "NotBlank"),
        Arguments.of("{\"name\":\"" + "x".repeat(10_000) + "\",\"timeZone\":\"UTC\"}", "name", "Size"),
        Arguments.of("{\"name\":\"Red Mesa\",\"timeZone\":\"Mars/Olympus_Mons\"}", "timeZone", "TimeZone"),
        Arguments.of("{\"name\":\"Red Mesa\"}", "timeZone", "NotBlank"),
        Arguments.of("{\"name\":42,\"timeZone\":[]}", "timeZone", "Type"));
  }

  @ParameterizedTest
  @MethodSource("badProductions")
  void aBadProductionIsRefusedNamingTheFieldAndRule(String json, String field, String rule) throws Exception {
    int before = SystemActor.call(() -> productions.visibleToCurrentUser().size());
    mvc.perform(post("/api/productions").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
        .andExpect(jsonPath("$.errors[*].rule", hasItem(rule)))
        .andExpect(inWordsWhereTheRulesAnswered());
    assertThat(SystemActor.call(() -> productions.visibleToCurrentUser().size())).isEqualTo(before);
  }

  static Stream<Arguments> badMembers() {
    return Stream.of(
        Arguments.of("{\"username\":\"nobody.here\",\"roles\":[\"CREW\"],\"department\":\"Grip\"}", 400, "username"),
        Arguments.of("{\"username\":\"tess.grip\",\"roles\":[]}", 400, "roles"),
        Arguments.of("{\"username\":\"tess.grip\",\"roles\":[\"STUNT_PILOT\"]}", 400, "roles[0]"),
        Arguments.of("{\"username\":\"tess.grip\",\"roles\":[\"CREW\"]}", 400, "department"),
        Arguments.of("{\"username\":\"tess.grip\",\"roles\":[\"CREW\"],\"department\":\"" + "g".repeat(61) + "\"}", 400, "department"),
        Arguments.of("{\"username\":\"grace.producer\",\"roles\":[\"UPM\"]}", 409, "username"));
  }

  @ParameterizedTest
  @MethodSource("badMembers")
  void aBadCrewMemberIsRefusedAndNothingIsWritten(String json, int status, String field) throws Exception {
    String id = newProduction();
    mvc.perform(post("/api/productions/" + id + "/members").header("Authorization", producer)
            .contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().is(status))
        .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
        .andExpect(inWordsWhereTheRulesAnswered());
    assertThat(SystemActor.call(() -> productions.members(UUID.fromString(id)))).hasSize(1);
  }

  static Stream<Arguments> badShootingDays() {
    return Stream.of(
        Arguments.of("{\"date\":\"1850-07-04\",\"callTime\":\"06:00\",\"location\":\"Ranch\"}", "date", "Range"),
        Arguments.of("{\"date\":\"2031-13-45\",\"callTime\":\"06:00\",\"location\":\"Ranch\"}", "date", "Type"),
        Arguments.of("{\"date\":\"2031-05-04\",\"callTime\":\"25:61\",\"location\":\"Ranch\"}", "callTime", "Type"),
        Arguments.of("{\"date\":\"2031-05-04\",\"callTime\":\"06:00\",\"location\":\"" + "r".repeat(10_000) + "\"}", "location", "Size"),
        Arguments.of("{\"callTime\":\"06:00\",\"location\":\"Ranch\"}", "date", "NotNull"));
  }

  @ParameterizedTest
  @MethodSource("badShootingDays")
  void aBadShootingDayIsRefusedNamingTheField(String json, String field, String rule) throws Exception {
    String id = newProduction();
    mvc.perform(post("/api/productions/" + id + "/shooting-days").header("Authorization", producer)
            .contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
        .andExpect(jsonPath("$.errors[*].rule", hasItem(rule)))
        .andExpect(inWordsWhereTheRulesAnswered());
    assertThat(SystemActor.call(() -> schedule.days(UUID.fromString(id)))).isEmpty();
  }

  @Test
  void aSecondShootingDayOnTheSameDateIsAConflict() throws Exception {
    String id = newProduction();
    String day = "{\"date\":\"2031-05-04\",\"callTime\":\"06:00\",\"location\":\"Ranch\"}";
    create(producer, "/api/productions/" + id + "/shooting-days", day);
    mvc.perform(post("/api/productions/" + id + "/shooting-days").header("Authorization", producer)
            .contentType(MediaType.APPLICATION_JSON).content(day))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("date")).andExpect(inWords());
  }

  @Test
  void aSceneCannotBePutOnAnotherProductionsShootingDay() throws Exception {
    String id = newProduction();
    UUID westernDay = SystemActor.call(() -> schedule.days(crew.production(Crew.WESTERN).id()).get(0).id());
    mvc.perform(post("/api/productions/" + id + "/scenes").header("Authorization", producer)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"number\":\"1\",\"description\":\"Opening\",\"shootingDayId\":\"" + westernDay + "\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("shootingDayId"))
        .andExpect(inWords());
    assertThat(SystemActor.call(() -> schedule.scenes(UUID.fromString(id)))).isEmpty();
  }

  @Test
  void theScriptBreakdownMarksASceneHazardsWhichOnlyThoseWhoScheduleMayChange() throws Exception {
    String id = newProduction();
    create(admin, "/api/productions/" + id + "/members", "{\"username\":\"eli.actor\",\"roles\":[\"PERFORMER\"]}");
    String scene = JsonPath.read(create(producer, "/api/productions/" + id + "/scenes",
        "{\"number\":\"12A\",\"description\":\"Cole fires one blank toward the altar\"}"), "$.id");
    String hazards = "/api/productions/" + id + "/scenes/" + scene + "/hazards";

    mvc.perform(put(hazards).header("Authorization", producer).contentType(MediaType.APPLICATION_JSON)
            .content("{\"hazards\":[\"FIREARMS\",\"PYROTECHNICS\"]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hazards", org.hamcrest.Matchers.containsInAnyOrder("FIREARMS", "PYROTECHNICS")));
    assertThat(SystemActor.call(() -> schedule.scene(UUID.fromString(id), UUID.fromString(scene))).hasFirearms()).isTrue();

    mvc.perform(put(hazards).header("Authorization", producer).contentType(MediaType.APPLICATION_JSON)
            .content("{\"hazards\":[\"LASERS\"]}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("hazards"))
        .andExpect(jsonPath("$.errors[0].rule").value("KnownHazard")).andExpect(inWords());
    mvc.perform(put(hazards).header("Authorization", producer).contentType(MediaType.APPLICATION_JSON)
            .content("{\"hazards\":[42]}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].rule").value("Type")).andExpect(inWords());
    // Fatigue is reported by the crew, not marked in the breakdown.
    mvc.perform(put(hazards).header("Authorization", producer).contentType(MediaType.APPLICATION_JSON)
            .content("{\"hazards\":[\"FIREARMS\",\"FATIGUE_HOURS\"]}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("hazards"))
        .andExpect(jsonPath("$.errors[0].rule").value("KnownHazard"));
    mvc.perform(put(hazards).header("Authorization", crew.bearer("eli.actor")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"hazards\":[]}"))
        .andExpect(status().isForbidden());
    Scene unchanged = SystemActor.call(() -> schedule.scene(UUID.fromString(id), UUID.fromString(scene)));
    assertThat(unchanged.hazards()).containsExactlyInAnyOrder(Hazard.FIREARMS, Hazard.PYROTECHNICS);
    assertThat(unchanged.highRisk()).isTrue();

    mvc.perform(put(hazards).header("Authorization", producer).contentType(MediaType.APPLICATION_JSON)
            .content("{\"hazards\":[]}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.hazards").isEmpty());
    // The ledger appends after the commit, on its own thread.
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
        mvc.perform(get("/api/productions/" + id + "/ledger/entries").header("Authorization", producer))
            .andExpect(jsonPath("$[?(@.kind=='production.scene-hazards-marked')]")
                .value(org.hamcrest.Matchers.hasSize(2))));
  }

  @Test
  void malformedJsonUnknownIdsAndBadIdsGetClearFourHundreds() throws Exception {
    String id = newProduction();
    mvc.perform(post("/api/productions/" + id + "/scenes").header("Authorization", producer)
            .contentType(MediaType.APPLICATION_JSON).content("{\"number\": \"1\", "))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Malformed request body"));
    mvc.perform(get("/api/productions/" + UUID.randomUUID()).header("Authorization", producer))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/productions/not-a-uuid").header("Authorization", producer))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("productionId"));
    mvc.perform(put("/api/productions/" + id + "/scenes/" + UUID.randomUUID() + "/shooting-day")
            .header("Authorization", producer).contentType(MediaType.APPLICATION_JSON).content("{\"shootingDayId\":null}"))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/productions/" + id + "/scenes").header("Authorization", producer)
            .contentType(MediaType.TEXT_PLAIN).content("scene 1"))
        .andExpect(status().isUnsupportedMediaType());
  }
}
