package org.setsafe.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An invitation works once, until it expires, is withdrawn or is sent again; someone who already has an account
 * joins with it; only the production's producers and UPMs invite, and a bad invitation names its field.
 */
@SetSafeTest
class InvitationLifecycleTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired TestClock clock;
  @Autowired Invitations invitations;
  @Autowired JdbcClient jdbc;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private Instant start;
  private UUID p;
  private String upm;

  @BeforeEach
  void aProductionWithItsUpm() {
    start = clock.instant();
    upm = "upm-" + run;
    p = SystemActor.call(() -> {
      UUID id = productions.create("Salt Flats " + run, "America/Denver").id();
      accounts.createWithPassword(SystemActor.ID, upm, "Uma Price", null, null, Crew.PASSWORD);
      accounts.createWithPassword(SystemActor.ID, "grip-" + run, "Gil Ross", null, null, Crew.PASSWORD);
      productions.addMember(id, upm, Set.of(CrewRole.UPM), null);
      productions.addMember(id, "grip-" + run, Set.of(CrewRole.CREW), "Grip");
      return id;
    });
  }

  @AfterEach
  void giveTheClockBack() {
    clock.set(start);
  }

  @Test
  void aLinkSentAgainReplacesTheOldOneAndAWithdrawnOneOpensNothing() throws Exception {
    String first = invite("{\"displayName\":\"Dolores Vega\",\"roles\":[\"PERFORMER\"],\"department\":\"Cast\"}");
    String id = JsonPath.read(first, "$.invitation.id");
    String oldLink = path(JsonPath.read(first, "$.link"));
    assertThat(JsonPath.<Boolean>read(first, "$.emailed")).isFalse();
    mvc.perform(get(oldLink)).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Dolores Vega")));

    String again = mvc.perform(post("/api/productions/{p}/invitations/{i}/resend", p, id)
            .header("Authorization", crew.bearer(upm)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.invitation.timesSent").value(2))
        .andReturn().getResponse().getContentAsString();
    String newLink = path(JsonPath.read(again, "$.link"));
    mvc.perform(get(oldLink)).andExpect(status().isNotFound());

    mvc.perform(post("/api/productions/{p}/invitations/{i}/revoke", p, id).header("Authorization", crew.bearer(upm)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"));
    mvc.perform(get(newLink)).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("This invitation was withdrawn")));
    mvc.perform(post(newLink).with(csrf()).param("username", "dolores-" + run)
            .param("password", "tumbleweed at noon").param("repeatPassword", "tumbleweed at noon"))
        .andExpect(status().isOk());
    assertThat(accounts.findByUsername("dolores-" + run)).isEmpty();
    mvc.perform(post("/api/productions/{p}/invitations/{i}/revoke", p, id).header("Authorization", crew.bearer(upm)))
        .andExpect(status().isConflict());
  }

  @Test
  void anInvitationPastItsTimeNoLongerWorks() throws Exception {
    String link = path(JsonPath.read(invite("{\"displayName\":\"Ike Brandt\",\"roles\":[\"PERFORMER\"]}"), "$.link"));
    clock.advance(Duration.ofDays(15));
    mvc.perform(get(link)).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("This invitation has expired")));
    mvc.perform(post(link).with(csrf()).param("username", "ike-" + run)
            .param("password", "tumbleweed at noon").param("repeatPassword", "tumbleweed at noon"))
        .andExpect(status().isOk());
    assertThat(accounts.findByUsername("ike-" + run)).isEmpty();
  }

  @Test
  void someoneWithAnAccountSignsInAndJoinsWithIt() throws Exception {
    String kim = "kim-" + run;
    UUID kimId = SystemActor.call(() -> accounts.createWithPassword(SystemActor.ID, kim, "Kim Lee",
        kim + "@crew.example", null, Crew.PASSWORD)).id();
    String issued = invite("{\"email\":\"" + kim.toUpperCase() + "@crew.example\",\"displayName\":\"Kim Lee\","
        + "\"roles\":[\"SAFETY_ADVISOR\"]}");
    assertThat(JsonPath.<Object>read(issued, "$.link")).as("emailed links are not shown").isNull();
    await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(smtp.getReceivedMessages())
        .anyMatch(m -> to(m).equals(kim + "@crew.example")));
    MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(kim + "@crew.example"))
        .findFirst().orElseThrow();
    Matcher found = Pattern.compile("/invitations/[A-Za-z0-9_-]{43}").matcher(String.valueOf(mail.getContent()));
    assertThat(found.find()).isTrue();
    String link = found.group();

    // Her address has an account: no second one is offered, she signs in to join.
    mvc.perform(get(link)).andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("Choose your sign-in"))))
        .andExpect(content().string(Matchers.containsString("sign in to join")));
    mvc.perform(post(link).with(csrf()).param("username", "kim2-" + run)
            .param("password", "tumbleweed at noon").param("repeatPassword", "tumbleweed at noon"))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("sign in with it to accept")));
    mvc.perform(get("/account" + link).with(crew.signedIn(kim))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Join as Kim Lee")));
    mvc.perform(post("/account" + link).with(crew.signedIn(kim)).with(csrf()))
        .andExpect(redirectedUrl("/productions/" + p));
    assertThat(SystemActor.call(() -> productions.rolesOf(p, kimId))).contains(Set.of(CrewRole.SAFETY_ADVISOR));
    assertThat(accounts.findByUsername("kim2-" + run)).isEmpty();
  }

  @Test
  void aSignInWhoseProviderVouchedForTheAddressJoinsWhatWasSentToIt() throws Exception {
    String sso = "sso-" + run;
    invite("{\"email\":\"" + sso + "@studio.example\",\"displayName\":\"Sol Ortiz\",\"roles\":[\"PERFORMER\"]}");
    UUID solId = SystemActor.call(() -> accounts.createWithPassword(SystemActor.ID, sso, "Sol Ortiz",
        sso + "@studio.example", null, Crew.PASSWORD)).id();
    assertThat(crew.as(sso, () -> invitations.acceptAddressedTo(solId, "SSO-" + run + "@Studio.example")))
        .containsExactly(p);
    assertThat(SystemActor.call(() -> productions.rolesOf(p, solId))).contains(Set.of(CrewRole.PERFORMER));
    assertThat(crew.as(sso, () -> invitations.acceptAddressedTo(solId, sso + "@studio.example"))).isEmpty();
  }

  @Test
  void theEmailCarriesTheUsableLinkButTheDeliveryLogKeepsItRedacted() throws Exception {
    String address = "nia-" + run + "@crew.example";
    String issued = invite("{\"email\":\"" + address + "\",\"displayName\":\"Nia Cole\",\"roles\":[\"PERFORMER\"]}");
    String id = JsonPath.read(issued, "$.invitation.id");
    await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(smtp.getReceivedMessages())
        .anyMatch(m -> to(m).equals(address)));
    MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(address))
        .findFirst().orElseThrow();
    Matcher found = Pattern.compile("/invitations/([A-Za-z0-9_-]{43})").matcher(String.valueOf(mail.getContent()));
    assertThat(found.find()).as("the email carries the whole link").isTrue();
    String link = found.group();
    String token = found.group(1);

    // Sent: the row keeps the link redacted, and the sealed usable one is gone with the attempts.
    await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT status FROM delivery WHERE notice_key LIKE ?")
        .param("invitation/" + id + "/%").query(String.class).list().contains("SENT"));
    java.util.List<java.util.Map<String, Object>> rows = jdbc.sql("SELECT * FROM delivery WHERE notice_key LIKE ?")
        .param("invitation/" + id + "/%").query().listOfRows();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("link")).isEqualTo("/invitations/…");
    assertThat(rows.get(0).get("sealed_link")).isNull();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery WHERE link LIKE ? OR body LIKE ? OR sealed_link LIKE ?")
        .params("%" + token + "%", "%" + token + "%", "%" + token + "%").query(Long.class).single())
        .as("no delivery row holds the token").isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM inbox_item WHERE link LIKE ? OR body LIKE ?")
        .params("%" + token + "%", "%" + token + "%").query(Long.class).single())
        .as("no inbox item holds the token").isZero();
    // Nor do the production's delivery log pages (invitations are installation-wide and not listed there).
    mvc.perform(get("/productions/{p}/notifications", p).with(crew.signedIn(upm))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString(token))));
    mvc.perform(get("/api/productions/{p}/deliveries", p).header("Authorization", crew.bearer(upm)))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString(token))));

    // The emailed link still does what it says.
    mvc.perform(get(link)).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Nia Cole")));
    mvc.perform(post(link).with(csrf()).param("username", "nia-" + run)
            .param("password", "tumbleweed at noon").param("repeatPassword", "tumbleweed at noon"))
        .andExpect(redirectedUrl("/productions/" + p));
    assertThat(accounts.findByUsername("nia-" + run)).isPresent();
  }

  private static String to(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void onlyTheProductionsManagersInviteAndABadInvitationNamesItsField() throws Exception {
    mvc.perform(post("/api/productions/{p}/invitations", p).header("Authorization", crew.bearer("grip-" + run))
            .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\":\"X\",\"roles\":[\"CREW\"]}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/productions/{p}/invitations", p).header("Authorization", crew.bearer("rosa.armorer"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\":\"X\",\"roles\":[\"CREW\"]}"))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/productions/{p}/invitations", p).header("Authorization", crew.bearer(upm))
            .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\":\"X\",\"roles\":[]}"))
        .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("roles")));
    mvc.perform(post("/api/productions/{p}/invitations", p).header("Authorization", crew.bearer(upm))
            .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\":\"X\",\"roles\":[\"CREW\"]}"))
        .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("department")));
    mvc.perform(post("/api/productions/{p}/invitations", p).header("Authorization", crew.bearer(upm))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"email\":\"nobody\",\"displayName\":\"X\",\"roles\":[\"PERFORMER\"]}"))
        .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("email")));
    mvc.perform(get("/api/productions/{p}/invitations", p).header("Authorization", crew.bearer(upm)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    mvc.perform(get("/invitations/{t}", "not-a-token")).andExpect(status().isNotFound());
  }

  private String invite(String json) throws Exception {
    return mvc.perform(post("/api/productions/{p}/invitations", p).header("Authorization", crew.bearer(upm))
            .contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
  }

  private static String path(String link) {
    return link.substring(link.indexOf("/invitations/"));
  }
}
