package org.setsafe.custody;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.custody.domain.CustodyStore.WeaponRecord;
import org.setsafe.custody.domain.WeaponCustody;
import org.setsafe.custody.domain.WeaponEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each weapon's custody folded so far, so a step reads only the events recorded since, not the weapon's whole
 * history (a weapon on a sixty-day shoot gathers thousands). The database stays the truth: a weapon's events
 * are append-only and numbered by stream version, so the events after the ones held here are exactly what is
 * missing; only committed events are ever read, so a step that is rolled back never reaches the cache; and a
 * corrected register entry (a new record) starts the fold again.
 *
 * <p>Bounded by {@code setsafe.custody.folds-cached} ({@code SETSAFE_CUSTODY_FOLDS_CACHED}) weapons (least recently used dropped first).
 */
@Component
class WeaponFolds {

  private final CustodyStore store;
  private final int maxWeapons;
  private final Map<UUID, WeaponCustody> folds = new LinkedHashMap<>(64, 0.75f, true);

  WeaponFolds(CustodyStore store,
      @Value("${setsafe.custody.folds-cached:${SETSAFE_CUSTODY_FOLDS_CACHED:10000}}") int maxWeapons) {
    this.store = store;
    this.maxWeapons = maxWeapons;
  }

  /** The weapon's custody as of every committed event, caught up from the database. */
  WeaponCustody of(UUID productionId, WeaponRecord record) {
    UUID weaponId = record.weapon().id();
    WeaponCustody known;
    synchronized (folds) {
      known = folds.get(weaponId);
    }
    if (known == null || !known.weapon().equals(record.weapon())) {
      known = WeaponCustody.of(record.weapon(), List.of());
    }
    List<WeaponEvent> since = store.weaponEventsAfter(productionId, weaponId, known.history().size());
    WeaponCustody now = since.isEmpty() ? known : known.thenAll(since);
    synchronized (folds) {
      WeaponCustody other = folds.get(weaponId);
      // Of two callers catching up at once, keep the one that saw more.
      if (other == null || !other.weapon().equals(now.weapon()) || other.history().size() < now.history().size()) {
        folds.put(weaponId, now);
      }
      while (folds.size() > maxWeapons) {
        folds.remove(folds.keySet().iterator().next());
      }
    }
    return now;
  }
}
