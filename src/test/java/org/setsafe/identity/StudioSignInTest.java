package org.setsafe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.SsoSignIns.Refusal;
import org.setsafe.identity.SsoSignIns.SsoIdentity;
import org.setsafe.identity.SsoSignIns.SsoSignInRefused;
import org.setsafe.identity.domain.Base32;
import org.setsafe.identity.domain.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A studio's installation: who the provider's sign-ins link to (a verified email, once; the subject after), what is
 * refused (an unverified email, no account, two accounts), the provider's groups as installation roles, passwords off
 * for the studio's domain, and an administrator made to set up a second factor before anything else.
 */
@SetSafeTest
@ExtendWith(OutputCaptureExtension.class)
class StudioSignInTest extends StudioInstallation {

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired SsoSignIns signIns;
  @Autowired TestClock clock;

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private Account person(String email, InstallationRole role) {
    return accounts.createWithPassword(SystemActor.ID, unique("person"), "Jo Crew", email, role,
        SecondFactorTest.PASSWORD);
  }

  private static SsoIdentity said(String subject, String email, boolean verified, List<String> groups) {
    return new SsoIdentity(PROVIDER.issuer(), subject, email, verified, "Jo Crew", groups);
  }

  @Test
  void aVerifiedEmailLinksTheAccountOnceAndTheProvidersSubjectFindsItAfter() {
    String email = unique("jo") + "@crew.example";
    Account jo = person(email.toUpperCase(), null);
    String subject = unique("subject");

    assertThat(signIns.signIn(said(subject, email, true, List.of())).id()).isEqualTo(jo.id());
    // The studio changed Jo's email since: the link made the first time still finds the account.
    assertThat(signIns.signIn(said(subject, unique("renamed") + "@crew.example", false, List.of())).id())
        .isEqualTo(jo.id());
  }

