package org.setsafe.ledger.domain;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A text with signatures, in the C2SP signed-note format: the text (ending in a newline), an empty
 * line, then one line {@code — <key name> <base64(key hash || signature)>} per signature. It guards
 * the reader's trust: the text counts only when a key the reader already knows signed exactly
 * these bytes, and a note that a known key's signature contradicts is never called verified.
 */
public final class SignedNote {

  /** Em dash and space, the start of every signature line. */
  static final String SIGNATURE_PREFIX = "\u2014 ";
  /** Enough for every key we rotate through and outside witnesses; more is an attempt to make us work. */
  static final int MAX_SIGNATURES = 100;

  private final String text;
  private final List<VerifierKey> verifiedBy;
  private final List<Signer> unknown;
  private final List<Signer> invalid;

  /** Who a signature line says signed: a key name and key hash, as {@code name+hash}. */
  public record Signer(String name, String keyHash) {
    @Override
    public String toString() {
      return name + "+" + keyHash;
    }
  }

  private SignedNote(String text, List<VerifierKey> verifiedBy, List<Signer> unknown, List<Signer> invalid) {
    this.text = text;
    this.verifiedBy = List.copyOf(verifiedBy);
    this.unknown = List.copyOf(unknown);
    this.invalid = List.copyOf(invalid);
  }

  /** The full signed note: the text, an empty line, and one signature line per key, in order. */
  public static String sign(String text, SigningKey... keys) {
    requireText(text);
    if (keys == null || keys.length == 0) {
      throw new IllegalArgumentException("a note needs at least one signing key");
    }
    byte[] message = NoteFormat.utf8("note text", text);
    StringBuilder note = new StringBuilder(text).append('\n');
    Set<String> seen = new LinkedHashSet<>();
    for (SigningKey key : keys) {
      if (key == null) {
        throw new IllegalArgumentException("signing key is missing");
      }
      VerifierKey verifier = key.verifierKey();
      // A second line from the same key adds nothing and some readers reject repeats.
      if (!seen.add(verifier.name() + "+" + verifier.keyHashHex())) {
        continue;
      }
      byte[] signed = ByteBuffer.allocate(4 + VerifierKey.SIGNATURE_BYTES)
          .put(verifier.keyHash()).put(key.sign(message)).array();
      note.append(SIGNATURE_PREFIX).append(key.name()).append(' ').append(NoteFormat.base64(signed)).append('\n');
    }
    return note.toString();
  }

  /**
   * Parses a signed note and checks every signature line made by a key in {@code known} (matched by
   * name and key hash). Lines from other keys are kept aside as unknown, not trusted and not an
   * error. Refuses, with the reason, a note that is not well formed; a bad signature does not throw
   * but makes {@link #verified()} false.
   */
  public static SignedNote open(String note, Collection<VerifierKey> known) {
    if (note == null || note.isEmpty()) {
      throw new IllegalArgumentException("note is empty");
    }
    if (known == null) {
      throw new IllegalArgumentException("known keys are missing; pass an empty list to trust none");
    }
    NoteFormat.requireNoteCharacters("note", note);
    // The text is separated from the signatures by the last empty line.
    int split = note.lastIndexOf("\n\n");
    if (split < 0) {
      throw new IllegalArgumentException("note has no empty line before its signatures");
    }
    String text = note.substring(0, split + 1);
    String block = note.substring(split + 2);
    if (block.isEmpty()) {
      throw new IllegalArgumentException("note has no signature lines");
    }
    if (!block.endsWith("\n")) {
      throw new IllegalArgumentException("note must end with a newline");
    }
    byte[] message = NoteFormat.utf8("note text", text);
    List<VerifierKey> keys = distinct(known);

    List<VerifierKey> verifiedBy = new ArrayList<>();
    List<Signer> unknown = new ArrayList<>();
    List<Signer> invalid = new ArrayList<>();
    String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
    if (lines.length > MAX_SIGNATURES) {
      throw new IllegalArgumentException("note has " + lines.length + " signatures, more than " + MAX_SIGNATURES);
    }
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String where = "signature line " + (i + 1);
      if (!line.startsWith(SIGNATURE_PREFIX)) {
        throw new IllegalArgumentException(where + " does not start with an em dash and a space: "
            + NoteFormat.quoted(line));
      }
      String rest = line.substring(SIGNATURE_PREFIX.length());
      int space = rest.indexOf(' ');
      if (space < 0) {
        throw new IllegalArgumentException(where + " must be a key name, a space and a signature");
      }
      String name = NoteFormat.requireValidName(where + " key name", rest.substring(0, space));
      byte[] raw = NoteFormat.decodeBase64(where + " signature", rest.substring(space + 1));
      if (raw.length < 5) {
        throw new IllegalArgumentException(where + " signature is too short to hold a key hash and a signature");
      }
      byte[] hash = Arrays.copyOf(raw, 4);
      byte[] signature = Arrays.copyOfRange(raw, 4, raw.length);
      Signer signer = new Signer(name, HexFormat.of().formatHex(hash));

      VerifierKey key = keys.stream().filter(k -> k.matches(name, hash)).findFirst().orElse(null);
      if (key == null) {
        if (!unknown.contains(signer)) {
          unknown.add(signer);
        }
      } else if (key.verify(message, signature)) {
        if (!verifiedBy.contains(key)) {
          verifiedBy.add(key);
        }
      } else if (!invalid.contains(signer)) {
        invalid.add(signer);
      }
    }
    return new SignedNote(text, verifiedBy, unknown, invalid);
  }

  /** The signed text, ending in a newline. Trust it only when {@link #verified()}. */
  public String text() {
    return text;
  }

  /** The known keys whose signature on the text checked out, in the order their lines appear. */
  public List<VerifierKey> verifiedBy() {
    return verifiedBy;
  }

  /** Signature lines from keys the reader does not know: ignored, as the format requires. */
  public List<Signer> unknownSigners() {
    return unknown;
  }

  /** Signature lines claiming a known key that do not check out: evidence of tampering or a mix-up. */
  public List<Signer> invalidSigners() {
    return invalid;
  }

  /** True when at least one known key signed the text and no line from a known key failed. */
  public boolean verified() {
    return !verifiedBy.isEmpty() && invalid.isEmpty();
  }

  /**
   * Note text a reader can parse back exactly: non-empty, ending in a newline, no control characters
   * but newline, well-formed Unicode.
   */
  private static void requireText(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("note text is empty");
    }
    NoteFormat.requireNoteCharacters("note text", text);
    if (!text.endsWith("\n")) {
      throw new IllegalArgumentException("note text must end with a newline");
    }
  }

  /**
   * The known keys without repeats; two different keys under the same name and hash would make a
   * signature line ambiguous, which only a tampered key list produces, so that is refused.
   */
  private static List<VerifierKey> distinct(Collection<VerifierKey> known) {
    List<VerifierKey> keys = new ArrayList<>();
    for (VerifierKey key : known) {
      if (key == null) {
        throw new IllegalArgumentException("known keys contain a missing key");
      }
      for (VerifierKey other : keys) {
        if (!other.equals(key) && other.matches(key.name(), key.keyHash())) {
          throw new IllegalArgumentException("known keys are ambiguous: two keys named "
              + key.name() + " have key hash " + key.keyHashHex());
        }
      }
      if (!keys.contains(key)) {
        keys.add(key);
      }
    }
    return keys;
  }

  @Override
  public String toString() {
    return "SignedNote[verified=" + verified() + ", by " + verifiedBy + "]";
  }
}
