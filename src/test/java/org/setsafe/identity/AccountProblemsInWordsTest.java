package org.setsafe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.setsafe.shared.ReasonWords.saidAsWritten;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.ReasonWords;
import org.setsafe.shared.Refusal.Said;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the account services refuse is said in the reader's words too, and in English exactly as the API's detail
 * says it: a Spanish-speaking grip who mistypes their current password reads why in Spanish beside the field.
 */
@SetSafeTest
class AccountProblemsInWordsTest {

  private static final String PASSWORD = "a long enough password";

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired SecondFactors secondFactors;
  @Autowired ApiTokens tokens;
  @Autowired Crew crew;

  private String username;
  private UUID userId;

  @BeforeEach
  void aCrewMemberWithAPassword() {
    username = "words-" + UUID.randomUUID().toString().substring(0, 8);
    userId = accounts.createWithPassword(SystemActor.ID, username, "Inés Words", null, null, PASSWORD).id();
  }

  @Test
  void aNewAccountsProblemsAreSaidAsWritten() {
    saidAsWritten(refused(() -> create("x", "someone@crew.example", PASSWORD)));
    saidAsWritten(refused(() -> create("fresh-" + username, "not an address", PASSWORD)));
    saidAsWritten(refused(() -> create("fresh-" + username, null, "short")));
    saidAsWritten(refused(() -> create("fresh-" + username, null, "x".repeat(129))));
    saidAsWritten(refused(() -> create("fresh-" + username, null, "FRESH-" + username.toUpperCase())));
    saidAsWritten(refused(() -> create("fresh-" + username, null, "password1234")));
    InvalidInputException taken = saidAsWritten(refused(() -> create(username, null, PASSWORD)));

    assertThat(taken.getMessage()).isEqualTo("username '" + username + "' is already taken");
  }

  @Test
  void aPasswordChangesAndALanguagesProblemsAreSaidAsWritten() {
    saidAsWritten(refused(() -> accounts.changePassword(userId, "not it", "another long password")));
    saidAsWritten(refused(() -> accounts.changePassword(userId, PASSWORD, "short")));
    saidAsWritten(refused(() -> accounts.changePassword(userId, PASSWORD, PASSWORD)));
    saidAsWritten(refused(() -> accounts.chooseLanguage(userId, "fr")));
  }

  @Test
  void twoStepSignInsProblemsAreSaidAsWritten() {
    saidAsWritten(refused(() -> secondFactors.confirm(userId, "123456")));
    saidAsWritten(refused(() -> secondFactors.remove(userId, null, "123456")));
    secondFactors.begin(userId, username);
    saidAsWritten(refused(() -> secondFactors.confirm(userId, "not a code")));
  }

  @Test
  void anAccountOrATokenThatIsNotThereIsSaidAsWritten() throws Exception {
    NotFoundException noUsername = saidAsWritten(catchThrowableOfType(() -> accounts.resetPassword(SystemActor.ID,
        "Nobody-" + username), NotFoundException.class));
    assertThat(noUsername.getMessage()).isEqualTo("no account with username 'nobody-" + username + "'");
    saidAsWritten(catchThrowableOfType(() -> accounts.chooseLanguage(UUID.randomUUID(), "es"),
        NotFoundException.class));
    saidAsWritten(catchThrowableOfType(() -> tokens.revoke(userId, UUID.randomUUID()), NotFoundException.class));
    UUID nobody = UUID.randomUUID();
    assertThat(ReasonWords.in(Locale.ENGLISH, Said.of("input.identity.not-found.account", nobody)))
        .isEqualTo("no account " + nobody);

    String page = mvc.perform(post("/admin/users/{u}/reset-second-factor", "nobody-" + username).with(csrf())
            .with(crew.signedIn("demo.admin")).header("Accept-Language", "es"))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("no hay ninguna cuenta con el usuario").contains("nobody-" + username)
        .doesNotContain("no account with username");
  }

  @Test
  void aSpanishReaderIsToldBesideTheFieldInSpanish() throws Exception {
    accounts.chooseLanguage(userId, "es");

    mvc.perform(post("/account/password").with(crew.signedIn(username)).with(csrf())
            .param("currentPassword", "not my password at all")
            .param("newPassword", "a new password of mine").param("repeatPassword", "a new password of mine"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("la contraseña actual no es correcta")))
        .andExpect(content().string(not(containsString("current password is not correct"))));
  }

  private void create(String name, String email, String password) {
    accounts.createWithPassword(SystemActor.ID, name, "Someone New", email, null, password);
  }

  private static InvalidInputException refused(ThrowingCallable call) {
    InvalidInputException problem = catchThrowableOfType(InvalidInputException.class, call);
    assertThat(problem).as("refused").isNotNull();
    return problem;
  }
}
