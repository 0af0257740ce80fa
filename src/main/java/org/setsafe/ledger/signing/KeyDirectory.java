package org.setsafe.ledger.signing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.setsafe.ledger.domain.SigningKey;
import org.setsafe.ledger.domain.VerifierKey;

/**
 * The ledger's signing keys, kept in a directory of their own outside the database, so that whoever
 * can rewrite the database still cannot sign a checkpoint that covers the rewrite.
 *
 * <p>One key per file: {@code <name>.key} holds the private key (owner-only where the file system
 * has POSIX permissions), {@code <name>.pub} its verifier key, and {@code current} names the key
 * that signs now. It guards two things. Every key ever used here stays listed by {@link #all()}, so
 * checkpoints signed before a rotation remain verifiable; an operator may retire a private key by
 * deleting its {@code .key} file and keeping the {@code .pub}. And a key that existed is never
 * silently replaced: a damaged key file, or a {@code current} naming a key that is not there, stops
 * start-up with the file named, because a fresh key would quietly orphan every earlier checkpoint.
 *
 * <p>Writes go to a temporary file that is synced and then renamed into place, and {@code current}
 * changes only after the new key is on disk, so a crash leaves the old key or the new one in
 * charge, never neither. One process at a time is expected to own the directory.
 */
public final class KeyDirectory {

  static final String CURRENT = "current";
  static final String KEY_SUFFIX = ".key";
  static final String PUB_SUFFIX = ".pub";
  private static final String TEMP_SUFFIX = ".tmp";

  /** Prefixes become file names and note key names, so they stay to a portable, space- and '+'-free set. */
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> PUBLIC_FILE = PosixFilePermissions.fromString("rw-r--r--");

  private final Path dir;
  private final String prefix;
  private final Clock clock;
  private final boolean posix;
  /** Every verifier key found or created here, by name. */
  private final Map<String, VerifierKey> verifiers = new TreeMap<>();
  /** The private keys present, by name; retired keys have a verifier but no entry here. */
  private final Map<String, SigningKey> signers = new TreeMap<>();
  private volatile SigningKey current;

