package org.setsafe.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerifierKeyTest {

  @Test
  void goVerifierKeyParsesIntoItsParts() {
    VerifierKey key = VerifierKey.parse(GoNoteVector.VKEY);

    assertThat(key.name()).isEqualTo("PeterNeumann");
    assertThat(key.keyHashHex()).isEqualTo("c74f20a3");
    assertThat(key.keyHash()).containsExactly(0xc7, 0x4f, 0x20, 0xa3);
    assertThat(key.publicKey()).hasSize(32);
    assertThat(key.vkey()).isEqualTo(GoNoteVector.VKEY);
  }

  @Test
  void vkeyRoundTripsThroughParse() {
    VerifierKey key = SigningKey.generate("setsafe-20261125T101500Z").verifierKey();

    VerifierKey parsed = VerifierKey.parse(key.vkey());

    assertThat(parsed).isEqualTo(key);
    assertThat(parsed.vkey()).isEqualTo(key.vkey());
    assertThat(parsed.keyHash()).isEqualTo(key.keyHash());
  }

  @Test
  void fingerprintIsSha256OfThePublicKeyForPeopleToCompare() {
    VerifierKey key = VerifierKey.parse(GoNoteVector.VKEY);

    assertThat(key.fingerprint()).startsWith("SHA256:").doesNotEndWith("=").hasSize(7 + 43);
    assertThat(VerifierKey.parse(key.vkey()).fingerprint()).isEqualTo(key.fingerprint());
    assertThat(SigningKey.generate("other").verifierKey().fingerprint()).isNotEqualTo(key.fingerprint());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "",
      "PeterNeumann",
      "PeterNeumann+c74f20a3",
      "+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
      "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
      "PeterNeumann+C74F20A3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
      "PeterNeumann+c74f20a+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
      "PeterNeumann+c74f20a3x+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
      "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T",
      "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW=",
      "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TX",
      "PeterNeumann+c74f20a3+AhpcQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
      "PeterNeumann+c74f20a3+AhpC2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
      "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWAA==",
      "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
      "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmq\nq/LDE4izWy10TW",
  })
  void malformedVerifierKeyIsRefusedWithAReason(String vkey) {
    assertThatThrownBy(() -> VerifierKey.parse(vkey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("null");
  }

  @Test
  void everyOneByteChangeOfTheGoKeyIsRefused() {
    byte[] vkey = GoNoteVector.VKEY.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < vkey.length; i++) {
      byte[] changed = vkey.clone();
      changed[i]++;
      String mangled = new String(changed, StandardCharsets.US_ASCII);
      assertThatThrownBy(() -> VerifierKey.parse(mangled))
          .as("changed byte %d: %s", i, mangled)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void everyTruncationOfTheGoKeyIsRefused() {
    for (int end = 0; end < GoNoteVector.VKEY.length(); end++) {
      String truncated = GoNoteVector.VKEY.substring(0, end);
      assertThatThrownBy(() -> VerifierKey.parse(truncated)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void missingVerifierKeyIsRefusedNotANullPointer() {
    assertThatThrownBy(() -> VerifierKey.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void publicKeyThatIsNotACurvePointIsRefused() {
    byte[] key = new byte[32];
    key[0] = 2; // y = 2 has no x on edwards25519
    byte[] typed = new byte[33];
    typed[0] = 0x01;
    System.arraycopy(key, 0, typed, 1, 32);
    String vkey = "bad+" + java.util.HexFormat.of().formatHex(NoteFormat.keyHash("bad", key)) + "+"
        + Base64.getEncoder().encodeToString(typed);

    assertThatThrownBy(() -> VerifierKey.of("bad", key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a valid Ed25519 public key");
    assertThatThrownBy(() -> VerifierKey.parse(vkey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a valid Ed25519 public key");
  }

  /** libsodium's list of small-order encodings, and the same points with the sign bit of x set. */
  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "0000000000000000000000000000000000000000000000000000000000000000",
      "0100000000000000000000000000000000000000000000000000000000000000",
      "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
      "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
      "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
      "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
      "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
      "0000000000000000000000000000000000000000000000000000000000000080",
  })
  void smallOrderPublicKeyIsRefusedBecauseItVouchesForNothing(String hex) {
    byte[] key = java.util.HexFormat.of().parseHex(hex);

    assertThatThrownBy(() -> VerifierKey.of("weak", key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("small-order");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
      "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
      "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
  })
  void nonCanonicalPublicKeyEncodingIsRefused(String hex) {
    byte[] key = java.util.HexFormat.of().parseHex(hex);

    assertThatThrownBy(() -> VerifierKey.of("odd", key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("non-canonical");
  }

  @Test
  void verifyNeverThrowsOnBadInput() {
    VerifierKey key = VerifierKey.parse(GoNoteVector.VKEY);

    assertThat(key.verify(null, new byte[64])).isFalse();
    assertThat(key.verify(new byte[1], null)).isFalse();
    assertThat(key.verify(new byte[1], new byte[0])).isFalse();
    assertThat(key.verify(new byte[1], new byte[63])).isFalse();
    assertThat(key.verify(new byte[1], new byte[64])).isFalse();
    byte[] allOnes = new byte[64];
    java.util.Arrays.fill(allOnes, (byte) 0xff);
    assertThat(key.verify(new byte[1], allOnes)).isFalse();
  }
}
