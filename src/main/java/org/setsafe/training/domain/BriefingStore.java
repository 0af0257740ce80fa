package org.setsafe.training.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.training.domain.FirearmsHandlingPolicy.PerformerRule;

/** Armorers' briefings of performers and the production's rule about them; both only grow. */
public interface BriefingStore {

  record StoredBriefing(UUID id, UUID productionId, UUID performerId, UUID armorerId, LocalDate givenOn, String topics,
      Instant recordedAt) {}

  void insert(StoredBriefing briefing);

  /** The production's briefings, newest first; of one performer when {@code performerId} is not null. */
  List<StoredBriefing> briefings(UUID productionId, UUID performerId);

  void insertRule(UUID id, UUID productionId, PerformerRule rule, UUID setBy, Instant setAt);

  /** The newest rule set for the production, if any was. */
  Optional<PerformerRule> rule(UUID productionId);

  /** A performer's briefings on a production, newest first, with the production's newest rule if any was set. */
  record BriefedUnderRule(List<StoredBriefing> briefings, Optional<PerformerRule> rule) {}

  /**
   * The performer's briefings on the production and the production's newest rule, in one read: the two a firearms
   * clearance weighs when the performer's training is not current.
   */
  BriefedUnderRule briefedUnderRule(UUID productionId, UUID performerId);
}
