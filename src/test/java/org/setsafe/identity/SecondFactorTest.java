package org.setsafe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.domain.Base32;
import org.setsafe.identity.domain.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two-step sign-in for anyone who wants it: set up from the account page with a code the app computes from the key
 * shown, asked for after the password, each code good once, a run of wrong codes made to wait, and recovery codes
 * that each work once. The codes here are computed from the key as the phone's app would, at the test clock's time.
 */
@SetSafeTest
@ExtendWith(OutputCaptureExtension.class)
class SecondFactorTest {

  static final String PASSWORD = "a long enough password";
  private static final Pattern SETUP_KEY = Pattern.compile("data-testid=\"setup-key\">([A-Z2-7 ]+)<");
  private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})</code>");

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;

  private Instant started;
  private String username;
  private UUID userId;

  @BeforeEach
  void aCrewMemberWithAPassword() {
    started = clock.instant();
    username = "twostep-" + UUID.randomUUID().toString().substring(0, 8);
    userId = accounts.createWithPassword(SystemActor.ID, username, "Kim Twostep", null, null, PASSWORD).id();
  }

  @AfterEach
  void clockBack() {
    clock.set(started);
  }

  @Test
  void withTwoStepSignInOnThePasswordAloneOpensNothingUntilTheCodeIsTyped(CapturedOutput output) throws Exception {
    byte[] key = enrol(signIn());

    MockHttpSession session = signInExpecting("/login/second-factor");
    mvc.perform(get("/productions").session(session)).andExpect(redirectedUrl("/login/second-factor"));
    mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login/second-factor"));
    String sessionId = session.getId();

    clock.advance(Duration.ofSeconds(30));
    mvc.perform(post("/login/second-factor").param("code", codeNow(key)).session(session).with(csrf()))
        .andExpect(redirectedUrl("/"));
    assertThat(session.getId()).as("a new session id once fully signed in").isNotEqualTo(sessionId);
    mvc.perform(get("/account").session(session)).andExpect(status().isOk());
    assertThat(output).contains("signed in: user=" + username);
    await().atMost(Duration.ofSeconds(10)).until(() -> ledgerHas("identity.second-factor-enrolled"));
  }

  @Test
  void aCodeIsGoodOnceAndAWrongOneIsRefusedInWords() throws Exception {
    byte[] key = enrol(signIn());
    clock.advance(Duration.ofSeconds(30));
    String code = codeNow(key);
    MockHttpSession first = signInExpecting("/login/second-factor");
    mvc.perform(post("/login/second-factor").param("code", code).session(first).with(csrf()))
        .andExpect(redirectedUrl("/"));

    MockHttpSession second = signInExpecting("/login/second-factor");
    String replayed = mvc.perform(post("/login/second-factor").param("code", code).session(second).with(csrf()))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(replayed).contains("That code was used already.");
    String wrong = mvc.perform(post("/login/second-factor").param("code", "000000").session(second).with(csrf()))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(wrong).contains("That code is not right.");
    mvc.perform(get("/account").session(second)).andExpect(redirectedUrl("/login/second-factor"));
  }

  @Test
  void fiveWrongCodesMakeTheAccountWaitEvenForTheRightOne(CapturedOutput output) throws Exception {
    byte[] key = enrol(signIn());
    MockHttpSession session = signInExpecting("/login/second-factor");
    for (int i = 0; i < 5; i++) {
      mvc.perform(post("/login/second-factor").param("code", "12345" + i).session(session).with(csrf()))
          .andExpect(status().isBadRequest());
    }
    clock.advance(Duration.ofSeconds(30));
    String waiting = mvc.perform(post("/login/second-factor").param("code", codeNow(key)).session(session)
        .with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(waiting).contains("Too many wrong codes. Wait 15 minute(s)");
    assertThat(output).contains("sign-in refused: user=" + username).contains("reason=second factor: TOO_MANY_ATTEMPTS");

    clock.advance(Duration.ofMinutes(16));
    mvc.perform(post("/login/second-factor").param("code", codeNow(key)).session(session).with(csrf()))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void aRecoveryCodeStandsInForTheLostPhoneOnce() throws Exception {
    MockHttpSession setUp = signIn();
    List<String> recovery = enrolAndKeepRecoveryCodes(setUp);
    assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

    MockHttpSession lostPhone = signInExpecting("/login/second-factor");
    mvc.perform(post("/login/second-factor").param("code", recovery.get(3).toLowerCase()).session(lostPhone)
        .with(csrf())).andExpect(redirectedUrl("/"));
    String page = mvc.perform(get("/account/second-factor").session(lostPhone)).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains("Recovery codes left: 9");

    MockHttpSession again = signInExpecting("/login/second-factor");
    mvc.perform(post("/login/second-factor").param("code", recovery.get(3)).session(again).with(csrf()))
        .andExpect(status().isBadRequest());
    await().atMost(Duration.ofSeconds(10)).until(() -> ledgerHas("identity.recovery-code-used"));
  }

  @Test
  void turningItOffTakesACurrentCode() throws Exception {
    MockHttpSession session = signIn();
    byte[] key = enrol(session);
    mvc.perform(post("/account/second-factor/remove").param("code", "000000").session(session).with(csrf()))
        .andExpect(status().isBadRequest());
    clock.advance(Duration.ofSeconds(30));
    mvc.perform(post("/account/second-factor/remove").param("code", codeNow(key)).session(session).with(csrf()))
        .andExpect(redirectedUrl("/account/second-factor"));
    signInExpecting("/");
  }

  @Test
  void anAdministratorTurnsItOffWhenThePhoneIsLostWithItsCodesAndTheLostSessionEnds() throws Exception {
    MockHttpSession onTheLostPhone = signIn();
    enrol(onTheLostPhone);
    // Only an administrator may.
    mvc.perform(post("/admin/users/{u}/reset-second-factor", username).session(onTheLostPhone).with(csrf()))
        .andExpect(status().isForbidden());
    String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
    UUID adminId = accounts.createWithPassword(SystemActor.ID, admin, "Ada Admin", null,
        InstallationRole.ADMINISTRATOR, PASSWORD).id();
    MockHttpSession desk = (MockHttpSession) mvc.perform(post("/login").param("username", admin)
        .param("password", PASSWORD).with(csrf())).andReturn().getRequest().getSession(false);
    String users = mvc.perform(get("/admin/users").session(desk)).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString();
    assertThat(users).contains("/admin/users/" + username + "/reset-second-factor")
        .contains("Turn off two-step sign-in of Kim Twostep");

    mvc.perform(post("/admin/users/{u}/reset-second-factor", username).session(desk).with(csrf()))
        .andExpect(redirectedUrl("/admin/users"))
        .andExpect(flash().attribute("notice", containsString("Two-step sign-in of Kim Twostep is off")));
    // The session on the lost phone is over; the password alone opens the account again, and the page no longer
    // offers to turn off what is off.
    mvc.perform(get("/account").session(onTheLostPhone)).andExpect(redirectedUrl("/login?expired"));
    signInExpecting("/");
    assertThat(mvc.perform(get("/admin/users").session(desk)).andReturn().getResponse().getContentAsString())
        .doesNotContain("/admin/users/" + username + "/reset-second-factor");
    await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT COUNT(*) FROM ledger_entry "
        + "WHERE kind = 'identity.second-factor-removed' AND actor_id = ?").param(adminId).query(Long.class)
        .single() == 1);
  }

  @Test
  void aWrongFirstCodeLeavesItOffAndShowsTheSameKeyAgain() throws Exception {
    MockHttpSession session = signIn();
    mvc.perform(post("/account/second-factor/begin").session(session).with(csrf()));
    String first = page(session);
    String again = mvc.perform(post("/account/second-factor/confirm").param("code", "999999").session(session)
        .with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(again).contains("That code is not right");
    assertThat(setupKey(again)).isEqualTo(setupKey(first));
    signInExpecting("/");
  }

  @Test
  void theSecretIsKeptSealedAndACodeFromItStillSignsIn() throws Exception {
    byte[] key = enrol(signIn());

    java.util.Map<String, Object> row = jdbc.sql("SELECT * FROM second_factor WHERE user_id = ?").param(userId)
        .query().singleRow();
    String secret = Base32.encode(key);
    assertThat(row.values()).as("no column holds the secret as the app took it")
        .noneMatch(value -> value != null && value.toString().toUpperCase().contains(secret));
    assertThat(row.get("secret")).as("the plain column stays empty").isNull();
    assertThat(String.valueOf(row.get("sealed_secret"))).startsWith("v1.");

    clock.advance(Duration.ofSeconds(30));
    MockHttpSession session = signInExpecting("/login/second-factor");
    mvc.perform(post("/login/second-factor").param("code", codeNow(key)).session(session).with(csrf()))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void anAlteredSecretFailsClosedInWordsAndIsLogged(CapturedOutput output) throws Exception {
    byte[] key = enrol(signIn());
    String sealed = jdbc.sql("SELECT sealed_secret FROM second_factor WHERE user_id = ?").param(userId)
        .query(String.class).single();
    char last = sealed.charAt(sealed.length() - 5);
    String altered = sealed.substring(0, sealed.length() - 5) + (last == 'A' ? 'B' : 'A')
        + sealed.substring(sealed.length() - 4);
    jdbc.sql("UPDATE second_factor SET sealed_secret = ? WHERE user_id = ?").params(altered, userId).update();

    clock.advance(Duration.ofSeconds(30));
    MockHttpSession session = signInExpecting("/login/second-factor");
    String refused = mvc.perform(post("/login/second-factor").param("code", codeNow(key)).session(session)
        .with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("Your two-step sign-in key cannot be read on this server");
    mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login/second-factor"));
    assertThat(output).contains("reason=second factor: UNREADABLE")
        .contains("the two-step sign-in secret of user " + userId + " cannot be opened");
  }

  @Test
  void aSecretAnEarlierVersionKeptPlainIsSealedOnceAndStillSignsIn(@Autowired SecondFactorKey sealer)
      throws Exception {
    byte[] key = Totp.newSecret();
    String plain = Base32.encode(key);
    jdbc.sql("INSERT INTO second_factor (user_id, secret, created_at, confirmed_at, failures) VALUES (?, ?, ?, ?, 0)")
        .params(userId, plain, java.time.OffsetDateTime.now(clock), java.time.OffsetDateTime.now(clock)).update();

    sealer.afterSingletonsInstantiated();
    String sealed = jdbc.sql("SELECT sealed_secret FROM second_factor WHERE user_id = ?").param(userId)
        .query(String.class).single();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM second_factor WHERE secret IS NOT NULL").query(Long.class).single())
        .as("no plain secret is left").isZero();
    assertThat(sealed).startsWith("v1.").doesNotContain(plain);
    sealer.afterSingletonsInstantiated();
    assertThat(jdbc.sql("SELECT sealed_secret FROM second_factor WHERE user_id = ?").param(userId)
        .query(String.class).single()).as("a second start seals nothing again").isEqualTo(sealed);

    clock.advance(Duration.ofSeconds(30));
    MockHttpSession session = signInExpecting("/login/second-factor");
    mvc.perform(post("/login/second-factor").param("code", codeNow(key)).session(session).with(csrf()))
        .andExpect(redirectedUrl("/"));
  }

  // --- helpers

  private MockHttpSession signIn() throws Exception {
    return signInExpecting("/");
  }

  private MockHttpSession signInExpecting(String next) throws Exception {
    return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
        .with(csrf())).andExpect(redirectedUrl(next)).andReturn().getRequest().getSession(false);
  }

  private byte[] enrol(MockHttpSession session) throws Exception {
    byte[] key = begin(session);
    confirm(session, key);
    return key;
  }

  /** Begins setting it up and answers the key the page shows, as the phone's app would take it. */
  private byte[] begin(MockHttpSession session) throws Exception {
    mvc.perform(post("/account/second-factor/begin").session(session).with(csrf()))
        .andExpect(redirectedUrl("/account/second-factor"));
    return Base32.decode(setupKey(page(session)));
  }

  private List<String> enrolAndKeepRecoveryCodes(MockHttpSession session) throws Exception {
    return confirm(session, begin(session));
  }

  private List<String> confirm(MockHttpSession session, byte[] key) throws Exception {
    String codes = mvc.perform(post("/account/second-factor/confirm").param("code", codeNow(key)).session(session)
        .with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(codes).contains("Two-step sign-in is on");
    Matcher m = RECOVERY_CODE.matcher(codes);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private String page(MockHttpSession session) throws Exception {
    return mvc.perform(get("/account/second-factor").session(session)).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString();
  }

  static String setupKey(String page) {
    Matcher m = SETUP_KEY.matcher(page);
    assertThat(m.find()).as("the page shows the setup key").isTrue();
    return m.group(1).replace(" ", "");
  }

  private String codeNow(byte[] key) {
    return Totp.code(key, Totp.step(clock.instant()));
  }

  private boolean ledgerHas(String kind) {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE kind = ? AND actor_id = ?").params(kind, userId)
        .query(Long.class).single() > 0;
  }
}
