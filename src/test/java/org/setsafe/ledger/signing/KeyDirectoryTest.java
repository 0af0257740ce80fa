package org.setsafe.ledger.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.setsafe.TestClock;
import org.setsafe.ledger.domain.SignedNote;
import org.setsafe.ledger.domain.SigningKey;
import org.setsafe.ledger.domain.VerifierKey;

class KeyDirectoryTest {

  private static final String FIRST = "setsafe-20261125T101500Z";
  private static final String CHECKPOINT = "setsafe.example/ledger\n3\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n";

  @TempDir
  Path temp;

  private final TestClock clock = new TestClock(Instant.parse("2026-11-25T10:15:00.250Z"));

  private Path keys() {
    return temp.resolve("keys");
  }

  private KeyDirectory open() {
    return KeyDirectory.open(keys(), "setsafe", clock);
  }

  @Test
  void firstOpenCreatesOneKeyNamedByPrefixAndUtcSecondAndMakesItCurrent() throws IOException {
    KeyDirectory directory = open();

    assertThat(directory.current().name()).isEqualTo(FIRST);
    assertThat(directory.all()).containsExactly(directory.current().verifierKey());
    assertThat(files()).containsExactlyInAnyOrder(FIRST + ".key", FIRST + ".pub", "current");
    assertThat(Files.readString(keys().resolve("current"))).isEqualTo(FIRST + "\n");
    assertThat(Files.readString(keys().resolve(FIRST + ".pub")).strip())
        .isEqualTo(directory.current().verifierKey().vkey());
  }

  @Test
  void keyNameIsAValidNoteKeyName() {
    VerifierKey key = open().current().verifierKey();

    assertThat(VerifierKey.parse(key.vkey())).isEqualTo(key);
  }

  @Test
  void reopeningLoadsTheSameKey() {
    KeyDirectory first = open();
    clock.advance(Duration.ofDays(3));

    KeyDirectory again = open();

    assertThat(again.current().verifierKey().vkey()).isEqualTo(first.current().verifierKey().vkey());
    assertThat(again.current().skey()).isEqualTo(first.current().skey());
    assertThat(again.all()).hasSize(1);
  }

  @Test
  void rotateKeepsOldVerifierKeysAndSignsWithTheNewOne() throws IOException {
    KeyDirectory directory = open();
    SigningKey old = directory.current();
    String signedBefore = SignedNote.sign(CHECKPOINT, old);
    clock.advance(Duration.ofHours(1));

    SigningKey rotated = directory.rotate();

    assertThat(rotated.name()).isEqualTo("setsafe-20261125T111500Z");
    assertThat(directory.current()).isSameAs(rotated);
    assertThat(directory.all()).containsExactly(old.verifierKey(), rotated.verifierKey());
    String signedAfter = SignedNote.sign(CHECKPOINT, directory.current());
    assertThat(SignedNote.open(signedAfter, List.of(rotated.verifierKey())).verified()).isTrue();
    assertThat(SignedNote.open(signedAfter, List.of(old.verifierKey())).verified()).isFalse();

    KeyDirectory reopened = open();
    assertThat(reopened.current().verifierKey()).isEqualTo(rotated.verifierKey());
    assertThat(SignedNote.open(signedBefore, reopened.all()).verified()).isTrue();
    assertThat(SignedNote.open(signedAfter, reopened.all()).verified()).isTrue();
    assertThat(files()).contains(old.name() + ".key", old.name() + ".pub");
  }

  @Test
  void twoRotationsInTheSameSecondGetDistinctNames() {
    KeyDirectory directory = open();

    SigningKey second = directory.rotate();
    SigningKey third = directory.rotate();

    assertThat(List.of(second.name(), third.name())).containsExactly(FIRST + "-2", FIRST + "-3");
    assertThat(open().all()).hasSize(3);
    assertThat(open().current().name()).isEqualTo(FIRST + "-3");
  }

  @Test
  void retiredKeyWithOnlyItsPublicFileStillVerifiesOldCheckpoints() throws IOException {
    KeyDirectory directory = open();
    SigningKey old = directory.current();
    String signedBefore = SignedNote.sign(CHECKPOINT, old);
    clock.advance(Duration.ofDays(90));
    directory.rotate();
    Files.delete(keys().resolve(old.name() + ".key"));

    KeyDirectory reopened = open();

    assertThat(reopened.all()).contains(old.verifierKey());
    assertThat(SignedNote.open(signedBefore, reopened.all()).verified()).isTrue();
  }

