package org.setsafe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An address no page answers: a browser reads the not-found page in its reader's language, as for a page that is not
 * there; the API, and anyone not asking for a page, get the problem document they always got.
 */
@SetSafeTest
class UnknownAddressTest {

  /** What Chromium asks for when a person opens an address. */
  private static final String BROWSER_ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;

  @Test
  void aBrowserOpeningAnAddressNoPageAnswersReadsNotFoundInItsReadersLanguage() throws Exception {
    String address = "/productions/" + UUID.randomUUID() + "/no-such-page";

    String spanish = mvc.perform(get(address).with(crew.signedIn("tess.grip")).header("Accept", BROWSER_ACCEPT)
            .header("Accept-Language", "es-MX,es;q=0.9"))
        .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andReturn().getResponse().getContentAsString();
    assertThat(spanish).contains("<html lang=\"es\"").contains("<h1>No encontrado</h1>")
        .contains("No hay nada en esta dirección.").contains("Volver a mis producciones")
        .doesNotContain("No static resource").doesNotContain("Not Found");

    String english = mvc.perform(get(address).with(crew.signedIn("tess.grip")).header("Accept", BROWSER_ACCEPT)
            .header("Accept-Language", "en-US"))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
    assertThat(english).contains("<h1>Not found</h1>").contains("There is nothing at this address.")
        .contains("Back to my productions");
  }

  @Test
  void theApiAndARequestNotAskingForAPageKeepTheProblemDocument() throws Exception {
    mvc.perform(get("/api/no-such-route").with(crew.signedIn("tess.grip")).header("Accept", BROWSER_ACCEPT))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404));
    mvc.perform(get("/productions/" + UUID.randomUUID() + "/no-such-page").with(crew.signedIn("tess.grip"))
            .accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404));
  }
}
