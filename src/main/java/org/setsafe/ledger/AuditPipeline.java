package org.setsafe.ledger;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.setsafe.ledger.domain.LedgerStore;
import org.setsafe.ledger.domain.LogAudit;

/**
 * Verifies a log while it is still being read: the caller's thread streams the rows (it holds the
 * transaction and so the connection) and hands them over in batches to a thread of its own that re-hashes
 * them and grows the Merkle tree. Waiting for the database and decoding rows then overlap with hashing,
 * instead of taking turns. The audit is also made there, so that checking the signed checkpoints' signatures
 * overlaps with the first rows arriving. The audit itself is unchanged and sees every entry in order, on one thread,
 * so a verification through here says exactly what one fed row by row would.
 *
 * <p>The queue is bounded: memory stays a few batches of rows however long the log, and a reader faster
 * than the hasher waits for it.
 */
final class AuditPipeline implements LedgerStore.LeafConsumer {

  /** Rows per hand-over: large enough that the queue costs little per row, small enough to start at once. */
  static final int BATCH = 512;
  private static final int BATCHES_IN_FLIGHT = 8;

  private static final class Batch {
    final long[] indexes = new long[BATCH];
    final String[] leaves = new String[BATCH];
    final byte[][] leafHashes = new byte[BATCH][];
    int size;
  }

  /** Tells the hasher that every row has been handed over. */
  private static final Batch END = new Batch();

  private final Supplier<LogAudit> newAudit;
  /** Made and fed on the hasher thread; the caller reads it only after joining that thread. */
  private LogAudit audit;
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
  private final Thread hasher;
  private volatile Throwable failure;
  private Batch filling = new Batch();

  private AuditPipeline(Supplier<LogAudit> newAudit) {
    this.newAudit = newAudit;
    this.hasher = new Thread(this::hash, "ledger-audit");
    this.hasher.setDaemon(true);
  }

  /**
   * Runs {@code read}, which must hand every row of the log in index order to the consumer it is given, and
   * feeds them to the audit {@code newAudit} makes on another thread. Returns the audit once it has seen every row,
   * ready to finish.
   */
  static LogAudit feed(Supplier<LogAudit> newAudit, Consumer<LedgerStore.LeafConsumer> read) {
    AuditPipeline pipeline = new AuditPipeline(newAudit);
    pipeline.hasher.start();
    boolean handedOver = false;
    try {
      read.accept(pipeline);
      pipeline.handOver(pipeline.filling);
      pipeline.handOver(END);
      handedOver = true;
      pipeline.hasher.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ledger verification was interrupted", e);
    } finally {
      if (!handedOver) {
        // The read failed: nothing more will come, so the hasher must not wait for it.
        pipeline.hasher.interrupt();
      }
    }
    pipeline.rethrowHasherFailure();
    return pipeline.audit;
  }

  @Override
  public void accept(long index, String leaf, byte[] leafHash) {
    Batch batch = filling;
    batch.indexes[batch.size] = index;
    batch.leaves[batch.size] = leaf;
    batch.leafHashes[batch.size] = leafHash;
    if (++batch.size == BATCH) {
      handOver(batch);
      filling = new Batch();
    }
  }

  private void handOver(Batch batch) {
    rethrowHasherFailure();
    try {
      queue.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ledger verification was interrupted", e);
    }
  }

  /** The hasher's loop. After a failure it keeps draining, so the reader never waits on a full queue for nothing. */
  private void hash() {
    try {
      audit = newAudit.get();
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    try {
      for (Batch batch = queue.take(); batch != END; batch = queue.take()) {
        if (failure != null) {
          continue;
        }
        try {
          for (int i = 0; i < batch.size; i++) {
            audit.entry(batch.indexes[i], batch.leaves[i], batch.leafHashes[i]);
          }
        } catch (RuntimeException | Error e) {
          failure = e;
        }
      }
    } catch (InterruptedException readerGaveUp) {
      // The reader failed and reports that itself.
    }
  }

  private void rethrowHasherFailure() {
    Throwable thrown = failure;
    if (thrown instanceof RuntimeException e) {
      throw e;
    }
    if (thrown instanceof Error e) {
      throw e;
    }
  }
}
