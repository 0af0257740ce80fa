package org.setsafe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.SetSafeTest;
import org.setsafe.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

/** Demo crews share one chosen password, hashed once: each account still opens with it, and only with it. */
@SetSafeTest
class SharedPasswordAccountsTest {

  private static final String PASSWORD = "one password for the whole demo crew";

  @Autowired Accounts accounts;

  @Test
  void everyAccountMadeTogetherOpensWithTheSharedPasswordAndNoOther() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    List<Account> made = accounts.createAllWithPassword(SystemActor.ID, List.of(
        new Accounts.NewAccount("rosa-" + suffix, "Rosa Delgado", null, null),
        new Accounts.NewAccount("dana-" + suffix, "Dana Whitcombe", "dana@demo.invalid", InstallationRole.STUDIO_SAFETY)),
        PASSWORD);

    assertThat(made).extracting(Account::username).containsExactly("rosa-" + suffix, "dana-" + suffix);
    assertThat(made).noneMatch(Account::mustChangePassword);
    assertThat(accounts.findByUsername("dana-" + suffix).orElseThrow().installationRole())
        .isEqualTo(InstallationRole.STUDIO_SAFETY);
    for (Account account : made) {
      assertThatThrownBy(() -> accounts.changePassword(account.id(), "not the shared password", "a new password here"))
          .isInstanceOf(InvalidInputException.class);
      accounts.changePassword(account.id(), PASSWORD, "each one's own password now");
    }
  }

  @Test
  void aRefusedAccountLeavesNoneOfTheOthers() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    assertThatThrownBy(() -> accounts.createAllWithPassword(SystemActor.ID, List.of(
        new Accounts.NewAccount("hank-" + suffix, "Hank Ostrowski", null, null),
        new Accounts.NewAccount("hank-" + suffix, "Hank Again", null, null)), PASSWORD))
        .hasMessageContaining("already taken");
    assertThat(accounts.findByUsername("hank-" + suffix)).isEmpty();
  }
}
