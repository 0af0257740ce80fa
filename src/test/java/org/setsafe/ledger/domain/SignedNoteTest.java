package org.setsafe.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignedNoteTest {

  private static final VerifierKey PETER = VerifierKey.parse(GoNoteVector.VKEY);
  private static final String CHECKPOINT = "setsafe.example/ledger\n7\n"
      + Base64.getEncoder().encodeToString(new byte[32]) + "\n";

  private final SigningKey ledger = SigningKey.generate("setsafe-20261125T101500Z");
  private final SigningKey witness = SigningKey.generate("witness.example/w1");

  @Test
  void signingTheGoTextWithTheGoKeyGivesTheGoNoteByteForByte() {
    String note = SignedNote.sign(GoNoteVector.TEXT, SigningKey.fromSkey(GoNoteVector.SKEY));

    assertThat(note).isEqualTo(GoNoteVector.NOTE);
    assertThat(note.getBytes(StandardCharsets.UTF_8)).isEqualTo(GoNoteVector.NOTE.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void goNoteVerifiesWithTheGoVerifierKey() {
    SignedNote opened = SignedNote.open(GoNoteVector.NOTE, List.of(PETER));

    assertThat(opened.verified()).isTrue();
    assertThat(opened.text()).isEqualTo(GoNoteVector.TEXT);
    assertThat(opened.verifiedBy()).containsExactly(PETER);
    assertThat(opened.unknownSigners()).isEmpty();
    assertThat(opened.invalidSigners()).isEmpty();
  }

  @Test
  void noteWithOneChangedByteIsNotVerified() {
    byte[] note = SignedNote.sign(CHECKPOINT, ledger).getBytes(StandardCharsets.UTF_8);
    int textBytes = CHECKPOINT.getBytes(StandardCharsets.UTF_8).length;
    for (int i = 0; i < textBytes; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] changed = note.clone();
        changed[i] ^= (byte) (1 << bit);
        assertThat(opensAsVerified(new String(changed, StandardCharsets.UTF_8), List.of(ledger.verifierKey())))
            .as("text byte %d bit %d changed", i, bit)
            .isFalse();
      }
    }
  }

  @Test
  void goNoteWithAnyChangedByteIsNotVerified() {
    byte[] note = GoNoteVector.NOTE.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < note.length; i++) {
      byte[] changed = note.clone();
      changed[i]++;
      assertThat(opensAsVerified(new String(changed, StandardCharsets.UTF_8), List.of(PETER)))
          .as("byte %d changed", i)
          .isFalse();
    }
  }

  @Test
  void noteSignedByTwoKeysVerifiesWithEither() {
    String note = SignedNote.sign(CHECKPOINT, ledger, witness);

    SignedNote byLedger = SignedNote.open(note, List.of(ledger.verifierKey()));
    SignedNote byWitness = SignedNote.open(note, List.of(witness.verifierKey()));
    SignedNote byBoth = SignedNote.open(note, List.of(witness.verifierKey(), ledger.verifierKey()));

    assertThat(byLedger.verified()).isTrue();
    assertThat(byLedger.verifiedBy()).containsExactly(ledger.verifierKey());
    assertThat(byLedger.unknownSigners()).extracting(Object::toString)
        .containsExactly("witness.example/w1+" + witness.verifierKey().keyHashHex());
    assertThat(byWitness.verified()).isTrue();
    assertThat(byWitness.verifiedBy()).containsExactly(witness.verifierKey());
    assertThat(byBoth.verifiedBy()).containsExactly(ledger.verifierKey(), witness.verifierKey());
    assertThat(note.lines().filter(line -> line.startsWith("— "))).hasSize(2);
  }

  @Test
  void signatureFromAnUnknownKeyIsIgnored() {
    String note = SignedNote.sign(CHECKPOINT, witness, ledger);

    SignedNote opened = SignedNote.open(note, List.of(ledger.verifierKey()));

    assertThat(opened.verified()).isTrue();
    assertThat(opened.unknownSigners()).hasSize(1);
    assertThat(opened.invalidSigners()).isEmpty();
  }

  @Test
  void noteSignedOnlyByUnknownKeysIsNotVerified() {
    SignedNote opened = SignedNote.open(SignedNote.sign(CHECKPOINT, witness), List.of(ledger.verifierKey()));

    assertThat(opened.verified()).isFalse();
    assertThat(opened.verifiedBy()).isEmpty();
    assertThat(opened.text()).isEqualTo(CHECKPOINT);
  }

  @Test
  void noKnownKeysMeansNothingIsVerified() {
    assertThat(SignedNote.open(SignedNote.sign(CHECKPOINT, ledger), List.of()).verified()).isFalse();
  }

  @Test
  void keyWithTheSameNameButADifferentHashIsTreatedAsUnknown() {
    SigningKey impostor = SigningKey.generate(ledger.name());
    String note = SignedNote.sign(CHECKPOINT, impostor, ledger);

    SignedNote opened = SignedNote.open(note, List.of(ledger.verifierKey()));

    assertThat(opened.verified()).isTrue();
    assertThat(opened.unknownSigners()).extracting(SignedNote.Signer::keyHash)
        .containsExactly(impostor.verifierKey().keyHashHex());
  }

  @Test
  void tamperedSignatureIsRejected() {
    String note = SignedNote.sign(CHECKPOINT, ledger);
    String line = note.substring(CHECKPOINT.length() + 1);
    byte[] raw = Base64.getDecoder().decode(line.substring(line.lastIndexOf(' ') + 1, line.length() - 1));
    raw[10] ^= 1;
    String tampered = CHECKPOINT + "\n— " + ledger.name() + " " + Base64.getEncoder().encodeToString(raw) + "\n";

    SignedNote opened = SignedNote.open(tampered, List.of(ledger.verifierKey()));

    assertThat(opened.verified()).isFalse();
    assertThat(opened.verifiedBy()).isEmpty();
    assertThat(opened.invalidSigners()).extracting(SignedNote.Signer::name).containsExactly(ledger.name());
  }

  @Test
  void oneBadSignatureFromAKnownKeySpoilsTheNoteEvenWhenAnotherVerifies() {
    String good = SignedNote.sign(CHECKPOINT, ledger);
    String otherText = SignedNote.sign("setsafe.example/ledger\n8\n" + Base64.getEncoder().encodeToString(new byte[32])
        + "\n", witness);
    String witnessLineForOtherText = otherText.substring(otherText.indexOf("— "));

    SignedNote opened = SignedNote.open(good + witnessLineForOtherText,
        List.of(ledger.verifierKey(), witness.verifierKey()));

    assertThat(opened.verifiedBy()).containsExactly(ledger.verifierKey());
    assertThat(opened.invalidSigners()).hasSize(1);
    assertThat(opened.verified()).isFalse();
  }

  @Test
  void repeatedSignatureLineFromTheSameKeyIsCountedOnce() {
    String note = SignedNote.sign(CHECKPOINT, ledger);
    String line = note.substring(CHECKPOINT.length() + 1);

    SignedNote opened = SignedNote.open(note + line, List.of(ledger.verifierKey(), ledger.verifierKey()));

    assertThat(opened.verified()).isTrue();
    assertThat(opened.verifiedBy()).containsExactly(ledger.verifierKey());
  }

  @Test
  void signingWithTheSameKeyTwiceWritesOneLine() {
    assertThat(SignedNote.sign(CHECKPOINT, ledger, ledger).lines().filter(l -> l.startsWith("— "))).hasSize(1);
  }

  @Test
  void textMayContainEmptyLinesBecauseTheLastEmptyLineSeparatesSignatures() {
    String text = "first\n\nthird\n\n";

    SignedNote opened = SignedNote.open(SignedNote.sign(text, ledger), List.of(ledger.verifierKey()));

    assertThat(opened.verified()).isTrue();
    assertThat(opened.text()).isEqualTo(text);
  }

  @Test
  void nonAsciiTextIsSignedAsUtf8() {
    String text = "Ognuno sta solo sul cuor della terra\ned è subito sera.\n";

    SignedNote opened = SignedNote.open(SignedNote.sign(text, ledger), List.of(ledger.verifierKey()));

    assertThat(opened.verified()).isTrue();
    assertThat(opened.text()).isEqualTo(text);
  }

  static Stream<Arguments> malformedNotes() {
    String sig = GoNoteVector.SIGNATURE_LINE;
    String text = GoNoteVector.TEXT;
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("text only", text),
        Arguments.of("no empty line", text + sig),
        Arguments.of("no signature lines", text + "\n"),
        Arguments.of("missing final newline", text + "\n" + sig.substring(0, sig.length() - 1)),
        Arguments.of("hyphen instead of em dash", text + "\n" + sig.replace("— ", "- ")),
        Arguments.of("em dash without space", text + "\n" + sig.replace("— ", "—")),
        Arguments.of("no space before signature", text + "\n" + "— PeterNeumann\n"),
        Arguments.of("empty key name", text + "\n" + sig.replace("PeterNeumann", "")),
        Arguments.of("plus in key name", text + "\n" + sig.replace("PeterNeumann", "Peter+Neumann")),
        Arguments.of("signature not base64", text + "\n" + "— PeterNeumann not*base64\n"),
        Arguments.of("signature too short", text + "\n" + "— PeterNeumann AAAAAA==\n"),
        Arguments.of("empty signature", text + "\n" + "— PeterNeumann \n"),
        Arguments.of("carriage return", text.replace("\n", "\r\n") + "\n" + sig),
        Arguments.of("control character", "a\u0007\n\n" + sig),
        Arguments.of("unpaired surrogate", "a\ud800\n\n" + sig),
        Arguments.of("text line after signatures", text + "\n" + sig + "trailing\n"),
        Arguments.of("too many signatures", text + "\n" + sig.repeat(SignedNote.MAX_SIGNATURES + 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedNotes")
  void malformedNoteIsRefusedWithAReason(String problem, String note) {
    assertThatThrownBy(() -> SignedNote.open(note, List.of(PETER)))
        .isInstanceOf(IllegalArgumentException.class)
        .message().isNotBlank();
  }

  @Test
  void missingNoteOrKeysAreRefusedNotANullPointer() {
    assertThatThrownBy(() -> SignedNote.open(null, List.of(PETER))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SignedNote.open(GoNoteVector.NOTE, null)).isInstanceOf(IllegalArgumentException.class);
    List<VerifierKey> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> SignedNote.open(GoNoteVector.NOTE, withNull)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void textThatCannotBeSignedIsRefused() {
    assertThatThrownBy(() -> SignedNote.sign("no newline", ledger)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SignedNote.sign("", ledger)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SignedNote.sign(null, ledger)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SignedNote.sign("cr\r\n", ledger)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SignedNote.sign("ok\n")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SignedNote.sign("ok\n", (SigningKey) null)).isInstanceOf(IllegalArgumentException.class);
  }

  private static boolean opensAsVerified(String note, List<VerifierKey> known) {
    try {
      return SignedNote.open(note, known).verified();
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }
}
