package org.setsafe.incident.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.shared.Refusal;

/**
 * A witness statement: the line of its versions, oldest first. It decides what may be added to it. A correction
 * supersedes the latest version only (someone correcting an older one has not read the latest and is refused rather
 * than silently overwriting it); only the witness confirms a version recorded for them, the latest one, once.
 */
public final class Statement {

  public static final String CORRECTS_THE_LATEST = "incident.statement-corrects-the-latest";
  public static final String CONFIRMED_BY_THE_WITNESS = "incident.statement-confirmed-by-the-witness";

  private final List<StatementVersion> versions;

  public Statement(List<StatementVersion> versions) {
    if (versions == null || versions.isEmpty()) {
      throw new IllegalArgumentException("a statement has at least its first version");
    }
    this.versions = versions.stream().sorted(Comparator.comparingInt(StatementVersion::version)).toList();
  }

  public UUID id() {
    return latest().statementId();
  }

  public UUID incidentId() {
    return latest().incidentId();
  }

  public Witness witness() {
    return versions.get(0).witness();
  }

  public List<StatementVersion> versions() {
    return versions;
  }

  public StatementVersion latest() {
    return versions.get(versions.size() - 1);
  }

  public Optional<StatementVersion> version(int version) {
    return versions.stream().filter(v -> v.version() == version).findFirst();
  }

  /** Refused unless {@code supersedes} is the latest version. */
  public Optional<Refusal> mayCorrect(int supersedes) {
    if (supersedes != latest().version()) {
      return Optional.of(new Refusal(CORRECTS_THE_LATEST, "Version " + supersedes + " is not the latest: version "
          + latest().version() + " was given since. Read it, then correct that one.", "supersedes")
          .saying("reason.incident.statement-corrects-the-latest.correct", supersedes, latest().version()));
    }
    return Optional.empty();
  }

  /** The next version, superseding the latest: the same witness, new words. */
  public StatementVersion next(UUID versionId, String words, Instant about, UUID recordedBy, Instant now) {
    StatementVersion latest = latest();
    return new StatementVersion(versionId, latest.statementId(), latest.incidentId(), latest.productionId(),
        latest.version() + 1, latest.witness(), words, about, now, recordedBy, null, null);
  }

  /**
   * Whether {@code person} may confirm {@code version} now: only the witness, only the latest version, only one
   * recorded by someone else and not confirmed yet.
   */
  public Optional<Refusal> mayConfirm(UUID person, int version) {
    if (!witness().is(person)) {
      return Optional.of(new Refusal(CONFIRMED_BY_THE_WITNESS,
          "Only the witness confirms a statement recorded for them.")
          .saying("reason.incident.statement-confirmed-by-the-witness.not-the-witness"));
    }
    StatementVersion latest = latest();
    if (version != latest.version()) {
      return Optional.of(new Refusal(CORRECTS_THE_LATEST, "Version " + version + " is not the latest: read version "
          + latest.version() + " and confirm that one.", "version")
          .saying("reason.incident.statement-corrects-the-latest.confirm", version, latest.version()));
    }
    if (latest.inOwnWords()) {
      return Optional.of(new Refusal(CONFIRMED_BY_THE_WITNESS,
          "You gave this version in your own words: there is nothing to confirm.", "version")
          .saying("reason.incident.statement-confirmed-by-the-witness.own-words"));
    }
    if (latest.confirmation() != null) {
      return Optional.of(new Refusal(CONFIRMED_BY_THE_WITNESS, "You confirmed this version already.", "version")
          .saying("reason.incident.statement-confirmed-by-the-witness.already"));
    }
    return Optional.empty();
  }
}
