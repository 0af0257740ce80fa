package org.setsafe.incident.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The secret in an investigator's link: 32 random bytes (256 bits), URL-safe, shown once to the person granting
 * it. Only its SHA-256 is kept: like the hand-over code it is random and long, so a fast hash is as safe as a slow
 * one and finds its grant directly; a copy of the database does not let anyone in.
 */
public record InvestigatorLink(String token) {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SHAPE = "[A-Za-z0-9_-]{43}";

  public InvestigatorLink {
    if (token == null || !token.matches(SHAPE)) {
      throw new IllegalArgumentException("an investigator's link is 43 URL-safe characters");
    }
  }

  public static InvestigatorLink random() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return new InvestigatorLink(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
  }

  /** What came in the address; empty when it cannot be a link (nothing to look up). */
  public static Optional<InvestigatorLink> parse(String sent) {
    return sent != null && sent.matches(SHAPE) ? Optional.of(new InvestigatorLink(sent)) : Optional.empty();
  }

  public String hash() {
    return HexFormat.of().formatHex(digest());
  }

  /** Whether this link is the one kept as {@code storedHash}, compared in constant time. */
  public boolean matches(String storedHash) {
    return storedHash != null && MessageDigest.isEqual(digest(), HexFormat.of().parseHex(storedHash));
  }

  private byte[] digest() {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "InvestigatorLink[hidden]";
  }
}
