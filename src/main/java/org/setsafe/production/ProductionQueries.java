package org.setsafe.production;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A production, its crew and its schedule read without asking who is reading. For a module answering inside a step
 * whose caller was checked at the door: custody's issue gates answer after custody resolved the armorer on the
 * production, so they read the scene and its day here instead of checking the armorer again on every read. Never for
 * what a page or the API shows; {@link Productions} and {@link Schedule} check access for those.
 */
public interface ProductionQueries {

  Optional<Production> production(UUID productionId);

  /** The crew with their roles and names. */
  List<Member> members(UUID productionId);

  Optional<Member> member(UUID productionId, UUID userId);

  Optional<Scene> scene(UUID productionId, UUID sceneId);

  Optional<ShootingDay> day(UUID productionId, UUID dayId);

  /** The production's shooting day on that date; there is at most one. */
  Optional<ShootingDay> dayOn(UUID productionId, LocalDate date);
}
