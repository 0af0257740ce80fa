package org.setsafe.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.setsafe.ledger.domain.Checkpoint;
import org.setsafe.ledger.domain.LeafFormat;
import org.setsafe.ledger.domain.LedgerStore;
import org.setsafe.ledger.domain.LogAudit;
import org.setsafe.ledger.domain.MerkleTree;
import org.setsafe.ledger.domain.SignedNote;
import org.setsafe.ledger.domain.SigningKey;
import org.setsafe.ledger.domain.TrustedNotes;
import org.setsafe.ledger.domain.WitnessedCheckpoints;

/**
 * Verification read on one thread and hashed on another must say exactly what an audit fed row by row says,
 * across batch boundaries, for intact and for damaged logs, and a failure on either side must surface.
 */
class AuditPipelineTest {

  private static final String ORIGIN = "setsafe.test/production/western";
  private static final SigningKey KEY = SigningKey.generate("setsafe.test");

  /** A log of {@code size} entries with checkpoints signed at these sizes. */
  private record Log(List<String> leaves, List<byte[]> hashes, List<String> notes) {}

  private static Log log(int size, long... checkpointSizes) {
    List<String> leaves = new ArrayList<>();
    List<byte[]> hashes = new ArrayList<>();
    MerkleTree tree = new MerkleTree();
    for (int i = 0; i < size; i++) {
      String leaf = LeafFormat.prefix(ORIGIN, i) + "\"kind\":\"custody.firearm-handed-over\",\"n\":" + i + "}";
      leaves.add(leaf);
      hashes.add(LeafFormat.hash(leaf));
      tree.append(LeafFormat.hash(leaf));
    }
    List<String> notes = new ArrayList<>();
    for (long at : checkpointSizes) {
      notes.add(SignedNote.sign(new Checkpoint(ORIGIN, at, tree.root(at)).body(), KEY));
    }
    return new Log(leaves, hashes, notes);
  }

  private static Consumer<LedgerStore.LeafConsumer> rows(Log log) {
    return consumer -> {
      for (int i = 0; i < log.leaves().size(); i++) {
        consumer.accept(i, log.leaves().get(i), log.hashes().get(i));
      }
    };
  }

  private static LogAudit newAudit(Log log) {
    return new LogAudit(ORIGIN, log.notes(), List.of(KEY.verifierKey()));
  }

  private static LogVerification oneByOne(Log log) {
    LogAudit audit = newAudit(log);
    rows(log).accept(audit::entry);
    return audit.finish();
  }

  @Test
  void anIntactLogSpanningManyBatchesVerifiesWithEveryCheckpointsRoot() {
    int size = AuditPipeline.BATCH * 5 + 17;
    Log log = log(size, 1, AuditPipeline.BATCH, AuditPipeline.BATCH + 1, 2000, size);

    LogAudit audit = AuditPipeline.feed(() -> newAudit(log), rows(log));
    LogVerification result = audit.finish();

    assertThat(result.intact()).as(result.summary()).isTrue();
    assertThat(result.entries()).isEqualTo(size);
    assertThat(result.checkpoints()).isEqualTo(5);
    assertThat(audit.tree().size()).isEqualTo(size);
  }

  @Test
  void aDamagedLogIsReportedExactlyAsRowByRow() {
    int size = AuditPipeline.BATCH * 3;
    Log log = log(size, 100, 700, size);
    log.leaves().set(650, log.leaves().get(650).replace("handed-over", "returned"));
    log.leaves().set(900, log.leaves().get(901));

    LogVerification piped = AuditPipeline.feed(() -> newAudit(log), rows(log)).finish();

    assertThat(piped.intact()).isFalse();
    assertThat(piped.firstBadEntry()).isEqualTo(650L);
    assertThat(piped).isEqualTo(oneByOne(log));
  }

  @Test
  void aReadThatFailsHalfWayFailsTheVerification() {
    Log log = log(AuditPipeline.BATCH * 4, AuditPipeline.BATCH * 4);

    assertThatThrownBy(() -> AuditPipeline.feed(() -> newAudit(log), consumer -> {
      rows(log(AuditPipeline.BATCH * 2)).accept(consumer);
      throw new IllegalStateException("connection lost");
    })).hasMessage("connection lost");
  }

  @Test
  void aFailureWhileHashingReachesTheReader() {
    Log log = log(AuditPipeline.BATCH * 20);
    // A further check that throws stands for anything going wrong on the hashing thread.
    LogAudit audit = new LogAudit(ORIGIN, List.of(), List.of(KEY.verifierKey()), (index, leafHash) -> {
      if (index == 3) {
        throw new IllegalArgumentException("entry 3 cannot be checked");
      }
      return null;
    });

    assertThatThrownBy(() -> AuditPipeline.feed(() -> audit, rows(log))).hasMessage("entry 3 cannot be checked");
  }

  @Test
  void aFailureWhileMakingTheAuditReachesTheReaderWhateverItHasRead() {
    Log log = log(AuditPipeline.BATCH * 20);

    assertThatThrownBy(() -> AuditPipeline.feed(() -> {
      throw new IllegalStateException("no trusted keys");
    }, rows(log))).hasMessage("no trusted keys");
  }

  @Test
  void checkpointsSignedByAnotherKeyFailAlsoWhenTheirCheckIsShared() {
    Log log = log(10, 5, 10);
    TrustedNotes othersKey = new TrustedNotes(List.of(SigningKey.generate("setsafe.other").verifierKey()));

    LogVerification result = AuditPipeline.feed(() -> new LogAudit(ORIGIN, log.notes(), othersKey, null), rows(log))
        .finish();

    assertThat(result.problems()).containsExactly(
        "checkpoint #1: its signature does not verify with the trusted key(s)",
        "checkpoint #2: its signature does not verify with the trusted key(s)");
    assertThat(WitnessedCheckpoints.all(ORIGIN, log.notes(), othersKey).problems()).hasSize(2);
  }
}
