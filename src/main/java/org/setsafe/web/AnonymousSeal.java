package org.setsafe.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an anonymous reporter's {@code Idempotency-Key} turns into before anything is stored: a secret stretched
 * from the key (PBKDF2, slow on purpose, like the receipt code's hash), from which come the row's id, the request's
 * fingerprint and the key that seals the answer (AES-GCM). The answer holds the receipt code; without the
 * Idempotency-Key, which only the reporter's phone has, the row can neither be read nor tied to a request.
 */
final class AnonymousSeal {

  private static final byte[] SALT = "SetSafe anonymous Idempotency-Key".getBytes(StandardCharsets.UTF_8);
  private static final int ITERATIONS = 20_000;
  private static final int NONCE = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec secret;

  AnonymousSeal(String idempotencyKey) {
    try {
      byte[] stretched = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
          .generateSecret(new PBEKeySpec(idempotencyKey.toCharArray(), SALT, ITERATIONS, 256)).getEncoded();
      this.secret = new SecretKeySpec(stretched, "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The row's id: the key itself is never stored. */
  String id() {
    return mac("id".getBytes(StandardCharsets.UTF_8));
  }

  /** The request's fingerprint, keyed, so a stored fingerprint cannot be matched to a guessed request. */
  String fingerprint(byte[] requestDigest) {
    return mac(requestDigest);
  }

  String seal(String text) {
    try {
      byte[] nonce = new byte[NONCE];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, secret, new GCMParameterSpec(128, nonce));
      byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  String open(String sealedText) {
    try {
      byte[] sealed = Base64.getDecoder().decode(sealedText);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, secret, new GCMParameterSpec(128, sealed, 0, NONCE));
      return new String(cipher.doFinal(sealed, NONCE, sealed.length - NONCE), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private String mac(byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getEncoded(), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
