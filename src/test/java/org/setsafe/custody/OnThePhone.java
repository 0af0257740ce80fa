package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.setsafe.Crew;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The custody pages as the crew use them in tests: forms posted from a signed-in session, the page each lands
 * on read back with whatever notice, refusal or problem the step left for it. Lots are registered through the
 * API here, where a test needs one quickly; their own pages are tested in AmmunitionLotPagesTest.
 */
final class OnThePhone {

  private final MockMvc mvc;
  private final Crew crew;
  private final UUID productionId;

  OnThePhone(MockMvc mvc, Crew crew, UUID productionId) {
    this.mvc = mvc;
    this.crew = crew;
    this.productionId = productionId;
  }

  String custody() {
    return "/productions/" + productionId + "/custody";
  }

  /** A revolver registered, received and inspected by the armorer: in her hands, ready to load. */
  String inspectedRevolver() throws Exception {
    MvcResult result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .post(custody() + "/weapons").with(crew.signedIn("rosa.armorer")).with(csrf())
            .param("kind", "FIREARM").param("manufacturerOrImporter", "Colt").param("model", "Single Action Army")
            .param("serial", "L" + UUID.randomUUID().toString().substring(0, 8)).param("type", "REVOLVER")
            .param("caliberOrGauge", ".45 Colt").param("ownerName", "Gunslinger Rentals"))
        .andExpect(status().is3xxRedirection()).andReturn();
    String weapon = result.getResponse().getRedirectedUrl();
    assertThat(post("rosa.armorer", weapon + "/receive", "receivedFrom", "Gunslinger Rentals").getFlashMap().keySet())
        .contains("notice");
    assertThat(post("rosa.armorer", weapon + "/inspect", "finding", "Bore clear, cylinder empty").getFlashMap().keySet())
        .contains("notice");
    return weapon;
  }

  /** A lot registered by the armorer through the API; its id. */
  String lot(String roundClass, int count) throws Exception {
    String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .post("/api" + custody() + "/lots").header("Authorization", crew.bearer("rosa.armorer"))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"roundClass":"%s","caliber":".45 Colt","supplier":"Desert Prop Ammunition","receivedOn":"%s",
                 "count":%d,"origin":"NEW_FROM_SUPPLIER"}""".formatted(roundClass, LocalDate.now(), count)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  /** A dummy lot every round of which the armorer checked on its page. */
  String verifiedDummies(int count) throws Exception {
    String lot = lot("DUMMY", count);
    MvcResult verified = post("rosa.armorer", custody() + "/lots/" + lot + "/dummies-verified",
        "method", "PRIMER_DRILLED_OR_ABSENT", "roundsVerified", String.valueOf(count));
    assertThat(verified.getFlashMap().keySet()).contains("notice");
    return lot;
  }

  /** Posts a form as this person and returns the redirect, with what it flashed for the next page. */
  MvcResult post(String who, String url, String... fields) throws Exception {
    MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .post(url).with(crew.signedIn(who)).with(csrf());
    for (int i = 0; i < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
  }

  /** The page this person lands on after the step, showing what the step flashed. */
  String landing(String who, MvcResult step) throws Exception {
    return mvc.perform(get(step.getResponse().getRedirectedUrl()).with(crew.signedIn(who))
            .flashAttrs(step.getFlashMap()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  String page(String who, String url) throws Exception {
    return mvc.perform(get(url).with(crew.signedIn(who))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
  }
}
