package org.setsafe.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** An answer kept for an Idempotency-Key is replayed for a day, then forgotten, and the key may be used again. */
@SetSafeTest
class IdempotencyRetentionTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired TestClock clock;
  @Autowired IdempotencyKeys requests;

  private Instant start;
  private String rosa;
  private String weapon;

  @BeforeEach
  void aReceivedRevolver() throws Exception {
    start = clock.instant();
    rosa = crew.bearer("rosa.armorer");
    String base = "/api/productions/" + crew.production(Crew.WESTERN).id() + "/custody";
    weapon = base + "/weapons/" + JsonPath.read(send(base + "/weapons", null, """
        {"kind":"FIREARM","serial":"KEY-%s","manufacturerOrImporter":"Colt","model":"Single Action Army",
         "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals",
         "ownerLicenceNumber":"9-85-049-01"}""".formatted(UUID.randomUUID().toString().substring(0, 6)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.weapon.id");
    send(weapon + "/receive", null, "{\"receivedFrom\":\"Gunslinger Rentals\"}").andExpect(status().isOk());
  }

  @AfterEach
  void backToToday() {
    clock.set(start);
  }

  @Test
  void aRetryTheNextMorningIsStillAnsweredOnceButAKeyIsForgottenAfterADay() throws Exception {
    String key = UUID.randomUUID().toString();
    send(weapon + "/inspect", key, "{\"finding\":\"Bore clear\"}").andExpect(status().isOk());

    clock.advance(Duration.ofHours(23));
    requests.forgetOldAnswers();
    send(weapon + "/inspect", key, "{\"finding\":\"Bore clear\"}")
        .andExpect(status().isOk()).andExpect(header().string("Idempotent-Replayed", "true"));

    clock.advance(Duration.ofHours(2));
    assertThat(requests.forgetOldAnswers()).isPositive();
    // The key is free again: a new step under it is recorded, not refused as a reused key.
    send(weapon + "/inspect", key, "{\"finding\":\"Bore clear after cleaning\"}")
        .andExpect(status().isOk()).andExpect(header().doesNotExist("Idempotent-Replayed"))
        .andExpect(jsonPath("$.kind").value("custody.weapon-inspected"));
  }

  private ResultActions send(String url, String key, String json) throws Exception {
    var request = post(url).header("Authorization", rosa).contentType(MediaType.APPLICATION_JSON).content(json);
    return mvc.perform(key == null ? request : request.header("Idempotency-Key", key));
  }
}
