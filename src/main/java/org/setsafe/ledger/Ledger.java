package org.setsafe.ledger;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.ledger.domain.EvidenceBundle;
import org.setsafe.ledger.domain.LedgerStore;
import org.setsafe.ledger.domain.LogAudit;
import org.setsafe.ledger.domain.MerkleTree;
import org.setsafe.ledger.domain.SigningKey;
import org.setsafe.ledger.domain.TrustedNotes;
import org.setsafe.ledger.domain.WitnessedCheckpoints;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.RecordedFact;
import org.setsafe.shared.SecurityAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's public face: what pages, the API and the CLI may ask of it. Reading a production's log
 * needs the right to view the production; exporting evidence needs {@link Permission#EXPORT_EVIDENCE};
 * verifying every log and rotating the key are for administrators. Nothing here changes an entry:
 * facts arrive only through {@link #record} (which modules reach by publishing a {@link RecordedFact}).
 */
@Service
public class Ledger {

  private static final Logger AUDIT = LoggerFactory.getLogger(SecurityAudit.LOGGER);

  /** History pages show this many entries at most; the evidence bundle has them all. */
  public static final int MAX_PAGE = 200;

  private final LedgerStore store;
  private final LedgerLogs logs;
  private final LedgerSequencer sequencer;
  private final TreeCache trees;
  private final CheckpointSigner signer;
  private final CheckpointWitness witness;
  private final LedgerKeys keys;
  private final ProductionAccess access;
  private final TransactionTemplate readOnly;
  private final Clock clock;

  Ledger(LedgerStore store, LedgerLogs logs, LedgerSequencer sequencer, TreeCache trees, CheckpointSigner signer,
      CheckpointWitness witness, LedgerKeys keys, ProductionAccess access, TransactionTemplate transactions, Clock clock) {
    this.store = store;
    this.logs = logs;
    this.sequencer = sequencer;
    this.trees = trees;
    this.signer = signer;
    this.witness = witness;
    this.keys = keys;
    this.access = access;
    this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
    this.readOnly.setReadOnly(true);
    this.clock = clock;
  }

  /** Appends the fact (once, however often it arrives) and returns its entry after it is committed. */
  public LedgerEntry record(RecordedFact fact) {
    return sequencer.append(fact);
  }

  /** A log at a glance: its origin, size and latest signed checkpoint. */
  public record Overview(LedgerLog log, long size, SignedCheckpoint latestCheckpoint) {}

  public Overview overview(UUID productionId) {
    requireView(productionId);
    return overviewOf(logs.forProduction(productionId));
  }

  private Overview overviewOf(LedgerLog ledgerLog) {
    return new Overview(ledgerLog, store.size(ledgerLog.id()), store.latestCheckpoint(ledgerLog.id()).orElse(null));
  }

  /** Every log of the installation, for administrators. */
  public List<Overview> allLogs() {
    access.requireAdministrator();
    return store.logs().stream().map(this::overviewOf).toList();
  }

  /** The newest entries, below {@code beforeIndex} when given. */
  public List<LedgerEntry> recent(UUID productionId, Long beforeIndex, int limit) {
    requireView(productionId);
    return store.entriesBefore(productionId, beforeIndex == null ? Long.MAX_VALUE : beforeIndex, bounded(limit));
  }

  /** What the ledger holds about one subject ({@code weapon:…}, {@code user:…}), newest first. */
  public List<LedgerEntry> history(UUID productionId, String subject) {
    requireView(productionId);
    if (subject == null || !subject.matches("[a-z][a-z0-9-]{0,40}:[A-Za-z0-9-]{1,100}")) {
      UUID example = UUID.randomUUID();
      throw new InvalidInputException("subject", "Pattern", "subject must look like type:id, e.g. user:" + example)
          .saying("input.ledger.subject.pattern", example.toString());
    }
    return store.aboutSubject(productionId, subject, MAX_PAGE);
  }

  public LedgerEntry entry(UUID productionId, long index) {
    requireView(productionId);
    return store.entry(productionId, index)
        .orElseThrow(() -> new NotFoundException("No ledger entry " + index + " in this production's log.")
            .saying("input.ledger.not-found.entry", index));
  }

  /** The entry that recorded this fact, once it has landed. */
  public Optional<LedgerEntry> byFactId(UUID factId) {
    return store.byFactId(factId);
  }

  public List<SignedCheckpoint> checkpoints(UUID productionId) {
    requireView(productionId);
    return store.checkpoints(productionId);
  }

  /**
   * Proof that entry {@code index} is in the signed tree: in the tree of the checkpoint of size
   * {@code treeSize} when given, else in the latest checkpoint (signed now if none covers the entry yet).
   */
  public Proofs.Inclusion inclusionProof(UUID productionId, long index, Long treeSize) {
    requireView(productionId);
    LedgerLog ledgerLog = logs.forProduction(productionId);
    SignedCheckpoint checkpoint = checkpointCovering(ledgerLog, index + 1, treeSize);
    if (index < 0 || index >= checkpoint.treeSize()) {
      throw new InvalidInputException("index", "Range", "index must be between 0 and " + (checkpoint.treeSize() - 1))
          .saying("input.ledger.index.range", String.valueOf(checkpoint.treeSize() - 1));
    }
    MerkleTree tree = trees.atLeast(ledgerLog.id(), checkpoint.treeSize());
    return new Proofs.Inclusion(ledgerLog.origin(), index, checkpoint.treeSize(), base64(tree.leafHash(index)),
        base64(tree.inclusionProof(index, checkpoint.treeSize())), checkpoint.note());
  }

  /** Proof that the log at checkpoint size {@code toSize} (default: latest) extends the one at {@code fromSize}. */
  public Proofs.Consistency consistencyProof(UUID productionId, Long fromSize, Long toSize) {
    requireView(productionId);
    if (fromSize == null) {
      throw new InvalidInputException("from", "NotNull", "from is required: the size of a signed checkpoint")
          .saying("input.ledger.from.required");
    }
    LedgerLog ledgerLog = logs.forProduction(productionId);
    SignedCheckpoint from = store.checkpoint(ledgerLog.id(), fromSize).orElseThrow(() -> new InvalidInputException(
        "from", "Checkpoint", "from must be the size of a signed checkpoint of this log")
        .saying("input.ledger.from.checkpoint"));
    SignedCheckpoint to = checkpointCovering(ledgerLog, fromSize, toSize);
    if (to.treeSize() < fromSize) {
      throw new InvalidInputException("to", "Range", "to must not be smaller than from")
          .saying("input.ledger.to.range");
    }
    MerkleTree tree = trees.atLeast(ledgerLog.id(), to.treeSize());
    return new Proofs.Consistency(ledgerLog.origin(), fromSize, to.treeSize(),
        base64(tree.consistencyProof(fromSize, to.treeSize())), from.note(), to.note());
  }

  private SignedCheckpoint checkpointCovering(LedgerLog ledgerLog, long atLeast, Long treeSize) {
    if (treeSize != null) {
      return store.checkpoint(ledgerLog.id(), treeSize).orElseThrow(() -> new InvalidInputException("treeSize",
          "Checkpoint", "treeSize must be the size of a signed checkpoint of this log")
          .saying("input.ledger.tree-size.checkpoint"));
    }
    Optional<SignedCheckpoint> latest = store.latestCheckpoint(ledgerLog.id());
    if (latest.isPresent() && latest.get().treeSize() >= atLeast) {
      return latest.get();
    }
    SignedCheckpoint signed = signer.sign(ledgerLog);
    if (signed == null || signed.treeSize() < atLeast) {
      throw new NotFoundException("This production's log does not hold that entry yet.")
          .saying("input.ledger.not-found.entry-not-yet");
    }
    return signed;
  }

  /**
   * Writes the production's evidence bundle (see {@link EvidenceBundle}): every entry with its
   * inclusion proof, every checkpoint (a fresh one is signed first, so the bundle covers everything
   * recorded until now), the consistency proofs between them, and the public keys.
   */
  public void exportBundle(UUID productionId, OutputStream out) {
    Production production = requireExport(productionId);
    SignedInUser.current().ifPresent(user -> AUDIT.info("evidence bundle of production {} exported by {}",
        productionId, user.getUsername()));
    writeBundle(logs.forProduction(productionId), productionId.toString(), production.name(), out);
  }

  /** A production's log pinned at one moment: the signed checkpoint's size and note, and the evidence bundle. */
  public record Pinned(long treeSize, String checkpoint, byte[] bundle) {}

  /**
   * Pins a production's log at this moment, as an incident needs it: records each of {@code mustHold} first (once,
   * however often it arrives), signs a checkpoint covering everything recorded until now and writes the evidence
   * bundle of the log at that checkpoint, verifiable offline like any exported one. Asked by the incident module,
   * which has decided who may open an incident; it keeps the bundle and serves it only to those who may export
   * evidence.
   */
  public Pinned pin(Production production, List<? extends RecordedFact> mustHold) {
    mustHold.forEach(this::record);
    java.io.ByteArrayOutputStream bundle = new java.io.ByteArrayOutputStream();
    SignedCheckpoint last = writeBundle(logs.forProduction(production.id()), production.id().toString(),
        production.name(), bundle);
    return new Pinned(last == null ? 0 : last.treeSize(), last == null ? "" : last.note(), bundle.toByteArray());
  }

  /** The installation log's bundle (accounts, key rotations), for administrators. */
  public void exportInstallationBundle(OutputStream out) {
    SignedInUser admin = access.requireAdministrator();
    AUDIT.info("evidence bundle of the installation log exported by {}", admin.getUsername());
    writeBundle(logs.forProduction(null), null, "installation", out);
  }

  private SignedCheckpoint writeBundle(LedgerLog ledgerLog, String productionId, String name, OutputStream out) {
    SignedCheckpoint last = signer.sign(ledgerLog);
    long size = last == null ? 0 : last.treeSize();
    List<SignedCheckpoint> checkpoints = store.checkpoints(ledgerLog.id()).stream()
        .filter(c -> c.treeSize() <= size).toList();
    MerkleTree tree = trees.atLeast(ledgerLog.id(), size);
    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    EvidenceBundle.Out bundle = new EvidenceBundle.Out(writer);
    bundle.header(ledgerLog.origin(), productionId, name, clock.instant(), size, keys.all());
    checkpoints.forEach(c -> bundle.checkpoint(c.note()));
    for (int i = 1; i < checkpoints.size(); i++) {
      long a = checkpoints.get(i - 1).treeSize();
      long b = checkpoints.get(i).treeSize();
      bundle.consistency(a, b, tree.consistencyProof(a, b));
    }
    readOnly.executeWithoutResult(status -> store.forEachLeaf(ledgerLog.id(), 0, (index, leaf, leafHash) -> {
      if (index < size) {
        bundle.entry(index, leaf, tree.inclusionProof(index, size));
      }
    }));
    try {
      writer.flush();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    return last;
  }

  /** The installation log's newest entries (accounts, key rotations), for administrators. */
  public List<LedgerEntry> recentInstallationEntries(int limit) {
    access.requireAdministrator();
    return store.entriesBefore(logs.forProduction(null).id(), Long.MAX_VALUE, bounded(limit));
  }

  /**
   * Verifies every log from scratch: re-hashes every entry from the database, recomputes every
   * checkpoint's root, checks every signature against the keys in the key directory (not the
   * database) and the consistency of each checkpoint with the one before. Administrators only.
   */
  public List<LogVerification> verifyAll() {
    access.requireAdministrator();
    List<LedgerLog> stored = store.logs();
    List<LogVerification> results = new ArrayList<>(stored.stream().map(this::verify).toList());
    List<String> origins = stored.stream().map(LedgerLog::origin).toList();
    for (String origin : witness.knownLogs()) {
      if (!origins.contains(origin)) {
        results.add(goneFromTheDatabase(origin));
      }
    }
    return results;
  }

  /** A log the witness knows and the database does not: deleted, with everything in it. */
  private LogVerification goneFromTheDatabase(String origin) {
    WitnessedCheckpoints witnessed = witness.all(origin);
    List<String> problems = new ArrayList<>();
    problems.add(origin + " is missing from the database: " + witnessed.newest()
        .map(c -> "the witness holds its checkpoint at " + c.treeSize() + " entries")
        .orElse("the witness lists it") + "; the whole log was deleted");
    problems.addAll(witnessed.problems());
    return new LogVerification(origin, 0, 0, 0L, problems);
  }

  /** Where the witnessed checkpoints are kept, for those who verify. */
  public java.nio.file.Path witnessDirectory() {
    return witness.directory();
  }

  /** Verifies one production's log; for those who may export its evidence. */
  public LogVerification verifyProduction(UUID productionId) {
    requireExport(productionId);
    return verify(logs.forProduction(productionId));
  }

  private LogVerification verify(LedgerLog ledgerLog) {
    // The witness holds copies of the database's checkpoints: each signature is checked once for both.
    TrustedNotes trusted = new TrustedNotes(keys.all());
    LogVerification result = readOnly.execute(status -> {
      List<String> notes = store.checkpoints(ledgerLog.id()).stream().map(SignedCheckpoint::note).toList();
      // One pass: the tree grows entry by entry, and each signed root is compared as the tree reaches its size.
      LogAudit audit = AuditPipeline.feed(() -> new LogAudit(ledgerLog.origin(), notes, trusted, null),
          rows -> store.forEachLeaf(ledgerLog.id(), 0, rows));
      return withWitness(ledgerLog, audit.finish(), audit.tree(), trusted);
    });
    if (!result.intact()) {
      // Proofs must come from what the database holds now, not from a copy made before the damage.
      trees.clear();
    }
    return result;
  }

  /**
   * Adds what the witness outside the database says: the log must extend the newest witnessed checkpoint (no
   * entry gone, none changed before it), and the database must still hold that checkpoint.
   */
  private LogVerification withWitness(LedgerLog ledgerLog, LogVerification audited, MerkleTree tree,
      TrustedNotes trusted) {
    WitnessedCheckpoints witnessed = witness.all(ledgerLog.origin(), trusted);
    List<String> problems = new ArrayList<>(audited.problems());
    Long firstBad = audited.firstBadEntry();
    Optional<String> notExtended = witnessed.notExtendedBy(tree, audited.entries());
    if (notExtended.isPresent()) {
      problems.add(notExtended.get());
      if (witnessed.newest().get().treeSize() > audited.entries()) {
        firstBad = firstBad == null ? audited.entries() : Math.min(firstBad, audited.entries());
      }
    }
    // Read again, after the witness: a checkpoint signed during the pass is in the database by now.
    witnessed.missingFrom(store.checkpoints(ledgerLog.id()).stream().map(SignedCheckpoint::note).toList())
        .ifPresent(problems::add);
    problems.addAll(witnessed.problems());
    return new LogVerification(audited.origin(), audited.entries(), audited.checkpoints(), firstBad,
        List.copyOf(problems));
  }

  /** Signs a checkpoint now for every log that grew (the scheduler does this every few seconds anyway). */
  public List<SignedCheckpoint> signCheckpoints() {
    access.requireAdministrator();
    return signer.signAll();
  }

  /** A public key that signs (or signed) checkpoints, as people and verifiers need it. */
  public record PublicKey(String name, String vkey, String fingerprint, boolean current) {}

  /** The public keys; not secret, shown to anyone so that investigators can compare them. */
  public List<PublicKey> publicKeys() {
    String current = keys.current().name();
    return keys.all().stream()
        .map(k -> new PublicKey(k.name(), k.vkey(), k.fingerprint(), k.name().equals(current))).toList();
  }

  /** Makes a new signing key current; old keys stay so that old checkpoints still verify. */
  public PublicKey rotateKey() {
    SignedInUser admin = access.requireAdministrator();
    String previous = keys.current().name();
    SigningKey key = keys.rotate();
    AUDIT.warn("ledger signing key rotated by {}; new key {}", admin.getUsername(), key.name());
    record(new LedgerEvents.SigningKeyRotated(UUID.randomUUID(), admin.id(), clock.instant(), previous, key.name(),
        key.verifierKey().fingerprint()));
    return new PublicKey(key.name(), key.verifierKey().vkey(), key.verifierKey().fingerprint(), true);
  }

  /** Refuses (and logs) unless the current user may export this production's evidence. */
  public Production requireExport(UUID productionId) {
    return access.require(productionId, Permission.EXPORT_EVIDENCE);
  }

  private void requireView(UUID productionId) {
    access.require(productionId, Permission.VIEW);
  }

  private static int bounded(int limit) {
    return Math.max(1, Math.min(limit, MAX_PAGE));
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static List<String> base64(List<byte[]> hashes) {
    return hashes.stream().map(Ledger::base64).toList();
  }
}
