package org.setsafe.ledger.domain;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A public Ed25519 key under its note-key name, in the C2SP signed-note form
 * {@code <name>+<key hash hex>+<base64(0x01 || public key)>}. It guards the one question a reader of
 * a checkpoint asks: did this key sign these exact bytes? A key string whose hash does not match
 * its name and key, or whose key is not a point on the curve, cannot be constructed.
 */
public final class VerifierKey {

  /** X.509 SubjectPublicKeyInfo header for a raw Ed25519 key (RFC 8410), so the JDK can load it. */
  private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
  static final int PUBLIC_KEY_BYTES = 32;
  static final int SIGNATURE_BYTES = 64;
  /** The field prime 2^255 - 19 and the curve constant d = -121665/121666 of edwards25519 (RFC 8032). */
  private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
  private static final BigInteger D = BigInteger.valueOf(-121665)
      .multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);

  private final String name;
  private final byte[] keyHash;
  private final byte[] publicKey;
  private final PublicKey jcaKey;

  private VerifierKey(String name, byte[] publicKey) {
    this.name = NoteFormat.requireValidName("key name", name);
    if (publicKey.length != PUBLIC_KEY_BYTES) {
      throw new IllegalArgumentException(
          "Ed25519 public key must be " + PUBLIC_KEY_BYTES + " bytes, not " + publicKey.length);
    }
    this.publicKey = publicKey.clone();
    requireStrongPoint(this.publicKey);
    this.keyHash = NoteFormat.keyHash(name, this.publicKey);
    this.jcaKey = load(this.publicKey);
  }

  /** The verifier for an Ed25519 public key, with its key hash computed from the name and key. */
  public static VerifierKey of(String name, byte[] publicKey) {
    if (publicKey == null) {
      throw new IllegalArgumentException("public key is missing");
    }
    return new VerifierKey(name, publicKey);
  }

  /** Parses {@code <name>+<8 hex digits>+<base64(0x01 || key)>}; refuses anything else, saying why. */
  public static VerifierKey parse(String vkey) {
    if (vkey == null || vkey.isEmpty()) {
      throw new IllegalArgumentException("verifier key is empty");
    }
    // The base64 part may itself contain '+', so split only twice.
    int first = vkey.indexOf('+');
    int second = first < 0 ? -1 : vkey.indexOf('+', first + 1);
    if (second < 0) {
      throw new IllegalArgumentException(
          "verifier key must be <name>+<key hash>+<key>: " + NoteFormat.quoted(vkey));
    }
    String name = NoteFormat.requireValidName("verifier key name", vkey.substring(0, first));
    byte[] hash = parseKeyHash(vkey.substring(first + 1, second));
    byte[] key = NoteFormat.decodeBase64("verifier key", vkey.substring(second + 1));
    if (key.length == 0 || key[0] != NoteFormat.ED25519) {
      throw new IllegalArgumentException("verifier key " + name + " is not an Ed25519 key (type byte 0x01)");
    }
    VerifierKey parsed = new VerifierKey(name, Arrays.copyOfRange(key, 1, key.length));
    if (!Arrays.equals(parsed.keyHash, hash)) {
      throw new IllegalArgumentException("verifier key " + name + " has key hash "
          + HexFormat.of().formatHex(hash) + " but its name and key give " + parsed.keyHashHex());
    }
    return parsed;
  }

  /** Eight lowercase hex digits, as every implementation writes them. */
  static byte[] parseKeyHash(String hex) {
    if (hex.length() != 8 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new IllegalArgumentException("key hash must be 8 lowercase hex digits: " + NoteFormat.quoted(hex));
    }
    return HexFormat.of().parseHex(hex);
  }

  public String name() {
    return name;
  }

  public byte[] keyHash() {
    return keyHash.clone();
  }

  public String keyHashHex() {
    return HexFormat.of().formatHex(keyHash);
  }

  public byte[] publicKey() {
    return publicKey.clone();
  }

  /** The key in signed-note form; {@link #parse} gives back an equal key. */
  public String vkey() {
    byte[] typed = new byte[1 + PUBLIC_KEY_BYTES];
    typed[0] = NoteFormat.ED25519;
    System.arraycopy(publicKey, 0, typed, 1, PUBLIC_KEY_BYTES);
    return name + "+" + keyHashHex() + "+" + NoteFormat.base64(typed);
  }

  /**
   * "SHA256:" and the unpadded base64 SHA-256 of the public key, the form OpenSSH shows, so two
   * people can compare a key read aloud or on two screens.
   */
  public String fingerprint() {
    return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(NoteFormat.sha256(publicKey));
  }

  /** Whether {@code signature} is this key's Ed25519 signature of {@code message}; false on any bad input. */
  public boolean verify(byte[] message, byte[] signature) {
    if (message == null || signature == null || signature.length != SIGNATURE_BYTES) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(jcaKey);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  /** Whether this key carries the given name and key hash, as a signature line names its signer. */
  boolean matches(String signerName, byte[] signerHash) {
    return name.equals(signerName) && Arrays.equals(keyHash, signerHash);
  }

  /**
   * Refuses a non-canonical encoding and the handful of small-order points. With a small-order key,
   * one signature can verify for many messages, so such a key vouches for nothing; Go's note package
   * refuses them too. A point (x, y) on -x² + y² = 1 + d·x²·y² has order dividing 8 exactly when y is
   * 0, 1 or -1, or when doubling it gives an order-4 point (y = 0), which happens when
   * d·y⁴ + 2·y² - 1 = 0 (mod p).
   */
  private static void requireStrongPoint(byte[] encoded) {
    byte[] bigEndian = new byte[PUBLIC_KEY_BYTES];
    for (int i = 0; i < PUBLIC_KEY_BYTES; i++) {
      bigEndian[i] = encoded[PUBLIC_KEY_BYTES - 1 - i];
    }
    bigEndian[0] &= 0x7f; // the top bit is the sign of x
    BigInteger y = new BigInteger(1, bigEndian);
    if (y.compareTo(P) >= 0) {
      throw new IllegalArgumentException("not a valid Ed25519 public key: non-canonical encoding");
    }
    BigInteger y2 = y.multiply(y).mod(P);
    boolean smallOrder = y.signum() == 0 || y.equals(BigInteger.ONE) || y.equals(P.subtract(BigInteger.ONE))
        || D.multiply(y2).multiply(y2).add(y2.shiftLeft(1)).subtract(BigInteger.ONE).mod(P).signum() == 0;
    if (smallOrder) {
      throw new IllegalArgumentException("not a valid Ed25519 public key: a small-order point");
    }
  }

  private static PublicKey load(byte[] publicKey) {
    byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + PUBLIC_KEY_BYTES);
    System.arraycopy(publicKey, 0, encoded, X509_PREFIX.length, PUBLIC_KEY_BYTES);
    try {
      PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
      // The JDK decodes the point only when verifying starts; do it now so a bad key fails here.
      Signature.getInstance("Ed25519").initVerify(key);
      return key;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a valid Ed25519 public key: " + e.getMessage());
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VerifierKey that && name.equals(that.name) && Arrays.equals(publicKey, that.publicKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, Arrays.hashCode(publicKey));
  }

  @Override
  public String toString() {
    return vkey();
  }
}
