package org.setsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key kept in its own file seals a secret for one owner; an altered, moved or foreign value does not open. */
class SealingKeyTest {

  private static final byte[] SECRET = "twenty bytes secret!".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;

  @Test
  void aSecretSealedForItsOwnerOpensAgainAndEachSealingDiffers() throws Exception {
    SealingKey key = SealingKey.openOrCreate(dir.resolve("keys/one.key"));
    String first = key.seal(SECRET, "owner-1");
    String second = key.seal(SECRET, "owner-1");
    assertThat(first).as("a fresh nonce each time").isNotEqualTo(second).startsWith("v1.");
    assertThat(key.open(first, "owner-1")).isEqualTo(SECRET);
    assertThat(SealingKey.openOrCreate(dir.resolve("keys/one.key")).open(second, "owner-1"))
        .as("the key read back from its file").isEqualTo(SECRET);
  }

  @Test
  void anAlteredValueAnotherOwnersOrAnotherKeysDoesNotOpen() {
    SealingKey key = SealingKey.openOrCreate(dir.resolve("one.key"));
    String sealed = key.seal(SECRET, "owner-1");
    String altered = sealed.substring(0, 10) + (sealed.charAt(10) == 'A' ? 'B' : 'A') + sealed.substring(11);
    assertThatThrownBy(() -> key.open(altered, "owner-1")).isInstanceOf(SealingKey.Unreadable.class);
    assertThatThrownBy(() -> key.open(sealed, "owner-2")).isInstanceOf(SealingKey.Unreadable.class);
    assertThatThrownBy(() -> SealingKey.openOrCreate(dir.resolve("other.key")).open(sealed, "owner-1"))
        .isInstanceOf(SealingKey.Unreadable.class);
    assertThatThrownBy(() -> key.open("JBSWY3DPEHPK3PXP", "owner-1")).isInstanceOf(SealingKey.Unreadable.class);
  }

  @Test
  void theKeyFileIsTheOwnersAloneAndADamagedOneStopsStartUp() throws Exception {
    Path file = dir.resolve("one.key");
    assertThat(SealingKey.openOrCreate(file).createdNow()).isTrue();
    assertThat(SealingKey.openOrCreate(file).createdNow()).isFalse();
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
    Files.writeString(file, "not a key\n");
    assertThatThrownBy(() -> SealingKey.openOrCreate(file)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("damaged");
  }
}