  @Test
  void anEmailTheProviderHasNotVerifiedLinksNothing(CapturedOutput output) {
    String email = unique("pat") + "@crew.example";
    Account pat = person(email, null);
    String subject = unique("subject");

    assertThatThrownBy(() -> signIns.signIn(said(subject, email, false, List.of())))
        .isInstanceOfSatisfying(SsoSignInRefused.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.UNVERIFIED_EMAIL));
    assertThatThrownBy(() -> signIns.signIn(said(unique("subject"), null, true, List.of())))
        .isInstanceOfSatisfying(SsoSignInRefused.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.NO_EMAIL));
    // Verified later, the same subject links then: nothing was linked by the refused attempt.
    assertThat(signIns.signIn(said(subject, email, true, List.of())).id()).isEqualTo(pat.id());
  }

  @Test
  void noAccountOrTwoAccountsWithTheEmailAreRefused() {
    assertThatThrownBy(() -> signIns.signIn(said(unique("s"), unique("nobody") + "@crew.example", true, List.of())))
        .isInstanceOfSatisfying(SsoSignInRefused.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.NO_ACCOUNT));
    String shared = unique("shared") + "@crew.example";
    person(shared, null);
    person(shared, null);
    assertThatThrownBy(() -> signIns.signIn(said(unique("s"), shared, true, List.of())))
        .isInstanceOfSatisfying(SsoSignInRefused.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.SEVERAL_ACCOUNTS));
  }

  @Test
  void theProvidersGroupsDecideTheInstallationRoleAtEverySignIn() {
    String email = unique("lee") + "@crew.example";
    Account lee = person(email, null);
    String subject = unique("subject");

    assertThat(signIns.signIn(said(subject, email, true, List.of("camera", "Studio-Safety"))).installationRole())
        .isEqualTo(InstallationRole.STUDIO_SAFETY);
    assertThat(signIns.signIn(said(subject, email, true, List.of("studio-safety", "setsafe-admins")))
        .installationRole()).isEqualTo(InstallationRole.ADMINISTRATOR);
    assertThat(signIns.signIn(said(subject, email, true, List.of("camera"))).installationRole()).isNull();
    assertThat(accounts.findById(lee.id()).orElseThrow().installationRole()).isNull();
  }

  @Test
  void aPasswordOfTheStudiosDomainIsRefusedAndTheSignInPageSaysSo(CapturedOutput output) throws Exception {
    Account studio = person(unique("gaffer") + "@Studio.Example", null);
    var refused = mvc.perform(post("/login").param("username", studio.username())
        .param("password", SecondFactorTest.PASSWORD).with(csrf())).andExpect(redirectedUrl("/login?password-off"))
        .andReturn();
    assertThat(refused.getRequest().getSession(false)).satisfiesAnyOf(
        session -> assertThat(session).isNull(),
        session -> assertThat(((jakarta.servlet.http.HttpSession) session).getAttributeNames().hasMoreElements()).isFalse());
    assertThat(output).contains("sign-in refused: user=" + studio.username())
        .contains("passwords are off for the account's email domain");

    String page = mvc.perform(get("/login").param("password-off", "")).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Passwords are turned off for your email&#39;s domain: sign in with Studio Pass.")
        .contains("People at studio.example sign in with Studio Pass, not a SetSafe password.");

    Account elsewhere = person(unique("medic") + "@crew.example", null);
    mvc.perform(post("/login").param("username", elsewhere.username()).param("password", SecondFactorTest.PASSWORD)
        .with(csrf())).andExpect(redirectedUrl("/"));
  }

  @Test
  void theSignInPageOffersTheStudioAndSendsThereAskingForTheEmail() throws Exception {
    String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("href=\"/oauth2/authorization/studio\"").contains("Sign in with Studio Pass");
    String to = mvc.perform(get("/oauth2/authorization/studio")).andExpect(status().is3xxRedirection()).andReturn()
        .getResponse().getRedirectedUrl();
    assertThat(to).startsWith(PROVIDER.issuer() + "/oauth2/authorize?").contains("client_id=setsafe")
        .contains("scope=openid%20email%20profile").contains("nonce=").contains("state=");

    String refused = mvc.perform(get("/login").param("sso-refused", "unverified-email")).andReturn().getResponse()
        .getContentAsString();
    assertThat(refused).contains("Your studio has not verified your email address");
    assertThat(mvc.perform(get("/login").param("sso-refused", "<script>")).andReturn().getResponse()
        .getContentAsString()).contains("Signing in through your studio did not complete.").doesNotContain("<script>");
  }

  @Test
  void anAdministratorCanDoNothingBeforeSettingUpTheSecondFactor() throws Exception {
    Account admin = accounts.createWithPassword(SystemActor.ID, unique("admin"), "Ada Admin", null,
        InstallationRole.ADMINISTRATOR, SecondFactorTest.PASSWORD);
    MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", admin.username())
            .param("password", SecondFactorTest.PASSWORD).with(csrf()))
        .andExpect(redirectedUrl("/account/second-factor")).andReturn().getRequest().getSession(false);
    mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/account/second-factor"));
    mvc.perform(get("/productions").session(session)).andExpect(redirectedUrl("/account/second-factor"));
    String page = mvc.perform(get("/account/second-factor").session(session)).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains("this installation asks you for a code from your phone");

    mvc.perform(post("/account/second-factor/begin").session(session).with(csrf()));
    byte[] key = Base32.decode(SecondFactorTest.setupKey(mvc.perform(get("/account/second-factor").session(session))
        .andReturn().getResponse().getContentAsString()));
    mvc.perform(post("/account/second-factor/confirm").session(session).with(csrf())
        .param("code", Totp.code(key, Totp.step(clock.instant())))).andExpect(status().isOk());
    mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
    // Required of the role, so it cannot be turned off.
    String settings = mvc.perform(get("/account/second-factor").session(session)).andReturn().getResponse()
        .getContentAsString();
    assertThat(settings).contains("Two-step sign-in is on").doesNotContain("Turn off two-step sign-in");
  }
}
