package org.setsafe.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

  @ParameterizedTest(name = "{1} is refused: {2}")
  @CsvSource({
      "rosa.armorer, short-pass, at least 12",
      "rosa.armorer, Password1234, most commonly guessed",
      "rosa.armorer, aaaaaaaaaaaaaaaa, most commonly guessed",
      "rosa.armorer.x, ROSA.ARMORER.X, must not be the username",
  })
  void weakPasswordsAreRefusedWithTheReason(String username, String password, String reason) {
    assertThat(PasswordPolicy.check(username, password)).hasValueSatisfying(r -> assertThat(r).contains(reason));
  }

  @ParameterizedTest
  @CsvSource({"rosa.armorer, dust devils at high noon", "dana.ad, 7Kq!mZ2x#pLw9"})
  void longUncommonPasswordsAreAccepted(String username, String password) {
    assertThat(PasswordPolicy.check(username, password)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void passwordsLongerThan128CharactersAreRefusedSoHashingCannotExhaustTheServer() {
    assertThat(PasswordPolicy.check("rosa", "x".repeat(64) + "y".repeat(65))).hasValueSatisfying(
        r -> assertThat(r).contains("at most 128"));
  }
}
