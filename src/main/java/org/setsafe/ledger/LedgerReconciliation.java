package org.setsafe.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.setsafe.ledger.domain.FactFields;
import org.setsafe.ledger.domain.LedgerStore;
import org.setsafe.production.Permission;
import org.setsafe.production.ProductionAccess;
import org.setsafe.shared.RecordedFactSource;
import org.setsafe.shared.RecordedFactSource.FactKind;
import org.setsafe.shared.RecordedFactSource.Field;
import org.setsafe.shared.RecordedFactSource.TableFact;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds the modules' own records against the ledger. Verification proves the ledger was not changed; it says
 * nothing of a custody event rewritten or deleted in the custody module's table, which the pages and the
 * custody rules read. Here every fact a module keeps (read back through its {@link RecordedFactSource}) must
 * have its ledger entry with the same content, and every ledger entry of a kind a module keeps must still
 * have its row; each difference is named.
 *
 * <p>One log at a time: the ledger side is read first, keeping only each entry's key and position (not its
 * text); the module's rows then stream past in batches, and the ledger entries of a batch are read back by
 * position to compare field by field. Both sides are read in one repeatable-read transaction, so a fact
 * recorded meanwhile does not show as a difference. A fact committed by its module a moment ago and not yet
 * appended to the ledger (it is on its way, held by the event publication registry) does show as missing in
 * the ledger until it lands.
 */
@Service
public class LedgerReconciliation {

  /** Rows compared per round trip to the ledger. */
  private static final int BATCH = 500;

  /** One way in which a module's record and the ledger disagree. */
  public record Difference(String module, String table, String row, UUID factId, Long entryIndex, String what) {

    /** The difference on one line, for an operator's terminal or a script's grep. */
    public String line() {
      StringBuilder line = new StringBuilder(module).append(' ').append(table);
      if (row != null) {
        line.append(" row ").append(row);
      }
      if (factId != null) {
        line.append(" fact ").append(factId);
      }
      if (entryIndex != null) {
        line.append(" (ledger entry ").append(entryIndex).append(')');
      }
      return line.append(": ").append(what).toString();
    }
  }

  /** Where an entry of a kind some module keeps stands in its log. */
  private record Entry(long index, UUID factId, String kind, String occurredAt) {}

  private final LedgerStore store;
  private final List<RecordedFactSource> sources;
  private final ProductionAccess access;
  private final TransactionTemplate snapshot;

  LedgerReconciliation(LedgerStore store, List<RecordedFactSource> sources, ProductionAccess access,
      TransactionTemplate transactions) {
    this.store = store;
    this.sources = sources;
    this.access = access;
    this.snapshot = new TransactionTemplate(transactions.getTransactionManager());
    this.snapshot.setReadOnly(true);
    this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
  }

  /** Every log of the installation; for administrators, like verifying every log. */
  public List<Difference> reconcileAll() {
    access.requireAdministrator();
    List<Difference> differences = new ArrayList<>();
    for (LedgerLog log : store.logs()) {
      differences.addAll(reconcile(log));
    }
    return differences;
  }

  /** One production's log; for those who may export its evidence. */
  public List<Difference> reconcileProduction(UUID productionId) {
    access.require(productionId, Permission.EXPORT_EVIDENCE);
    return store.logByScope(LedgerLog.scopeOf(productionId)).map(this::reconcile).orElseGet(() ->
        reconcile(new LedgerLog(null, LedgerLog.scopeOf(productionId), productionId, null, null)));
  }

  /** The kinds some module keeps, with how each is keyed. */
  private Map<String, FactKind> kinds() {
    return sources.stream().flatMap(source -> source.kinds().stream())
        .collect(Collectors.toMap(FactKind::kind, Function.identity()));
  }

  private List<Difference> reconcile(LedgerLog log) {
    Map<String, FactKind> kinds = kinds();
    return snapshot.execute(status -> {
      Map<String, List<Entry>> ledger = log.id() == null ? Map.of() : ledgerSide(log, kinds);
      Pairing pairing = new Pairing(log, ledger);
      for (RecordedFactSource source : sources) {
        source.forEachFact(log.productionId(), pairing::add);
      }
      pairing.flush();
      pairing.entriesWithoutRows(kinds);
      return pairing.differences;
    });
  }

