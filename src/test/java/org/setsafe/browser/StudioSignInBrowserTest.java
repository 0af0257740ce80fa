package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import example.studio.StudioProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.InstallationRole;
import org.setsafe.identity.SecondFactors;
import org.setsafe.identity.StudioInstallation;
import org.setsafe.identity.SystemActor;
import org.setsafe.identity.domain.Base32;
import org.setsafe.identity.domain.Totp;
import org.setsafe.onboarding.Invitations;
import org.setsafe.onboarding.domain.CrewDetail;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium on a phone, against the studio's real OpenID Connect provider: a camera operator signs in through the
 * studio and out of both; someone whose email the studio has not verified is turned away in words; an administrator
 * is made to set up two-step sign-in and then asked for the code at the next sign-in, and turns off the two-step
 * sign-in of someone who lost their phone.
 */
@SetSafeTest
@Tag("browser")
class StudioSignInBrowserTest extends StudioInstallation {

  private static final String PASSWORD = "a long enough password";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Invitations invitations;
  @Autowired Crew crew;
  @Autowired TestClock clock;
  @Autowired SecondFactors secondFactors;

  private Instant started;

  @BeforeEach
  void theStudioKnowsWhereSetSafeIs() {
    PROVIDER.serves(port);
    started = clock.instant();
    for (String who : new String[] {"ana", "sam"}) {
      String email = (String) StudioProvider.PEOPLE.get(who).get("email");
      if (accounts.all().stream().noneMatch(a -> email.equals(a.email()))) {
        accounts.createWithPassword(SystemActor.ID, who + "." + UUID.randomUUID().toString().substring(0, 6),
            (String) StudioProvider.PEOPLE.get(who).get("name"), email, null, PASSWORD);
      }
    }
  }

  @AfterEach
  void clockBack() {
    clock.set(started);
  }

  @Test
  void theCameraOperatorSignsInThroughTheStudioAndOutOfBoth() throws Exception {
    try (Phone phone = new Phone(port)) {
      phone.open("/login");
      assertThat(phone.text()).contains("People at studio.example sign in with Studio Pass");
      phone.follow("Sign in with Studio Pass").waitForUrl(PROVIDER.issuer() + "/login");
      String before = phone.cookie("JSESSIONID");
      phone.screenshot("studio-provider-sign-in-phone");
      phone.type("username", "ana").type("password", StudioProvider.PASSWORD).press("Sign in");
      phone.waitForUrl("127.0.0.1:" + port + "/");
      assertThat(phone.text()).contains("Ana Camera").doesNotContain("Sign in with Studio Pass");
      assertThat(phone.cookie("JSESSIONID")).as("a new session id at sign-in").isNotNull().isNotEqualTo(before);
      phone.screenshot("signed-in-through-the-studio-phone");

      phone.press("Sign out");
      phone.waitForUrl("/login?signed-out");
      assertThat(phone.text()).contains("You are signed out.");
      // The studio's session ended too: signing in again asks for the studio password again.
      phone.follow("Sign in with Studio Pass").waitForUrl(PROVIDER.issuer() + "/login");
      assertThat(phone.url()).startsWith(PROVIDER.issuer() + "/login");
    }
  }

