package org.setsafe.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.ledger.domain.LedgerStore;
import org.setsafe.ledger.domain.MerkleHashes;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.ReasonWords;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** The in-memory trees stay within their bound and are rebuilt from the store when needed again. */
class TreeCacheTest {

  private final Map<UUID, Long> logSizes = new HashMap<>();
  private final Map<UUID, Integer> reads = new HashMap<>();

  /** A store that only streams leaf hashes (of "leaf-i"), counting how often each log is read. */
  private final LedgerStore store = (LedgerStore) Proxy.newProxyInstance(getClass().getClassLoader(),
      new Class<?>[] {LedgerStore.class}, (proxy, method, args) -> {
        if (!method.getName().equals("forEachLeafHash")) {
          throw new UnsupportedOperationException(method.getName());
        }
        UUID log = (UUID) args[0];
        reads.merge(log, 1, Integer::sum);
        LedgerStore.LeafHashConsumer consumer = (LedgerStore.LeafHashConsumer) args[2];
        for (long i = (long) args[1]; i < logSizes.getOrDefault(log, 0L); i++) {
          consumer.accept(i, MerkleHashes.leafHash(("leaf-" + i).getBytes()));
        }
        return null;
      });

  private final TransactionTemplate noTransactions = new TransactionTemplate(new AbstractPlatformTransactionManager() {
    @Override protected Object doGetTransaction() { return new Object(); }
    @Override protected void doBegin(Object transaction, TransactionDefinition definition) {}
    @Override protected void doCommit(DefaultTransactionStatus status) {}
    @Override protected void doRollback(DefaultTransactionStatus status) {}
  });

  private UUID log(long size) {
    UUID id = UUID.randomUUID();
    logSizes.put(id, size);
    return id;
  }

  @Test
  void leastRecentlyUsedTreesAreDroppedOnceTheBoundIsPassedAndRebuiltOnDemand() {
    TreeCache cache = new TreeCache(store, noTransactions, 100);
    UUID a = log(60);
    UUID b = log(60);

    assertThat(cache.atLeast(a, 60).size()).isEqualTo(60);
    assertThat(cache.atLeast(a, 60).size()).as("served from memory").isEqualTo(60);
    assertThat(reads.get(a)).isEqualTo(1);
    cache.atLeast(b, 60);
    assertThat(cache.atLeast(a, 60).root()).isNotNull();

    assertThat(reads.get(a)).as("a was dropped for b, then read again").isEqualTo(2);
  }

  @Test
  void aTreeIsCaughtUpWithEntriesAnotherInstanceAppended() {
    TreeCache cache = new TreeCache(store, noTransactions, 1_000);
    UUID a = log(10);
    byte[] rootAt10 = cache.atLeast(a, 10).root();
    logSizes.put(a, 15L);

    assertThat(cache.atLeast(a, 15).size()).isEqualTo(15);
    assertThat(cache.atLeast(a, 15).root(10)).isEqualTo(rootAt10);
  }

  @Test
  void askingForMoreEntriesThanTheLogHoldsIsNotFound() {
    TreeCache cache = new TreeCache(store, noTransactions, 1_000);
    UUID a = log(3);

    assertThatThrownBy(() -> cache.atLeast(a, 4)).isInstanceOf(NotFoundException.class)
        .hasMessage("The ledger holds 3 entries, not 4.")
        .satisfies(notFound -> ReasonWords.saidAsWritten((NotFoundException) notFound));
  }
}