  private Map<String, List<Entry>> ledgerSide(LedgerLog log, Map<String, FactKind> kinds) {
    Map<String, List<Entry>> byKey = new HashMap<>();
    store.forEachEntry(log.id(), 0, entry -> {
      FactFields.Leaf leaf = FactFields.parseLeaf(entry.leaf());
      FactKind kind = kinds.get(leaf.kind());
      if (kind != null) {
        byKey.computeIfAbsent(kind.key().apply(leaf.fact()), k -> new ArrayList<>(1)).add(new Entry(entry.index(),
            entry.factId(), leaf.kind(), String.valueOf(FactFields.canonical(leaf.fact().get("occurredAt")))));
      }
    });
    // Facts sharing a key pair up in the order they happened; the ledger's order breaks ties.
    byKey.values().stream().filter(entries -> entries.size() > 1).forEach(entries -> entries.sort(
        Comparator.comparing(Entry::occurredAt).thenComparingLong(Entry::index)));
    return byKey;
  }

  /** Pairs the module's rows with ledger entries as the rows stream past, and compares them a batch at a time. */
  private final class Pairing {

    private final LedgerLog log;
    private final Map<String, List<Entry>> ledger;
    private final Map<String, Integer> paired = new HashMap<>();
    private final List<TableFact> batch = new ArrayList<>(BATCH);
    private final List<Entry> batchEntries = new ArrayList<>(BATCH);
    final List<Difference> differences = new ArrayList<>();

    Pairing(LedgerLog log, Map<String, List<Entry>> ledger) {
      this.log = log;
      this.ledger = ledger;
    }

    void add(TableFact fact) {
      List<Entry> entries = ledger.getOrDefault(fact.key(), List.of());
      int ordinal = paired.merge(fact.key(), 1, Integer::sum) - 1;
      if (ordinal >= entries.size()) {
        differences.add(new Difference(module(fact.kind()), fact.table(), fact.row(), null, null,
            "missing in the ledger: no " + fact.kind() + " entry for " + fact.key()));
        return;
      }
      batch.add(fact);
      batchEntries.add(entries.get(ordinal));
      if (batch.size() == BATCH) {
        flush();
      }
    }

    void flush() {
      Map<Long, LedgerEntry> read = store.entries(log.id(), batchEntries.stream().map(Entry::index).toList())
          .stream().collect(Collectors.toMap(LedgerEntry::index, Function.identity()));
      for (int i = 0; i < batch.size(); i++) {
        compare(batch.get(i), read.get(batchEntries.get(i).index()));
      }
      batch.clear();
      batchEntries.clear();
    }

    private void compare(TableFact fact, LedgerEntry entry) {
      FactFields.Leaf leaf = FactFields.parseLeaf(entry.leaf());
      String module = module(fact.kind());
      if (!leaf.kind().equals(fact.kind())) {
        differences.add(new Difference(module, fact.table(), fact.row(), entry.factId(), entry.index(),
            "kind differs: ledger " + leaf.kind() + ", table " + fact.kind()));
      }
      for (Field field : fact.fields()) {
        if (!leaf.fact().containsKey(field.name())) {
          // A fact recorded before its kind carried this field (e.g. a weapon's weaponKind); the ledger itself is
          // proven unchanged by verification, so a field it never held has nothing to be compared with.
          continue;
        }
        Object ledgerValue = leaf.fact().get(field.name());
        if (!FactFields.same(ledgerValue, field.value())) {
          differences.add(new Difference(module, fact.table(), fact.row(), entry.factId(), entry.index(),
              "field " + field.name() + " differs: ledger " + FactFields.shown(ledgerValue) + ", table ("
                  + field.column() + ") " + FactFields.shown(field.value())));
        }
      }
    }

    /** Ledger entries left over once every row has taken its own: their rows were deleted. */
    void entriesWithoutRows(Map<String, FactKind> kinds) {
      ledger.forEach((key, entries) -> {
        for (int i = paired.getOrDefault(key, 0); i < entries.size(); i++) {
          Entry entry = entries.get(i);
          differences.add(new Difference(module(entry.kind()), kinds.get(entry.kind()).table(), null, entry.factId(),
              entry.index(), "missing in the table: no row for the ledger's " + entry.kind() + " of " + key));
        }
      });
      differences.sort(Comparator.comparing(Difference::module).thenComparing(Difference::table)
          .thenComparing(d -> d.entryIndex() == null ? -1 : d.entryIndex()));
    }
  }

  private static String module(String kind) {
    int dot = kind.indexOf('.');
    return dot < 0 ? kind : kind.substring(0, dot);
  }
}
