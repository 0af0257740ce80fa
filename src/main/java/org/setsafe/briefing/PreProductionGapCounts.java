package org.setsafe.briefing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How many gaps each production's pre-production check found when it was last run, and when. The check reads across
 * eight modules for one production at a time, so the studio's table reads these counts instead of running it for
 * every production inside a page request. Kept in memory: after a restart the counts are made again within one
 * sweep, and every check someone opens renews its production's count.
 */
@Component
class PreProductionGapCounts {

  /** One production's count: its gaps, whether shooting had begun (gaps then are open, not ahead), and when. */
  record Count(int gaps, boolean shootingHasBegun, Instant countedAt) {}

  private final Map<UUID, Count> counts = new ConcurrentHashMap<>();

  void counted(UUID productionId, Count count) {
    // A sweep that read a production before someone's check page did must not overwrite the newer count.
    counts.merge(productionId, count, (was, now) -> now.countedAt().isBefore(was.countedAt()) ? was : now);
  }

  Optional<Count> of(UUID productionId) {
    return Optional.ofNullable(counts.get(productionId));
  }

  /** Drops the counts of productions no longer counted (wrapped, or gone). */
  void keepOnly(Set<UUID> productionIds) {
    counts.keySet().retainAll(productionIds);
  }
}
