package org.setsafe.staffing;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.staffing.domain.StaffingRules;
import org.setsafe.staffing.domain.StaffingStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The rest and weekly-hours limits a production works to: its own once set, the installation's until then. */
@Component
class LimitsInForce {

  private final StaffingStore store;
  private final StaffingRules defaults;

  LimitsInForce(StaffingStore store, @Value("${setsafe.staffing.min-rest-hours:10}") int minRestHours,
      @Value("${setsafe.staffing.weekly-hours-limit:60}") int weeklyHoursLimit) {
    this.store = store;
    this.defaults = new StaffingRules(Duration.ofHours(minRestHours), Duration.ofHours(weeklyHoursLimit));
  }

  StaffingRules of(UUID productionId) {
    return inForce(store.rules(productionId).map(StaffingStore.StoredRules::rules));
  }

  /** The production's own limits, read by the caller, or the installation's when it set none. */
  StaffingRules inForce(Optional<StaffingRules> productionsOwn) {
    return productionsOwn.orElse(defaults);
  }

  /** The limits in force as shown, and whether they are the defaults. */
  Rules shown(UUID productionId) {
    return store.rules(productionId).map(r -> Rules.of(r.rules(), false)).orElse(Rules.of(defaults, true));
  }
}
