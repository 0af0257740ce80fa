package org.setsafe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SetSafeTest
@ExtendWith(OutputCaptureExtension.class)
class SignInSecurityTest {

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired TestClock clock;
  @Autowired Crew crew;
  @Autowired ApiTokens tokens;

  private String newUser(String password) {
    String username = "signin-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.createWithPassword(SystemActor.ID, username, "Test Person", null, null, password);
    return username;
  }

  private MvcResult signIn(String username, String password, String address) throws Exception {
    return mvc.perform(post("/login").param("username", username).param("password", password)
            .with(csrf()).with(request -> {
              request.setRemoteAddr(address);
              return request;
            }))
        .andReturn();
  }

  @Test
  void passwordsAreStoredAsArgon2idWithOwaspParameters() {
    assertThat(passwordEncoder.encode("dust devils at high noon")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
  }

  @Test
  void aWrongPasswordIsRefusedAndLogged(CapturedOutput output) throws Exception {
    String username = newUser("a long enough password");
    MvcResult result = signIn(username, "not the password", "192.0.2.10");
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    assertThat(output).contains("sign-in refused: user=" + username + " address=192.0.2.10 reason=wrong username or password");
  }

  @Test
  void theSessionIdIsRenewedAtSignIn() throws Exception {
    String username = newUser("a long enough password");
    MockHttpSession before = new MockHttpSession();
    String idBefore = before.getId();
    MvcResult result = mvc.perform(post("/login").session(before).param("username", username)
        .param("password", "a long enough password").with(csrf())).andReturn();
    HttpSession after = result.getRequest().getSession(false);
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    assertThat(after).isNotNull();
    assertThat(after.getId()).isNotEqualTo(idBefore);
  }

  @Test
  void tooManyFailuresThrottleTheAccountEvenForTheRightPasswordUntilTheWindowPasses(CapturedOutput output)
      throws Exception {
    String username = newUser("a long enough password");
    for (int i = 0; i < 5; i++) {
      assertThat(signIn(username, "wrong password " + i, "192.0.2." + (20 + i)).getResponse().getRedirectedUrl())
          .isEqualTo("/login?error");
    }
    MvcResult throttled = signIn(username, "a long enough password", "192.0.2.30");
    assertThat(throttled.getResponse().getRedirectedUrl()).isEqualTo("/login?throttled=15");
    assertThat(output).contains("sign-in refused: user=" + username + " address=192.0.2.30 reason=too many failed attempts");

    clock.advance(Duration.ofMinutes(16));
    assertThat(signIn(username, "a long enough password", "192.0.2.30").getResponse().getRedirectedUrl())
        .isEqualTo("/");
  }

  @Test
  void theThrottledPageSaysHowLongToWait() throws Exception {
    String page = mvc.perform(get("/login").param("throttled", "15")).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Too many failed sign-in attempts. Wait 15 minute(s) and try again.");
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefusedAndLogged(CapturedOutput output) throws Exception {
    String username = newUser("a long enough password");
    MockHttpSession session = (MockHttpSession) signIn(username, "a long enough password", "192.0.2.40")
        .getRequest().getSession(false);
    mvc.perform(get("/account").session(session)).andExpect(status().isOk());
    mvc.perform(post("/account/tokens").session(session).param("name", "phone").with(csrf().useInvalidToken()))
        .andExpect(status().isForbidden());
    assertThat(output).contains("access refused: user=" + username
        + " request=POST /account/tokens reason=missing or invalid CSRF token");
    assertThat(tokensOf(username)).isEmpty();
  }

  @Test
  void aFormPostedWithoutAnySessionIsSentToSignInAndLogged(CapturedOutput output) throws Exception {
    mvc.perform(post("/account/tokens").param("name", "phone")).andExpect(redirectedUrl("/login?expired"));
    assertThat(output).contains("access refused: user=anonymous request=POST /account/tokens reason=session expired or missing, or no CSRF token");
  }

  private java.util.List<ApiTokenView> tokensOf(String username) {
    return tokens.tokensOf(accounts.findByUsername(username).orElseThrow().id());
  }

  @Test
  void anExpiredSessionSendsThePersonBackToSignIn() throws Exception {
    mvc.perform(get("/productions").with(request -> {
          request.setRequestedSessionId("expired-session-id");
          request.setRequestedSessionIdValid(false);
          return request;
        }))
        .andExpect(redirectedUrl("/login?expired"));
  }

  @Test
  void pagesNeedASignIn(CapturedOutput output) throws Exception {
    mvc.perform(get("/productions")).andExpect(redirectedUrl("/login"));
    assertThat(output).contains("access refused: user=anonymous request=GET /productions reason=not signed in");
  }

  @Test
  void addressesNoRuleAllowsAreDenied() throws Exception {
    mvc.perform(get("/anything-else").with(crew.signedIn("rosa.armorer"))).andExpect(status().isForbidden());
  }

  @Test
  void aOneTimePasswordMustBeReplacedBeforeAnythingElse() throws Exception {
    String username = "otp-" + UUID.randomUUID().toString().substring(0, 8);
    IssuedPassword issued = accounts.createWithOneTimePassword(SystemActor.ID, username, "New Starter", null, null);
    MvcResult signedIn = signIn(username, issued.oneTimePassword(), "192.0.2.50");
    assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/account/password");
    MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);

    mvc.perform(get("/productions").session(session)).andExpect(redirectedUrl("/account/password"));
    mvc.perform(post("/account/password").session(session).with(csrf())
            .param("currentPassword", issued.oneTimePassword())
            .param("newPassword", "my own password now").param("repeatPassword", "my own password now"))
        .andExpect(redirectedUrl("/"));
    mvc.perform(get("/productions").session(session)).andExpect(status().isOk());
    assertThat(accounts.findByUsername(username).orElseThrow().mustChangePassword()).isFalse();
  }

  @Test
  void aWeakNewPasswordIsRefusedWithTheRuleOnThePage() throws Exception {
    String username = newUser("a long enough password");
    MvcResult signedIn = signIn(username, "a long enough password", "192.0.2.60");
    MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
    String page = mvc.perform(post("/account/password").session(session).with(csrf())
            .param("currentPassword", "a long enough password")
            .param("newPassword", "short").param("repeatPassword", "short"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("new password must be at least 12 characters long");
  }
}
