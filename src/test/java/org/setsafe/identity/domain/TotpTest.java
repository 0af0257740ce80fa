package org.setsafe.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The TOTP writer held to RFC 6238's own test vectors (Appendix B), and base 32 to RFC 4648's (section 10). */
class TotpTest {

  private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHA512_SEED =
      "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest(name = "at {0} s")
  @CsvSource({
      "59, 94287082, 46119246, 90693936",
      "1111111109, 07081804, 68084774, 25091201",
      "1111111111, 14050471, 67062674, 99943326",
      "1234567890, 89005924, 91819424, 93441116",
      "2000000000, 69279037, 90698825, 38618901",
      "20000000000, 65353130, 77737706, 47863826"})
  void everyCodeOfTheRfcsTableIsWrittenExactly(long seconds, String sha1, String sha256, String sha512) {
    long step = Totp.step(Instant.ofEpochSecond(seconds));
    assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
    assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
    assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
    // What an authenticator app shows is the last six of those digits.
    assertThat(Totp.code(SHA1_SEED, step)).isEqualTo(sha1.substring(2));
  }

  @Test
  void aCodeIsFoundInItsStepOrTheOneEitherSideAndNoFurther() {
    Instant now = Instant.ofEpochSecond(1111111111);
    long step = Totp.step(now);
    assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step), now)).hasValue(step);
    assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now)).hasValue(step - 1);
    assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 1), now)).hasValue(step + 1);
    assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 2), now)).isEmpty();
    assertThat(Totp.matchingStep(SHA1_SEED, "12 34 5", now)).isEmpty();
    assertThat(Totp.matchingStep(SHA1_SEED, null, now)).isEmpty();
    assertThat(Totp.matchingStep(SHA1_SEED, "abcdef", now)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"'',''", "f,MY", "fo,MZXQ", "foo,MZXW6", "foob,MZXW6YQ", "fooba,MZXW6YTB", "foobar,MZXW6YTBOI"})
  void base32ReadsAndWritesTheRfcsExamples(String text, String encoded) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    assertThat(Base32.encode(bytes)).isEqualTo(encoded);
    assertThat(Base32.decode(encoded)).isEqualTo(bytes);
    assertThat(Base32.decode(encoded.toLowerCase() + "===")).isEqualTo(bytes);
  }

  @Test
  void theKeyUriCarriesTheSecretAndNamesSetSafe() {
    assertThat(Totp.keyUri("SetSafe", "rosa.armorer", SHA1_SEED)).isEqualTo(
        "otpauth://totp/SetSafe:rosa.armorer?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=SetSafe"
            + "&algorithm=SHA1&digits=6&period=30");
  }

  @Test
  void recoveryCodesAreTenDifferentAndTheirHashIgnoresHowTheyWereTyped() {
    var codes = RecoveryCodes.generate();
    assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"));
    String code = codes.get(0);
    assertThat(RecoveryCodes.hash(code.toLowerCase().replace("-", " "))).isEqualTo(RecoveryCodes.hash(code));
    assertThat(RecoveryCodes.looksLikeOne(code)).isTrue();
    assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
  }
}