  @Test
  void filesAreOwnerOnlyOnPosix() throws IOException {
    assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
    KeyDirectory directory = open();
    clock.advance(Duration.ofMinutes(1));
    SigningKey rotated = directory.rotate();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys()))).isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys().resolve(FIRST + ".key"))))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys().resolve(rotated.name() + ".key"))))
        .isEqualTo("rw-------");
  }

  @Test
  void corruptKeyFileIsRefusedWithAMessageNamingTheFile() throws IOException {
    open();
    Path keyFile = keys().resolve(FIRST + ".key");
    Files.writeString(keyFile, "PRIVATE+KEY+" + FIRST + "+00000000+garbage\n");
    Set<String> before = files();

    assertThatThrownBy(this::open)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(keyFile.toString())
        .hasMessageContaining("damaged");
    assertThat(files()).isEqualTo(before);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", "\n", "not a key", "PRIVATE+KEY+other+00000000+AAAA"})
  void keyFileThatHoldsNoUsableKeyIsRefused(String content) throws IOException {
    open();
    Path keyFile = keys().resolve(FIRST + ".key");
    Files.writeString(keyFile, content);

    assertThatThrownBy(this::open).isInstanceOf(IllegalStateException.class).hasMessageContaining(keyFile.toString());
  }

  @Test
  void keyFileThatIsNotTextIsRefused() throws IOException {
    open();
    Path keyFile = keys().resolve(FIRST + ".key");
    Files.write(keyFile, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});

    assertThatThrownBy(this::open).isInstanceOf(IllegalStateException.class).hasMessageContaining(keyFile.toString());
  }

  @Test
  void keyFileRenamedToAnotherKeysNameIsRefused() throws IOException {
    open();
    Path renamed = keys().resolve("setsafe-20270101T000000Z.key");
    Files.copy(keys().resolve(FIRST + ".key"), renamed);

    assertThatThrownBy(this::open).isInstanceOf(IllegalStateException.class).hasMessageContaining(renamed.toString());
  }

  @Test
  void publicFileThatDoesNotMatchItsPrivateKeyIsRefused() throws IOException {
    open();
    Path pubFile = keys().resolve(FIRST + ".pub");
    Files.writeString(pubFile, SigningKey.generate(FIRST).verifierKey().vkey() + "\n");

    assertThatThrownBy(this::open)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(pubFile.toString())
        .hasMessageContaining("does not match");
  }

  @Test
  void unreadableKeyFileIsRefused() throws IOException {
    assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
    open();
    Path keyFile = keys().resolve(FIRST + ".key");
    Files.setPosixFilePermissions(keyFile, Set.of());
    assumeFalse(Files.isReadable(keyFile), "running as a user who can read any file");

    assertThatThrownBy(this::open).isInstanceOf(IllegalStateException.class).hasMessageContaining(keyFile.toString());
  }

  @Test
  void currentPointingAtAMissingKeyIsRefused() throws IOException {
    open();
    Files.delete(keys().resolve(FIRST + ".key"));
    Set<String> before = files();

    assertThatThrownBy(this::open)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(keys().resolve("current").toString())
        .hasMessageContaining(FIRST);
    assertThat(files()).isEqualTo(before);
  }

  @Test
  void filesEditedWithWindowsLineEndingsStillLoad() throws IOException {
    String vkey = open().current().verifierKey().vkey();
    Files.writeString(keys().resolve("current"), FIRST + "\r\n");
    Path pub = keys().resolve(FIRST + ".pub");
    Files.writeString(pub, Files.readString(pub).strip() + "\r\n");

    assertThat(open().current().verifierKey().vkey()).isEqualTo(vkey);
  }

  @Test
  void currentNamingAKeyThatNeverExistedIsRefused() throws IOException {
    open();
    Files.writeString(keys().resolve("current"), "setsafe-19990101T000000Z\n");

    assertThatThrownBy(this::open)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("setsafe-19990101T000000Z");
  }

  @Test
  void missingCurrentWithSeveralKeysIsRefusedRatherThanGuessed() throws IOException {
    KeyDirectory directory = open();
    clock.advance(Duration.ofHours(1));
    directory.rotate();
    Files.delete(keys().resolve("current"));
    Set<String> before = files();

    assertThatThrownBy(this::open)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(keys().resolve("current").toString());
    assertThat(files()).isEqualTo(before);
  }

  @Test
  void firstStartInterruptedBeforeNamingTheKeyCurrentIsCompletedWithThatKey() throws IOException {
    String vkey = open().current().verifierKey().vkey();
    Files.delete(keys().resolve("current"));
    Files.delete(keys().resolve(FIRST + ".pub"));

    KeyDirectory reopened = open();

    assertThat(reopened.current().verifierKey().vkey()).isEqualTo(vkey);
    assertThat(Files.readString(keys().resolve("current"))).isEqualTo(FIRST + "\n");
    assertThat(Files.readString(keys().resolve(FIRST + ".pub"))).isEqualTo(vkey + "\n");
  }

  @Test
  void leftoverTemporaryFilesFromACrashAreIgnored() throws IOException {
    String vkey = open().current().verifierKey().vkey();
    Files.writeString(keys().resolve("current.tmp"), "half-writ");
    Files.writeString(keys().resolve("setsafe-20261125T111500Z.key.tmp"), "PRIVATE+KEY+");

    KeyDirectory reopened = open();

    assertThat(reopened.current().verifierKey().vkey()).isEqualTo(vkey);
    assertThat(reopened.all()).hasSize(1);
  }

  @Test
  void pathThatIsAFileIsRefused() throws IOException {
    Files.writeString(keys(), "not a directory");

    assertThatThrownBy(this::open).isInstanceOf(IllegalStateException.class).hasMessageContaining(keys().toString());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", "set safe", "a+b", "../up", "a/b", "-dash", "ü"})
  void prefixThatCannotNameAKeyFileIsRefused(String prefix) {
    assertThatThrownBy(() -> KeyDirectory.open(keys(), prefix, clock)).isInstanceOf(IllegalArgumentException.class);
    assertThat(keys()).doesNotExist();
  }

  @Test
  void missingArgumentsAreRefusedNotANullPointer() {
    assertThatThrownBy(() -> KeyDirectory.open(null, "setsafe", clock)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyDirectory.open(keys(), null, clock)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyDirectory.open(keys(), "setsafe", null)).isInstanceOf(IllegalArgumentException.class);
  }

  private Set<String> files() throws IOException {
    try (Stream<Path> list = Files.list(keys())) {
      return list.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
