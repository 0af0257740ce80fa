package org.setsafe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A password reset is often made because someone else may have the account: the sessions signed in until then end
 * and the API tokens stop working. A person changing their own password ends their other sessions (ASVS 3.3.3) and
 * keeps the one they are using. Each test signs in twice, as from a phone and a laptop.
 */
@SetSafeTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordEndsSessionsTest {

  private static final String PASSWORD = "a long enough password";

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired Crew crew;

  private String username;
  private MockHttpSession phone;
  private MockHttpSession laptop;
  private String token;

  @BeforeEach
  void signedInOnAPhoneAndALaptopWithAToken() throws Exception {
    username = "sessions-" + UUID.randomUUID().toString().substring(0, 8);
    Account account = accounts.createWithPassword(SystemActor.ID, username, "Pat Sessions", null, null, PASSWORD);
    phone = signIn(PASSWORD);
    laptop = signIn(PASSWORD);
    assertThat(phone.getId()).isNotEqualTo(laptop.getId());
    token = "Bearer " + tokens.issue(account.id(), "phone app").token();
    assertSignedIn(phone);
    assertSignedIn(laptop);
    mvc.perform(get("/api/me").header("Authorization", token)).andExpect(status().isOk());
  }

  private MockHttpSession signIn(String password) throws Exception {
    var result = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
        .andExpect(redirectedUrl("/")).andReturn();
    return (MockHttpSession) result.getRequest().getSession(false);
  }

  private void assertSignedIn(MockHttpSession session) throws Exception {
    mvc.perform(get("/account").session(session)).andExpect(status().isOk());
  }

  private void assertSignedOut(MockHttpSession session) throws Exception {
    mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login?expired"));
  }

  @Test
  void anAdministratorsResetOnThePageEndsEverySessionAndRevokesEveryToken(CapturedOutput output) throws Exception {
    mvc.perform(post("/admin/users/{u}/reset-password", username).with(csrf()).with(crew.signedIn("demo.admin")))
        .andExpect(status().isOk());

    assertSignedOut(phone);
    assertSignedOut(laptop);
    mvc.perform(get("/api/me").header("Authorization", token)).andExpect(status().isUnauthorized());
    assertThat(tokens.tokensOf(crew.id(username))).allSatisfy(t -> assertThat(t.revokedAt()).isNotNull());
    assertThat(output).contains("access refused: user=" + username
        + " request=GET /account reason=session ended by a password change or reset");
  }

  @Test
  void anAdministratorsResetOverTheApiEndsEverySessionAndRevokesEveryToken() throws Exception {
    mvc.perform(post("/api/admin/users/{id}/password-reset", crew.id(username))
            .header("Authorization", crew.bearer("demo.admin")))
        .andExpect(status().isOk());

    assertSignedOut(phone);
    assertSignedOut(laptop);
    mvc.perform(get("/api/me").header("Authorization", token)).andExpect(status().isUnauthorized());
  }

  @Test
  void changingOnesOwnPasswordEndsTheOtherSessionAndKeepsThisOne() throws Exception {
    mvc.perform(post("/account/password").session(phone).with(csrf())
            .param("currentPassword", PASSWORD)
            .param("newPassword", "a new password of mine").param("repeatPassword", "a new password of mine"))
        .andExpect(redirectedUrl("/"));

    assertSignedIn(phone);
    assertSignedIn(phone);
    assertSignedOut(laptop);
    // the laptop signs in again with the new password, and both go on working
    MockHttpSession again = signIn("a new password of mine");
    assertSignedIn(again);
    assertSignedIn(phone);
    // a token is not a session: changing one's own password leaves it to its owner to revoke
    mvc.perform(get("/api/me").header("Authorization", token)).andExpect(status().isOk());
  }

  @Test
  void aRefusedPasswordChangeEndsNoSession() throws Exception {
    mvc.perform(post("/account/password").session(phone).with(csrf())
            .param("currentPassword", "not my password at all")
            .param("newPassword", "a new password of mine").param("repeatPassword", "a new password of mine"))
        .andExpect(status().isOk());

    assertSignedIn(phone);
    assertSignedIn(laptop);
  }
}