  private KeyDirectory(Path dir, String prefix, Clock clock) {
    this.dir = dir;
    this.prefix = prefix;
    this.clock = clock;
    this.posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /**
   * Opens the key directory, creating it and a first key when it does not exist yet.
   *
   * @throws IllegalStateException when a key file cannot be read or is damaged, or when
   *     {@code current} is missing or names a key that is not there; the message names the file
   */
  public static KeyDirectory open(Path dir, String keyNamePrefix, Clock clock) {
    if (dir == null || clock == null) {
      throw new IllegalArgumentException("key directory and clock are required");
    }
    if (keyNamePrefix == null || !PREFIX.matcher(keyNamePrefix).matches()) {
      throw new IllegalArgumentException("key name prefix must be 1 to 64 letters, digits, '.', '_' or '-', "
          + "starting with a letter or digit, was " + (keyNamePrefix == null ? "missing" : "\"" + keyNamePrefix + "\""));
    }
    KeyDirectory keys = new KeyDirectory(dir.toAbsolutePath(), keyNamePrefix, clock);
    keys.createIfMissing();
    keys.load();
    keys.chooseCurrent();
    return keys;
  }

  /** The key that signs new checkpoints. */
  public SigningKey current() {
    return current;
  }

  /** Every key created or kept here, oldest name first, so any checkpoint signed here can be checked. */
  public synchronized List<VerifierKey> all() {
    return List.copyOf(verifiers.values());
  }

  /** Where the keys live. */
  public Path directory() {
    return dir;
  }

  /**
   * Creates a new key and makes it current. The old key's files stay, so what it signed stays
   * verifiable; the new key is fully on disk before {@code current} switches to it.
   */
  public synchronized SigningKey rotate() {
    SigningKey key = SigningKey.generate(freshName());
    writeKey(key);
    writeCurrent(key.name());
    current = key;
    return key;
  }

  private void createIfMissing() {
    if (Files.exists(dir)) {
      if (!Files.isDirectory(dir)) {
        throw new IllegalStateException("signing key directory " + dir + " exists but is not a directory");
      }
      return;
    }
    try {
      if (posix) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        // The mode given at creation is narrowed by the umask but never widened; set it exactly.
        Files.setPosixFilePermissions(dir, OWNER_ONLY_DIR);
      } else {
        Files.createDirectories(dir);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot create signing key directory " + dir + ": " + e.getMessage(), e);
    }
  }

  private void load() {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      entries.forEach(files::add);
    } catch (IOException e) {
      throw new IllegalStateException("cannot list signing key directory " + dir + ": " + e.getMessage(), e);
    }
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      if (fileName.endsWith(KEY_SUFFIX)) {
        loadPrivate(file, stem(fileName, KEY_SUFFIX));
      }
    }
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      if (fileName.endsWith(PUB_SUFFIX)) {
        loadPublic(file, stem(fileName, PUB_SUFFIX));
      }
    }
    // A crash between writing a key and its .pub leaves the .pub missing; it follows from the key.
    for (SigningKey key : signers.values()) {
      if (!Files.exists(pubFile(key.name()))) {
        writeAtomically(pubFile(key.name()), key.verifierKey().vkey() + "\n", PUBLIC_FILE, true);
      }
    }
  }

  private void loadPrivate(Path file, String name) {
    String skey = read(file);
    SigningKey key;
    try {
      key = SigningKey.fromSkey(skey);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("signing key file " + file + " is damaged: " + e.getMessage()
          + "; restore it from backup rather than deleting it, or checkpoints it signed cannot be verified", e);
    }
    if (!key.name().equals(name)) {
      throw new IllegalStateException("signing key file " + file + " holds the key named " + key.name()
          + "; a key file must be named after its key");
    }
    signers.put(name, key);
    verifiers.put(name, key.verifierKey());
  }

  private void loadPublic(Path file, String name) {
    VerifierKey key;
    try {
      key = VerifierKey.parse(read(file));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("verifier key file " + file + " is damaged: " + e.getMessage(), e);
    }
    if (!key.name().equals(name)) {
      throw new IllegalStateException("verifier key file " + file + " holds the key named " + key.name()
          + "; a key file must be named after its key");
    }
    VerifierKey fromPrivate = verifiers.get(name);
    if (fromPrivate != null && !fromPrivate.equals(key)) {
      throw new IllegalStateException("verifier key file " + file + " does not match "
          + file.resolveSibling(name + KEY_SUFFIX) + "; one of them was replaced");
    }
    verifiers.put(name, key);
  }

  private void chooseCurrent() {
    Path currentFile = dir.resolve(CURRENT);
    if (Files.exists(currentFile)) {
      String name = read(currentFile);
      SigningKey key = signers.get(name);
      if (key == null) {
        throw new IllegalStateException(currentFile + " names signing key \"" + name + "\" but "
            + dir.resolve(name + KEY_SUFFIX) + " does not exist; restore that key file, or write the name "
            + "of another key in this directory into " + currentFile);
      }
      current = key;
      return;
    }
    if (verifiers.isEmpty()) {
      rotate();
    } else if (verifiers.size() == 1 && signers.size() == 1) {
      // The first start stopped between writing the first key and naming it current; finish it.
      SigningKey only = signers.values().iterator().next();
      writeCurrent(only.name());
      current = only;
    } else {
      throw new IllegalStateException(currentFile + " is missing but " + dir + " holds keys "
          + verifiers.keySet() + "; write the name of the key to sign with into " + currentFile);
    }
  }

  /** Prefix and UTC second; a second key in the same second gets "-2", "-3", ... so names never clash. */
  private String freshName() {
    String base = prefix + "-" + STAMP.format(clock.instant());
    String name = base;
    for (int n = 2; verifiers.containsKey(name) || Files.exists(keyFile(name)) || Files.exists(pubFile(name)); n++) {
      name = base + "-" + n;
    }
    return name;
  }

  private void writeKey(SigningKey key) {
    writeAtomically(keyFile(key.name()), key.skey() + "\n", OWNER_ONLY_FILE, false);
    writeAtomically(pubFile(key.name()), key.verifierKey().vkey() + "\n", PUBLIC_FILE, false);
    signers.put(key.name(), key);
    verifiers.put(key.name(), key.verifierKey());
  }

  private void writeCurrent(String name) {
    writeAtomically(dir.resolve(CURRENT), name + "\n", PUBLIC_FILE, true);
  }

  /**
   * Writes {@code content} to a synced temporary file created with its final permissions (so a
   * private key is never readable by others, even for a moment), renames it over {@code target},
   * and syncs the directory so the rename itself survives a crash.
   */
  private void writeAtomically(Path target, String content, Set<PosixFilePermission> permissions, boolean replace) {
    Path temp = target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
    try {
      // A temporary file left by a crash holds nothing that was ever in use.
      Files.deleteIfExists(temp);
      FileAttribute<?>[] attributes = posix
          ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
          : new FileAttribute<?>[0];
      try (FileChannel channel = FileChannel.open(temp,
          Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
        ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      if (posix) {
        Files.setPosixFilePermissions(temp, permissions);
      }
      if (!replace && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(target.toString());
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      syncDirectory();
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + target + ": " + e, e);
    }
  }

  private void syncDirectory() {
    try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
      directory.force(true);
    } catch (IOException e) {
      // Some platforms cannot open a directory for syncing; the rename is still atomic there.
    }
  }

  private String read(Path file) {
    try {
      // Names and keys hold no spaces, so surrounding blanks are only what an editor added (a final
      // newline, a Windows line ending) and not part of the key.
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(file + " is damaged: it is not UTF-8 text", e);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e, e);
    }
  }

  private Path keyFile(String name) {
    return dir.resolve(name + KEY_SUFFIX);
  }

  private Path pubFile(String name) {
    return dir.resolve(name + PUB_SUFFIX);
  }

  private static String stem(String fileName, String suffix) {
    return fileName.substring(0, fileName.length() - suffix.length());
  }
}
