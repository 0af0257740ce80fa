package org.setsafe.shared;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit AES key kept in a file of its own outside the database, sealing the few secrets the database must hold
 * but must not show: someone who reads the tables (a backup, a replica, an operator's query) reads only ciphertext.
 * AES-256-GCM with a fresh random 96-bit nonce per secret, and the id of what the secret belongs to as associated
 * data, so a sealed value copied onto another row does not open there.
 *
 * <p>Created at first start (owner-only where the file system has POSIX permissions, written to a synced temporary
 * file and renamed into place); a damaged key file stops start-up with the file named, because a fresh key would
 * silently make every sealed secret unreadable. A sealed value reads {@code v1.<base64url(nonce | ciphertext | tag)>}.
 */
public final class SealingKey {

  /** A sealed value that does not open: altered, sealed for another id, or sealed under another key. */
  public static final class Unreadable extends Exception {
    Unreadable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static final String VERSION = "v1.";
  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

  private final SecretKeySpec key;
  private final Path file;
  private final boolean created;

  private SealingKey(byte[] key, Path file, boolean created) {
    this.key = new SecretKeySpec(key, "AES");
    this.file = file;
    this.created = created;
  }

  /**
   * Reads the key from {@code file}, creating the file (and its directory) with a new random key when it does not
   * exist yet.
   *
   * @throws IllegalStateException when the file cannot be read or written, or does not hold a 256-bit key
   */
  public static SealingKey openOrCreate(Path file) {
    Path path = file.toAbsolutePath();
    if (Files.exists(path)) {
      return new SealingKey(read(path), path, false);
    }
    byte[] fresh = new byte[KEY_BYTES];
    RANDOM.nextBytes(fresh);
    write(path, Base64.getEncoder().encodeToString(fresh) + "\n");
    return new SealingKey(fresh, path, true);
  }

  /** Where the key is kept, to name in messages and in the README's backup advice. */
  public Path file() {
    return file;
  }

  /** Whether this start made the key: any value sealed before was sealed under another one. */
  public boolean createdNow() {
    return created;
  }

  /** Seals a secret for one owner (their id as associated data). */
  public String seal(byte[] secret, String ownerId) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(ownerId.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(secret);
      byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
      return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /** Opens a value {@link #seal sealed} for this owner; refuses one altered, moved or sealed under another key. */
  public byte[] open(String sealed, String ownerId) throws Unreadable {
    if (sealed == null || !sealed.startsWith(VERSION)) {
      throw new Unreadable("not a sealed value", null);
    }
    byte[] in;
    try {
      in = Base64.getUrlDecoder().decode(sealed.substring(VERSION.length()));
    } catch (IllegalArgumentException e) {
      throw new Unreadable("not a sealed value", e);
    }
    if (in.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new Unreadable("sealed value too short", null);
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
      cipher.updateAAD(ownerId.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw new Unreadable("altered, sealed for another owner, or under another key", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  private static byte[] read(Path file) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read key file " + file + ": " + e, e);
    } catch (IllegalArgumentException e) {
      key = new byte[0];
    }
    if (key.length != KEY_BYTES) {
      Arrays.fill(key, (byte) 0);
      throw new IllegalStateException("key file " + file + " is damaged: it must hold a 256-bit key in base64; "
          + "restore it from backup rather than deleting it, or what it sealed cannot be read");
    }
    return key;
  }

  private static void write(Path file, String content) {
    Path dir = file.getParent();
    boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      if (!Files.isDirectory(dir)) {
        if (posix) {
          Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        } else {
          Files.createDirectories(dir);
        }
      }
      // A temporary file left by a crash never held a key in use.
      Files.deleteIfExists(temp);
      FileAttribute<?>[] attributes = posix
          ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
          : new FileAttribute<?>[0];
      try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE), attributes)) {
        ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      if (Files.exists(file)) {
        throw new FileAlreadyExistsException(file.toString());
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write key file " + file + ": " + e, e);
    }
  }
}
