package org.setsafe.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.ReasonWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A webhook that is no web address is refused in the words of whoever typed it; nothing is set. */
@SetSafeTest
class WebhookInWordsTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired DeliveryLog log;

  @Test
  void aWebhookThatIsNoWebAddressIsRefusedInTheReadersWords() throws Exception {
    UUID western = crew.production(Crew.WESTERN).id();
    java.util.Optional<String> before = crew.as("sam.safety", () -> log.webhookHost(western));
    for (String url : new String[] {"ftp://hooks.example.org/x", "https://" + "x".repeat(3000) + ".org"}) {
      assertThatThrownBy(() -> crew.as("sam.safety", () -> log.setWebhook(western, url)))
          .isInstanceOfSatisfying(InvalidInputException.class, ReasonWords::saidAsWritten);
    }
    mvc.perform(post("/productions/" + western + "/notifications/webhook").param("url", "hooks.example.org")
            .with(crew.signedIn("sam.safety")).with(csrf()).header("Accept-Language", "es"))
        .andExpect(flash().attribute("webhookError", "url debe ser una dirección http o https con un host"));
    assertThat(crew.as("sam.safety", () -> log.webhookHost(western))).isEqualTo(before);
  }
}
