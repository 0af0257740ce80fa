package org.setsafe.shared;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A module's recorded facts read back from its own tables, so that the ledger's copy can be held against
 * them: a custody event changed or deleted in the module's table, or a ledger entry whose row is gone,
 * is named instead of passing unseen. Each module that records facts implements this in its persistence
 * layer; the ledger finds every implementation and compares (so, like {@link RecordedFact}, no module
 * needs to know the ledger exists).
 *
 * <p>A fact rarely keeps its ledger fact id in the module's table, so each kind says how a ledger entry of
 * that kind is matched to a row: by a key computed from the entry's fact fields on one side and from the
 * row on the other (e.g. {@code report:<id>}). Several facts may share a key (the comments on one report):
 * they are paired in the order they happened, so a source must give rows sharing a key in that order.
 */
public interface RecordedFactSource {

  /** The kinds of fact this source reads back, each with how its ledger entries are keyed. */
  List<FactKind> kinds();

  /**
   * Streams the facts held in the tables for one production ({@code null}: installation-wide facts), row by
   * row as the database hands them over, never all at once: a production's custody history runs to hundreds of
   * thousands of rows. Runs inside the caller's read-only transaction.
   */
  void forEachFact(UUID productionId, Consumer<TableFact> facts);

  /**
   * A kind of fact, the table its rows live in, and the key of a ledger entry of this kind computed from the
   * entry's fact fields (as JSON reads them: strings, numbers, booleans, lists and maps).
   */
  record FactKind(String kind, String table, Function<Map<String, Object>, String> key) {}

  /**
   * One fact as the module's table holds it. {@code fields} are only those the table holds: a field of the
   * fact the table does not keep cannot be compared and is left out.
   */
  record TableFact(String kind, String table, String row, String key, List<Field> fields) {}

  /**
   * A field of the fact ({@code name}, as the ledger's fact JSON names it) and its value in the table, with the
   * column it was read from (so that a difference names where to look).
   */
  record Field(String name, String column, Object value) {}
}
