package org.setsafe.ledger.domain;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;

/**
 * An Ed25519 private key with its note-key name: the one thing that can make a checkpoint that
 * readers will trust. It is kept as the 32-byte seed of RFC 8032, written as
 * {@code PRIVATE+KEY+<name>+<key hash hex>+<base64(0x01 || seed)>} like the Go note package, and it
 * never shows itself in {@link #toString()} so it cannot leak into a log line.
 */
public final class SigningKey {

  private static final int SEED_BYTES = 32;
  private static final String PREFIX = "PRIVATE+KEY+";

  private final byte[] seed;
  private final PrivateKey privateKey;
  private final VerifierKey verifierKey;

  private SigningKey(String name, byte[] seed) {
    this.seed = seed.clone();
    KeyPair pair = keyPairFromSeed(this.seed);
    this.privateKey = pair.getPrivate();
    byte[] encoded = pair.getPublic().getEncoded();
    // The X.509 form ends with the raw 32-byte key.
    byte[] publicKey = Arrays.copyOfRange(encoded, encoded.length - VerifierKey.PUBLIC_KEY_BYTES, encoded.length);
    this.verifierKey = VerifierKey.of(name, publicKey);
  }

  /** A fresh key from the platform's strong random source. */
  public static SigningKey generate(String name) {
    NoteFormat.requireValidName("key name", name);
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      KeyPair pair = generator.generateKeyPair();
      byte[] seed = ((EdECPrivateKey) pair.getPrivate()).getBytes()
          .orElseThrow(() -> new IllegalStateException("the Ed25519 provider does not reveal the key seed"));
      return new SigningKey(name, seed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is not available in this Java runtime", e);
    }
  }

  /** Parses the private key form; refuses it when the key hash does not match the key it holds. */
  public static SigningKey fromSkey(String skey) {
    if (skey == null || !skey.startsWith(PREFIX)) {
      throw new IllegalArgumentException("private key must start with " + PREFIX);
    }
    String rest = skey.substring(PREFIX.length());
    int first = rest.indexOf('+');
    int second = first < 0 ? -1 : rest.indexOf('+', first + 1);
    if (second < 0) {
      throw new IllegalArgumentException("private key must be " + PREFIX + "<name>+<key hash>+<key>");
    }
    String name = NoteFormat.requireValidName("private key name", rest.substring(0, first));
    byte[] hash = VerifierKey.parseKeyHash(rest.substring(first + 1, second));
    byte[] typed = decodeSecret(rest.substring(second + 1));
    if (typed.length == 0 || typed[0] != NoteFormat.ED25519) {
      throw new IllegalArgumentException("private key " + name + " is not an Ed25519 key (type byte 0x01)");
    }
    if (typed.length != 1 + SEED_BYTES) {
      throw new IllegalArgumentException(
          "private key " + name + " must hold a " + SEED_BYTES + "-byte seed, not " + (typed.length - 1));
    }
    SigningKey key = new SigningKey(name, Arrays.copyOfRange(typed, 1, typed.length));
    Arrays.fill(typed, (byte) 0);
    // The hash is of the public key, so it can only be checked after deriving it.
    if (!Arrays.equals(key.verifierKey.keyHash(), hash)) {
      throw new IllegalArgumentException("private key " + name + " has key hash "
          + rest.substring(first + 1, second) + " but its key gives " + key.verifierKey.keyHashHex());
    }
    return key;
  }

  /** The private key form; whoever holds it can sign checkpoints. */
  public String skey() {
    byte[] typed = new byte[1 + SEED_BYTES];
    typed[0] = NoteFormat.ED25519;
    System.arraycopy(seed, 0, typed, 1, SEED_BYTES);
    return PREFIX + name() + "+" + verifierKey.keyHashHex() + "+" + NoteFormat.base64(typed);
  }

  public String name() {
    return verifierKey.name();
  }

  public VerifierKey verifierKey() {
    return verifierKey;
  }

  /** The 64-byte Ed25519 signature of {@code message}; the same message always gives the same signature. */
  public byte[] sign(byte[] message) {
    if (message == null) {
      throw new IllegalArgumentException("message to sign is missing");
    }
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(privateKey);
      signer.update(message);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  @Override
  public String toString() {
    return "SigningKey[" + name() + "+" + verifierKey.keyHashHex() + "]";
  }

  /** The key's base64 is not echoed in the message: it may be most of a secret. */
  private static byte[] decodeSecret(String base64) {
    try {
      return NoteFormat.decodeBase64("private key", base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("private key is not canonical padded base64");
    }
  }

  /**
   * The JDK has no public "key from seed" call, but its Ed25519 generator takes the private key as
   * the next 32 random bytes (RFC 8032 section 5.1.5), so a source that yields the seed rebuilds it.
   */
  private static KeyPair keyPairFromSeed(byte[] seed) {
    SecureRandom yieldsSeed = new SecureRandom() {
      @Override
      public void nextBytes(byte[] bytes) {
        if (bytes.length != SEED_BYTES) {
          throw new IllegalStateException("Ed25519 generator asked for " + bytes.length + " bytes, not a seed");
        }
        System.arraycopy(seed, 0, bytes, 0, SEED_BYTES);
      }
    };
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(NamedParameterSpec.ED25519, yieldsSeed);
      KeyPair pair = generator.generateKeyPair();
      byte[] used = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElse(new byte[0]);
      if (!Arrays.equals(used, seed)) {
        throw new IllegalStateException("the Ed25519 provider did not build the key from the given seed");
      }
      return pair;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is not available in this Java runtime", e);
    }
  }
}
