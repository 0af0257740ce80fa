package org.setsafe.ledger.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The small rules shared by keys, notes and checkpoints: what a key name may be, which text a note
 * may carry, and base64 that has exactly one spelling. Each check refuses with a message that says
 * what is wrong, because these strings come from files and other logs, not from our own code.
 */
final class NoteFormat {

  /** The C2SP signature type byte for Ed25519. */
  static final byte ED25519 = 0x01;

  private NoteFormat() {}

  /** A key name: non-empty, no Unicode space, no '+', no control character. */
  static String requireValidName(String what, String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    requireWellFormed(what, name);
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (cp == '+') {
        throw new IllegalArgumentException(what + " contains '+': " + quoted(name));
      }
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85) {
        throw new IllegalArgumentException(what + " contains a space: " + quoted(name));
      }
      if (Character.isISOControl(cp)) {
        throw new IllegalArgumentException(what + " contains a control character: " + quoted(name));
      }
      i += Character.charCount(cp);
    }
    return name;
  }

  /**
   * Refuses text a signed note cannot carry: anything that is not well-formed Unicode, and ASCII
   * control characters other than newline (a stray carriage return would change what is signed
   * depending on who copied the file).
   */
  static void requireNoteCharacters(String what, String text) {
    requireWellFormed(what, text);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n') {
        throw new IllegalArgumentException(
            what + " contains control character U+" + String.format("%04X", (int) c) + " at index " + i);
      }
    }
  }

  /** The UTF-8 bytes, refusing unpaired surrogates instead of silently replacing them with '?'. */
  static byte[] utf8(String what, String text) {
    try {
      ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
      return Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(what + " is not well-formed Unicode");
    }
  }

  /**
   * Standard base64 with padding, refusing any spelling other than the one our encoder writes, so a
   * signature or key has exactly one textual form (no missing padding, no stray bits, no line breaks).
   */
  static byte[] decodeBase64(String what, String text) {
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " is not valid base64: " + e.getMessage());
    }
    if (!Base64.getEncoder().encodeToString(decoded).equals(text)) {
      throw new IllegalArgumentException(what + " is not canonical padded base64");
    }
    return decoded;
  }

  static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  static byte[] sha256(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        digest.update(part);
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** The C2SP key ID: SHA-256(name || '\n' || 0x01 || public key), first four bytes. */
  static byte[] keyHash(String name, byte[] publicKey) {
    byte[] digest = sha256(
        name.getBytes(StandardCharsets.UTF_8), new byte[] {'\n', ED25519}, publicKey);
    return Arrays.copyOf(digest, 4);
  }

  /** Text shown in messages: quoted and cut short, so a huge or hostile input cannot flood a log. */
  static String quoted(String text) {
    String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
    StringBuilder out = new StringBuilder("\"");
    shown.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp == 0x7f) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.append('"').toString();
  }

  private static void requireWellFormed(String what, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(what + " is not well-formed Unicode (unpaired surrogate at index " + i + ")");
      }
    }
  }
}