  @Test
  void aNewcomerFollowsHerPrintedInvitationThroughTheStudioAndLandsOnTheProduction() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    UUID production = SystemActor.call(() -> {
      UUID id = productions.create("Red Mesa " + run, "America/Denver").id();
      accounts.createWithPassword(SystemActor.ID, "upm-" + run, "Uma Price", null, null, PASSWORD);
      productions.addMember(id, "upm-" + run, Set.of(CrewRole.UPM), null);
      return id;
    });
    String link = crew.as("upm-" + run, () -> invitations.invite(production, new Invitations.Offer(null, "Nia Grip",
        Set.of(CrewRole.CREW), "Grip", CrewDetail.NONE))).link();
    try (Phone phone = new Phone(port)) {
      phone.open(link);
      assertThat(phone.heading()).isEqualTo("Join Red Mesa " + run);
      assertThat(phone.textOf("studio-sign-in")).contains("Join with Studio Pass");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("invitation-through-the-studio-phone");
      phone.follow("Join with Studio Pass").waitForUrl(PROVIDER.issuer() + "/login");
      phone.type("username", "nia").type("password", StudioProvider.PASSWORD).press("Sign in");
      phone.waitForUrl("/productions/" + production);
      assertThat(phone.heading()).isEqualTo("Red Mesa " + run);
      assertThat(phone.text()).contains("Nia Grip");

      // The link worked once: it now says so, and offers the studio no more.
      phone.press("Sign out");
      phone.waitForUrl("/login?signed-out");
      phone.open(link);
      assertThat(phone.text()).contains("This invitation was already used.").doesNotContain("Join with Studio Pass");
    }
  }

  @Test
  void someoneWhoseEmailTheStudioHasNotVerifiedIsToldWhy() throws Exception {
    try (Phone phone = new Phone(port)) {
      phone.open("/login").follow("Sign in with Studio Pass").waitForUrl(PROVIDER.issuer() + "/login");
      phone.type("username", "sam").type("password", StudioProvider.PASSWORD).press("Sign in");
      phone.waitForUrl("/login?sso-refused=unverified-email");
      assertThat(phone.textOf("sso-refused")).contains("Your studio has not verified your email address");
      phone.open("/account");
      assertThat(phone.url()).endsWith("/login");
    }
  }

  @Test
  void anAdministratorIsMadeToSetUpTwoStepSignInAndThenAskedForTheCode() throws Exception {
    String username = "ada." + UUID.randomUUID().toString().substring(0, 6);
    accounts.createWithPassword(SystemActor.ID, username, "Ada Admin", null, InstallationRole.ADMINISTRATOR, PASSWORD);
    try (Phone phone = new Phone(port)) {
      phone.open("/login").type("username", username).type("password", PASSWORD).press("Sign in");
      phone.waitForUrl("/account/second-factor");
      assertThat(phone.heading()).isEqualTo("Two-step sign-in");
      phone.open("/admin/users");
      assertThat(phone.url()).endsWith("/account/second-factor");
      phone.press("Set up two-step sign-in");
      byte[] key = Base32.decode(phone.textOf("setup-key").replace(" ", ""));
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("two-step-set-up-phone");
      phone.type("code", Totp.code(key, Totp.step(clock.instant()))).press("Turn on two-step sign-in");
      assertThat(phone.heading()).isEqualTo("Two-step sign-in is on");
      assertThat(phone.textOf("recovery-codes").lines().count()).isEqualTo(10);
      phone.follow("I have kept them: continue");
      phone.open("/admin/users");
      assertThat(phone.url()).endsWith("/admin/users");
      phone.press("Sign out");

      clock.advance(Duration.ofSeconds(30));
      phone.open("/login").type("username", username).type("password", PASSWORD).press("Sign in");
      phone.waitForUrl("/login/second-factor");
      assertThat(phone.heading()).isEqualTo("Sign-in code");
      phone.type("code", "000000").press("Continue");
      assertThat(phone.text()).contains("That code is not right.");
      phone.type("code", Totp.code(key, Totp.step(clock.instant()))).press("Continue");
      phone.open("/admin/users");
      assertThat(phone.url()).endsWith("/admin/users");
    }
  }

  @Test
  void anAdministratorTurnsOffTheTwoStepSignInOfSomeoneWhoLostTheirPhone() throws Exception {
    String admin = "ida." + UUID.randomUUID().toString().substring(0, 6);
    UUID adminId = accounts.createWithPassword(SystemActor.ID, admin, "Ida Admin", null,
        InstallationRole.ADMINISTRATOR, PASSWORD).id();
    byte[] adminKey = twoStepOn(adminId, admin);
    String operator = "lou." + UUID.randomUUID().toString().substring(0, 6);
    UUID operatorId = accounts.createWithPassword(SystemActor.ID, operator, "Lou Operator", null, null, PASSWORD).id();
    twoStepOn(operatorId, operator);
    try (Phone phone = new Phone(port)) {
      clock.advance(Duration.ofSeconds(30));
      phone.open("/login").type("username", admin).type("password", PASSWORD).press("Sign in");
      phone.waitForUrl("/login/second-factor");
      phone.type("code", Totp.code(adminKey, Totp.step(clock.instant()))).press("Continue");
      phone.open("/admin/users");
      assertThat(phone.heading()).isEqualTo("Users");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.pressIn("/admin/users/" + operator + "/reset-second-factor");
      assertThat(phone.url()).endsWith("/admin/users");
      assertThat(phone.text()).contains("Two-step sign-in of Lou Operator is off and their sessions are ended.");
      assertThat(phone.script("return [...document.querySelectorAll('form')]"
          + ".filter(f => f.action.endsWith('/' + arguments[0] + '/reset-second-factor')).length;", operator))
          .isEqualTo(0L);
      phone.press("Sign out");

      phone.open("/login").type("username", operator).type("password", PASSWORD).press("Sign in");
      assertThat(phone.url()).doesNotContain("/login");
      assertThat(phone.text()).contains("Lou Operator");
    }
  }

  /** Turns two-step sign-in on as the person would, answering the key their authenticator app holds. */
  private byte[] twoStepOn(UUID userId, String username) {
    byte[] key = Base32.decode(secondFactors.begin(userId, username).secret());
    secondFactors.confirm(userId, Totp.code(key, Totp.step(clock.instant())));
    return key;
  }
}
