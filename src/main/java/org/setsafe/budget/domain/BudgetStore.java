package org.setsafe.budget.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The safety budget's versions: appended, never changed. */
public interface BudgetStore {

  void append(LineVersion version);

  /** Every version of every line of the production, oldest first. */
  List<LineVersion> versions(UUID productionId);

  /** Holds the production's budget for this transaction, so two changes to one line number their versions in turn. */
  void lock(UUID productionId);

  /** The latest version of each line of each production asked about, in one query. */
  Map<UUID, List<LineVersion>> latest(Collection<UUID> productionIds);
}
