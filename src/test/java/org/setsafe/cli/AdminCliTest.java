package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setsafe.Crew;
import org.setsafe.SetSafeApplication;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.TestDatabase;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.ApiTokens;
import org.setsafe.identity.InstallationRole;
import org.setsafe.identity.SecondFactors;
import org.setsafe.identity.SystemActor;
import org.setsafe.identity.domain.Base32;
import org.setsafe.identity.domain.Totp;
import org.setsafe.ledger.Ledger;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.WebServer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin CLI as an operator runs it: a second SetSafe process (here: a second application
 * context) on the same database as the running server, whose results the server sees at once.
 */
@SetSafeTest
@ExtendWith(OutputCaptureExtension.class)
class AdminCliTest {

  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Crew crew;
  @Autowired MockMvc mvc;
  @Autowired ApiTokens tokens;
  @Autowired SecondFactors secondFactors;
  @Autowired TestClock clock;

  /** The CLI finds the database the way the server does: through the active profiles. */
  @BeforeAll
  static void pointAtTheTestDatabase() {
    System.setProperty("spring.profiles.active", "test,test-" + TestDatabase.current());
  }

  @AfterAll
  static void restore() {
    System.clearProperty("spring.profiles.active");
  }

  private static int cli(String... args) {
    return SetSafeCli.run(SetSafeApplication.class, args);
  }

  private static String oneTimePassword(CapturedOutput output) {
    Matcher matcher = Pattern.compile("One-time password: (\\S+)").matcher(output.getOut());
    String last = null;
    while (matcher.find()) {
      last = matcher.group(1);
    }
    assertThat(last).as("a one-time password was printed").isNotNull();
    return last;
  }

  @Test
  void createsAUserWithAOneTimePasswordThatWorksOnce(CapturedOutput output) {
    String username = "cli-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(cli("user", "create", "--username", username, "--name", "Cli Person", "--role", "STUDIO_SAFETY"))
        .isZero();
    Account created = accounts.findByUsername(username).orElseThrow();
    assertThat(created.mustChangePassword()).isTrue();
    assertThat(created.installationRole()).isEqualTo(org.setsafe.identity.InstallationRole.STUDIO_SAFETY);
    accounts.changePassword(created.id(), oneTimePassword(output), "a password of my own");
    assertThat(accounts.findByUsername(username).orElseThrow().mustChangePassword()).isFalse();
  }

  @Test
  void resetsAForgottenPassword(CapturedOutput output) {
    String username = "cli-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.createWithPassword(SystemActor.ID, username, "Forgetful", null, null, "a password I forgot");
    assertThat(cli("user", "reset-password", username)).isZero();
    Account account = accounts.findByUsername(username).orElseThrow();
    assertThat(account.mustChangePassword()).isTrue();
    accounts.changePassword(account.id(), oneTimePassword(output), "a password I will keep");
  }

  @Test
  void aResetFromTheCliEndsTheSessionsAndTokensTheServerHolds() throws Exception {
    String username = "cli-" + UUID.randomUUID().toString().substring(0, 8);
    Account account = accounts.createWithPassword(SystemActor.ID, username, "Exposed", null, null,
        "a password someone saw");
    MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
            .param("password", "a password someone saw").with(csrf()))
        .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
    String token = "Bearer " + tokens.issue(account.id(), "laptop script").token();
    mvc.perform(get("/account").session(session)).andExpect(status().isOk());

    assertThat(cli("user", "reset-password", username)).isZero();

    mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login?expired"));
    mvc.perform(get("/api/me").header("Authorization", token)).andExpect(status().isUnauthorized());
  }

  @Test
  void turnsOffTheTwoStepSignInOfSomeoneWhosePhoneIsLost(CapturedOutput output) {
    String username = "cli-" + UUID.randomUUID().toString().substring(0, 8);
    Account account = accounts.createWithPassword(SystemActor.ID, username, "Phoneless", null, null,
        "a password still kept");
    SecondFactors.Enrolment enrolment = secondFactors.begin(account.id(), username);
    secondFactors.confirm(account.id(), Totp.code(Base32.decode(enrolment.secret()), Totp.step(clock.instant())));
    assertThat(secondFactors.enrolled(account.id())).isTrue();

    assertThat(cli("user", "reset-second-factor", username)).isZero();
    assertThat(output.getOut()).contains("Two-step sign-in of " + username + " turned off");
    assertThat(secondFactors.enrolled(account.id())).isFalse();
    assertThat(cli("user", "reset-second-factor", username)).isZero();
    assertThat(output.getOut()).contains(username + " has no two-step sign-in; nothing changed.");
    assertThat(cli("user", "reset-second-factor", "nobody-by-that-name")).isEqualTo(1);
  }

  @Test
  void addsAMemberToAProduction() {
    String username = "cli-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.createWithPassword(SystemActor.ID, username, "Second Armorer", null, null, "a long enough password");
    UUID western = crew.production(Crew.WESTERN).id();
    assertThat(cli("member", "add", "--production", western.toString(), "--user", username, "--role", "ARMORER"))
        .isZero();
    assertThat(productions.rolesOf(western, accounts.findByUsername(username).orElseThrow().id()))
        .contains(java.util.EnumSet.of(CrewRole.ARMORER));
  }

  @Test
  void refusesBadInputWithTheRuleAndExitStatusOne(CapturedOutput output) {
    assertThat(cli("user", "create", "--username", "x", "--name", "Too Short")).isEqualTo(1);
    assertThat(output.getErr()).contains("Refused: username must be 3 to 64 characters");
    assertThat(cli("user", "reset-password", "nobody-by-that-name")).isEqualTo(1);
    assertThat(output.getErr()).contains("Not found: no account with username 'nobody-by-that-name'");
    assertThat(cli("user", "create", "--name", "No Username")).isEqualTo(2);
  }

  @Test
  void migrateReportsTheSchemaVersion(CapturedOutput output) {
    assertThat(cli("migrate")).isZero();
    assertThat(output.getOut()).containsPattern("Database schema at version \\d+(\\.\\d+)? \\(0 migration\\(s\\) applied now\\)");
  }

  @Test
  void listsEveryAccountWithTheDatabaseAloneNotTheServersMachinery(CapturedOutput output) {
    String username = "cli-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.createWithPassword(SystemActor.ID, username, "Listed Person", null, InstallationRole.STUDIO_SAFETY,
        "a long enough password");
    assertThat(cli("user", "list")).isZero();
    assertThat(output.getOut()).containsPattern(username + " +Listed Person +Studio safety")
        .contains("rosa.armorer");

    try (ConfigurableApplicationContext context = SetSafeCli.start(SetSafeApplication.class,
        new String[] {"user", "list"})) {
      assertThat(context.getBeanNamesForType(Accounts.class)).hasSize(1);
      // Nothing that would serve, hand facts over, fire timers, append to the ledger or send mail.
      for (Class<?> serversMachinery : List.of(WebServer.class, EventPublicationRegistry.class, Scheduler.class,
          Ledger.class, JavaMailSender.class, Productions.class)) {
        assertThat(context.getBeanNamesForType(serversMachinery)).as(serversMachinery.getSimpleName()).isEmpty();
      }
    }
  }

  @Test
  void helpListsEveryCommandWithoutADatabase(CapturedOutput output) {
    assertThat(cli("--help")).isZero();
    assertThat(output.getOut()).contains("user", "production", "member", "ledger", "migrate");
    assertThat(cli("user", "--help")).isZero();
    assertThat(output.getOut()).contains("reset-password");
  }
}
