package org.setsafe.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A member of one production gets nothing of another through any route, page or API, whatever ids
 * they use. The routes are read from the application itself, so a route added later is covered
 * without anyone remembering to add it here.
 */
@SetSafeTest
class ProductionIsolationTest {

  /** A body and form fields that every route would accept if access were granted. */
  private static final String ANY_BODY = """
      {"username":"tess.grip","roles":["CREW"],"department":"Grip","name":"Taken over","timeZone":"UTC",
       "date":"2031-01-01","callTime":"06:00","location":"Somewhere","number":"99","description":"Intruder",
       "shootingDayId":null,
       "kind":"FIREARM","serial":"X1","manufacturerOrImporter":"Colt","model":"SAA","type":"REVOLVER",
       "caliberOrGauge":".45 Colt","ownerName":"Intruder Arms","reason":"Taken over","roundClass":"DUMMY",
       "caliber":".45 Colt","supplier":"Intruder Arms","receivedOn":"2031-01-01","count":6,"origin":"NEW_FROM_SUPPLIER",
       "receivedFrom":"Intruder Arms","finding":"Taken over","manifest":{"1":"00000000-0000-0000-0000-000000000001"},
       "roundsBackToLot":{},"witnesses":["00000000-0000-0000-0000-000000000001"],
       "performerId":"00000000-0000-0000-0000-000000000001","sceneId":"00000000-0000-0000-0000-000000000001",
       "toArmorerId":"00000000-0000-0000-0000-000000000001","where":"Somewhere","method":"RATTLE_TEST",
       "roundsVerified":6,"lotId":"00000000-0000-0000-0000-000000000001","counted":6,"direction":"OUT",
       "counterpart":"Intruder Arms","recipient":"Intruder Arms","address":"Somewhere","disposition":"Taken over",
       "counts":{},
       "hazards":[{"category":"GENERAL","whatCouldGoWrong":"Taken over","likelihood":1,"severity":1,
         "controls":[{"level":"PPE","description":"Taken over"}],"residualLikelihood":1,"residualSeverity":1}],
       "version":1,"duty":"SAFETY_ADVISOR","highResidualRating":12}""";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  @Test
  void theArmorerOfTheWesternGetsNothingOfTheDramaThroughAnyRoute() throws Exception {
    Production drama = crew.production(Crew.DRAMA);
    UUID dramaDay = SystemActor.call(() -> schedule.days(drama.id()).get(0).id());
    Map<String, String> ids = Map.ofEntries(
        Map.entry("productionId", drama.id().toString()),
        Map.entry("userId", crew.id("grace.producer").toString()),
        Map.entry("dayId", dramaDay.toString()),
        Map.entry("day", SystemActor.call(() -> schedule.days(drama.id()).get(0).date()).toString()),
        Map.entry("holdId", UUID.randomUUID().toString()),
        Map.entry("sceneId", UUID.randomUUID().toString()),
        Map.entry("subject", "user:" + crew.id("grace.producer")),
        Map.entry("index", "0"),
        Map.entry("weaponId", UUID.randomUUID().toString()),
        Map.entry("lotId", UUID.randomUUID().toString()),
        Map.entry("findId", UUID.randomUUID().toString()),
        Map.entry("reportId", UUID.randomUUID().toString()),
        Map.entry("photoId", UUID.randomUUID().toString()),
        Map.entry("stopWorkId", UUID.randomUUID().toString()),
        Map.entry("reviewId", UUID.randomUUID().toString()),
        Map.entry("certificationId", UUID.randomUUID().toString()),
        Map.entry("meetingId", UUID.randomUUID().toString()), Map.entry("bulletinId", UUID.randomUUID().toString()),
        Map.entry("incidentId", UUID.randomUUID().toString()), Map.entry("itemId", UUID.randomUUID().toString()),
        Map.entry("statementId", UUID.randomUUID().toString()), Map.entry("rootCauseId", UUID.randomUUID().toString()),
        Map.entry("actionId", UUID.randomUUID().toString()), Map.entry("grantId", UUID.randomUUID().toString()),
        Map.entry("clockId", UUID.randomUUID().toString()), Map.entry("offerId", UUID.randomUUID().toString()),
        Map.entry("invitationId", UUID.randomUUID().toString()),
        Map.entry("year", "2026"));
    int membersBefore = SystemActor.call(() -> productions.members(drama.id()).size());
    int daysBefore = SystemActor.call(() -> schedule.days(drama.id()).size());

    List<String> tried = attemptEveryProductionRoute("rosa.armorer", ids, drama.name());

    assertThat(tried).hasSizeGreaterThanOrEqualTo(20);
    assertThat(SystemActor.call(() -> productions.members(drama.id()).size())).isEqualTo(membersBefore);
    assertThat(SystemActor.call(() -> schedule.days(drama.id()).size())).isEqualTo(daysBefore);
    assertThat(SystemActor.call(() -> schedule.scenes(drama.id()))).isEmpty();
  }

