package org.setsafe.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CheckpointTest {

  private static final String ROOT = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";

  @Test
  void bodyIsOriginSizeAndRootHashEachOnItsOwnLine() {
    Checkpoint checkpoint = new Checkpoint("example.com/behind-the-sofa", 20852163, Base64.getDecoder().decode(ROOT));

    assertThat(checkpoint.body()).isEqualTo("example.com/behind-the-sofa\n20852163\n" + ROOT + "\n");
  }

  @Test
  void bodyParsesBackToTheSameCheckpoint() {
    Checkpoint checkpoint = new Checkpoint(
        "setsafe.example/ledger", 42, Base64.getDecoder().decode(ROOT), List.of("ext one", "— two"));

    Checkpoint parsed = Checkpoint.parse(checkpoint.body());

    assertThat(parsed).isEqualTo(checkpoint);
    assertThat(parsed.body()).isEqualTo(checkpoint.body());
    assertThat(parsed.extensions()).containsExactly("ext one", "— two");
  }

  @Test
  void emptyTreeHasSizeZero() {
    Checkpoint parsed = Checkpoint.parse("setsafe.example/ledger\n0\n" + ROOT + "\n");

    assertThat(parsed.treeSize()).isZero();
    assertThat(parsed.extensions()).isEmpty();
  }

  @Test
  void largestTreeSizeRoundTrips() {
    String body = "o\n" + Long.MAX_VALUE + "\n" + ROOT + "\n";

    assertThat(Checkpoint.parse(body).body()).isEqualTo(body);
  }

  @Test
  void rootHashCannotBeChangedFromOutside() {
    byte[] root = Base64.getDecoder().decode(ROOT);
    Checkpoint checkpoint = new Checkpoint("o", 1, root);

    root[0] ^= 1;
    checkpoint.rootHash()[1] ^= 1;

    assertThat(checkpoint.rootHash()).isEqualTo(Base64.getDecoder().decode(ROOT));
  }

  @Test
  void extensionsCannotBeChangedFromOutside() {
    List<String> extensions = new ArrayList<>(List.of("a"));
    Checkpoint checkpoint = new Checkpoint("o", 1, Base64.getDecoder().decode(ROOT), extensions);

    extensions.add("b");

    assertThat(checkpoint.extensions()).containsExactly("a");
    assertThatThrownBy(() -> checkpoint.extensions().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  static Stream<Arguments> malformedBodies() {
    return Stream.of(
        Arguments.of("missing final newline", "o\n1\n" + ROOT),
        Arguments.of("only the origin", "o\n"),
        Arguments.of("missing root hash line", "o\n1\n"),
        Arguments.of("empty body", ""),
        Arguments.of("empty origin", "\n1\n" + ROOT + "\n"),
        Arguments.of("non-decimal size", "o\nten\n" + ROOT + "\n"),
        Arguments.of("hex size", "o\n0x10\n" + ROOT + "\n"),
        Arguments.of("negative size", "o\n-1\n" + ROOT + "\n"),
        Arguments.of("plus sign on size", "o\n+1\n" + ROOT + "\n"),
        Arguments.of("leading zero on size", "o\n01\n" + ROOT + "\n"),
        Arguments.of("empty size", "o\n\n" + ROOT + "\n"),
        Arguments.of("size with a space", "o\n1 \n" + ROOT + "\n"),
        Arguments.of("size beyond a long", "o\n9223372036854775808\n" + ROOT + "\n"),
        Arguments.of("bad base64", "o\n1\nnot*base64!\n"),
        Arguments.of("base64 without padding", "o\n1\n" + ROOT.replace("=", "") + "\n"),
        Arguments.of("url-safe base64", "o\n1\n" + "CsUYapGGPo4dkMgIAUqom_Xajj7h2fB2MPA3j2jxq2I=\n"),
        Arguments.of("root hash too short", "o\n1\n" + Base64.getEncoder().encodeToString(new byte[31]) + "\n"),
        Arguments.of("root hash too long", "o\n1\n" + Base64.getEncoder().encodeToString(new byte[33]) + "\n"),
        Arguments.of("blank extension line", "o\n1\n" + ROOT + "\n\n"),
        Arguments.of("blank line between extensions", "o\n1\n" + ROOT + "\na\n\nb\n"),
        Arguments.of("carriage return line ending", "o\r\n1\r\n" + ROOT + "\r\n"),
        Arguments.of("control character in origin", "o\u0000\n1\n" + ROOT + "\n"),
        Arguments.of("unpaired surrogate", "o\ud800\n1\n" + ROOT + "\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedBodies")
  void malformedBodyIsRefusedWithAReason(String problem, String body) {
    assertThatThrownBy(() -> Checkpoint.parse(body))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("checkpoint");
  }

  @Test
  void refusalSaysWhichLineIsWrongAndWhy() {
    assertThatThrownBy(() -> Checkpoint.parse("o\n-1\n" + ROOT + "\n")).hasMessageContaining("line 2")
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> Checkpoint.parse("o\n1\nAAAA\n")).hasMessageContaining("line 3")
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> Checkpoint.parse("o\n1\n" + ROOT)).hasMessageContaining("newline");
  }

  @Test
  void missingBodyIsRefusedNotANullPointer() {
    assertThatThrownBy(() -> Checkpoint.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkpointThatCouldNotBeWrittenBackIsRefused() {
    byte[] root = Base64.getDecoder().decode(ROOT);

    assertThatThrownBy(() -> new Checkpoint("", 1, root)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Checkpoint(null, 1, root)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Checkpoint("two\nlines", 1, root)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Checkpoint("o", -1, root)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Checkpoint("o", 1, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Checkpoint("o", 1, Arrays.copyOf(root, 20))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Checkpoint("o", 1, root, List.of(""))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Checkpoint("o", 1, root, Arrays.asList("a", null)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
