package org.setsafe.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SigningKeyTest {

  @Test
  void goPrivateKeyGivesTheGoVerifierKey() {
    SigningKey key = SigningKey.fromSkey(GoNoteVector.SKEY);

    assertThat(key.name()).isEqualTo("PeterNeumann");
    assertThat(key.verifierKey().vkey()).isEqualTo(GoNoteVector.VKEY);
    assertThat(key.skey()).isEqualTo(GoNoteVector.SKEY);
  }

  @Test
  void skeyRoundTripsAndKeepsTheSameVerifierKey() {
    SigningKey key = SigningKey.generate("setsafe-20261125T101500Z");

    SigningKey reloaded = SigningKey.fromSkey(key.skey());

    assertThat(reloaded.skey()).isEqualTo(key.skey());
    assertThat(reloaded.verifierKey()).isEqualTo(key.verifierKey());
    assertThat(key.skey()).startsWith("PRIVATE+KEY+setsafe-20261125T101500Z+" + key.verifierKey().keyHashHex() + "+");
  }

  @Test
  void generatedKeysDiffer() {
    assertThat(SigningKey.generate("a").verifierKey().publicKey())
        .isNotEqualTo(SigningKey.generate("a").verifierKey().publicKey());
  }

  @Test
  void signatureVerifiesWithItsOwnKeyOnlyAndOnlyForTheSignedBytes() {
    SigningKey key = SigningKey.generate("armory");
    byte[] message = "revolver #3 issued to props\n".getBytes(StandardCharsets.UTF_8);

    byte[] signature = key.sign(message);

    assertThat(signature).hasSize(64);
    assertThat(key.verifierKey().verify(message, signature)).isTrue();
    assertThat(key.verifierKey().verify("revolver #4 issued to props\n".getBytes(StandardCharsets.UTF_8), signature))
        .isFalse();
    assertThat(SigningKey.generate("armory").verifierKey().verify(message, signature)).isFalse();
  }

  @Test
  void toStringDoesNotRevealThePrivateKey() {
    SigningKey key = SigningKey.fromSkey(GoNoteVector.SKEY);

    assertThat(key.toString()).isEqualTo("SigningKey[PeterNeumann+c74f20a3]").doesNotContain("AYEKFALV");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "",
      "PRIVATE+KEY",
      "PRIVATE+KEY+PeterNeumann+c74f20a3",
      "PRIVATE+KEY+PeterNeumann+c74f20a4+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
      "PRIVATE+KEY+PeterNeumanm+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
      "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDF",
      "PRIVATE+KEY+PeterNeumann+c74f20a3+AoEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
      "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKA=",
      "PRIVATE+KEY+PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
      "PRIVATE+KEY++c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
      "private+key+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
      "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
  })
  void malformedPrivateKeyIsRefusedWithAReason(String skey) {
    assertThatThrownBy(() -> SigningKey.fromSkey(skey)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusalOfAPrivateKeyDoesNotEchoItsSecret() {
    String secret = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDF";

    assertThatThrownBy(() -> SigningKey.fromSkey("PRIVATE+KEY+PeterNeumann+c74f20a3+" + secret))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(secret);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", "two words", "a+b", "tab\there", "nbsp\u00a0here", "line\nbreak"})
  void keyNameMustBeAValidNoteKeyName(String name) {
    assertThatThrownBy(() -> SigningKey.generate(name)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingPrivateKeyOrMessageIsRefusedNotANullPointer() {
    assertThatThrownBy(() -> SigningKey.fromSkey(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SigningKey.generate(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SigningKey.generate("a").sign(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
