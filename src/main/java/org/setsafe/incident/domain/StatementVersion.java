package org.setsafe.incident.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * One version of a witness statement, as given: the witness's words, when they say it happened (if they said),
 * when it was given and who wrote it down. A version is never changed; a correction is the next version. The
 * SHA-256 of the words is what the ledger keeps, so the crew-readable record proves which words were given without
 * showing them. A version an investigator recorded for a crew member carries the witness's confirmation once given.
 */
public record StatementVersion(UUID id, UUID statementId, UUID incidentId, UUID productionId, int version,
    Witness witness, String words, Instant about, Instant givenAt, UUID recordedBy, String wordsSha256,
    Confirmation confirmation) {

  /** About ten pages typed on a phone: room for a full account, not for a pasted file. */
  public static final int MAX_WORDS = 10000;

  /** The witness confirmed the version recorded for them: who (their account) and when. */
  public record Confirmation(UUID confirmedBy, Instant confirmedAt) {}

  public StatementVersion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(productionId, "productionId");
    Objects.requireNonNull(witness, "witness");
    Objects.requireNonNull(givenAt, "givenAt");
    Objects.requireNonNull(recordedBy, "recordedBy");
    if (version < 1) {
      throw new IllegalArgumentException("statement versions count from 1");
    }
    words = Text.required("words", words, MAX_WORDS);
    if (about != null && about.isAfter(givenAt)) {
      throw new InvalidInputException("about", "NotInTheFuture",
          "about must not be after now: when the witness says it happened")
          .saying("input.incident.statement.about.not-in-the-future");
    }
    wordsSha256 = wordsSha256 == null ? sha256(words) : wordsSha256;
  }

  /** Given by the witness themself, from their own account: their words need no confirming. */
  public boolean inOwnWords() {
    return witness.is(recordedBy);
  }

  /** Whether the witness stands behind these words: given by them, or recorded for them and confirmed. */
  public boolean confirmedByWitness() {
    return inOwnWords() || confirmation != null;
  }

  /** Whether the witness can still confirm it in SetSafe: recorded for a crew member, not confirmed yet. */
  public boolean awaitsConfirmation() {
    return witness.onTheCrew() && !confirmedByWitness();
  }

  public StatementVersion confirmed(Confirmation by) {
    return new StatementVersion(id, statementId, incidentId, productionId, version, witness, words, about, givenAt,
        recordedBy, wordsSha256, by);
  }

  /** SHA-256 of the words as stored (UTF-8), in lower-case hex. */
  public static String sha256(String words) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(words.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