  @Test
  void guessedProductionIdsRevealNothing() throws Exception {
    Map<String, String> ids = Map.ofEntries(
        Map.entry("productionId", UUID.randomUUID().toString()),
        Map.entry("userId", UUID.randomUUID().toString()),
        Map.entry("dayId", UUID.randomUUID().toString()),
        Map.entry("day", "2031-01-01"),
        Map.entry("holdId", UUID.randomUUID().toString()),
        Map.entry("sceneId", UUID.randomUUID().toString()),
        Map.entry("subject", "user:" + UUID.randomUUID()),
        Map.entry("index", "0"),
        Map.entry("weaponId", UUID.randomUUID().toString()),
        Map.entry("lotId", UUID.randomUUID().toString()),
        Map.entry("findId", UUID.randomUUID().toString()),
        Map.entry("reportId", UUID.randomUUID().toString()),
        Map.entry("photoId", UUID.randomUUID().toString()),
        Map.entry("stopWorkId", UUID.randomUUID().toString()),
        Map.entry("reviewId", UUID.randomUUID().toString()),
        Map.entry("certificationId", UUID.randomUUID().toString()),
        Map.entry("meetingId", UUID.randomUUID().toString()), Map.entry("bulletinId", UUID.randomUUID().toString()),
        Map.entry("incidentId", UUID.randomUUID().toString()), Map.entry("itemId", UUID.randomUUID().toString()),
        Map.entry("statementId", UUID.randomUUID().toString()), Map.entry("rootCauseId", UUID.randomUUID().toString()),
        Map.entry("actionId", UUID.randomUUID().toString()), Map.entry("grantId", UUID.randomUUID().toString()),
        Map.entry("clockId", UUID.randomUUID().toString()), Map.entry("offerId", UUID.randomUUID().toString()),
        Map.entry("invitationId", UUID.randomUUID().toString()),
        Map.entry("year", "2026"));
    assertThat(attemptEveryProductionRoute("grace.producer", ids, Crew.DRAMA)).isNotEmpty();
  }

  private List<String> attemptEveryProductionRoute(String username, Map<String, String> ids, String secret)
      throws Exception {
    String bearer = crew.bearer(username);
    List<String> tried = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String pattern : info.getPatternValues()) {
        if (!pattern.contains("{productionId}")) {
          continue;
        }
        String url = pattern;
        for (Map.Entry<String, String> id : ids.entrySet()) {
          url = url.replace("{" + id.getKey() + "}", id.getValue());
        }
        for (RequestMethod method : info.getMethodsCondition().getMethods()) {
          MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(method.name()), url);
          if (url.startsWith("/api/")) {
            call.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(ANY_BODY);
          } else {
            call.with(crew.signedIn(username)).with(csrf())
                .param("username", "tess.grip").param("roles", "CREW").param("department", "Grip")
                .param("date", "2031-01-01").param("callTime", "06:00").param("location", "Somewhere")
                .param("number", "99").param("description", "Intruder").param("version", "1");
          }
          MvcResult result = mvc.perform(call).andReturn();
          String body = result.getResponse().getContentAsString();
          assertThat(result.getResponse().getStatus()).as(method + " " + url).isEqualTo(404);
          assertThat(body).as(method + " " + url).doesNotContain(secret).doesNotContain("Grace Mbeki");
          tried.add(method + " " + pattern);
        }
      }
    }
    return tried;
  }
}
