package org.setsafe.protocol.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Weapon plans in storage. It only appends: an edit is a new version, a lapse is computed, nothing is changed. */
public interface WeaponPlanStore {

  /** The production's own minimum distance for blanks, the newest one set, if any. */
  Optional<Integer> minBlankDistanceFeet(UUID productionId);

  void insertRules(UUID productionId, int minBlankDistanceFeet, UUID setBy, Instant setAt);

  /** Inserts a version; a concurrent writer of the same (scene, version) makes this fail, not overwrite. */
  void insertVersion(PlanVersion version);

  /** Every version of the scene's plan, oldest first. */
  List<PlanVersion> versions(UUID productionId, UUID sceneId);

  /** The newest version of every plan of the production. */
  List<PlanVersion> currentVersions(UUID productionId);

  void insertSignOff(PlanSignOff signOff);

  /** Every sign-off of every version of the scene's plan. */
  List<PlanSignOff> signOffs(UUID productionId, UUID sceneId);

  void insertRehearsal(RehearsalCall call);

  void insertClearance(RehearsalClearance clearance);

  List<RehearsalCall> rehearsals(UUID productionId, UUID sceneId);

  List<RehearsalClearance> clearances(UUID productionId, UUID sceneId);
}
