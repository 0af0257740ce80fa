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

  /**
   * Every sign-off of every version of the scene's plan, as {@link #signOffs} gives them, and the production's own
   * minimum distance for blanks as {@link #minBlankDistanceFeet} gives it, in one read: the plan as shown needs
   * both, the plan or not.
   */
  SignOffsAndMinimum signOffsAndMinimum(UUID productionId, UUID sceneId);

  /** The scene's sign-offs and the production's own minimum distance for blanks, if it set one. */
  record SignOffsAndMinimum(List<PlanSignOff> signOffs, Optional<Integer> minBlankDistanceFeet) {}

  void insertRehearsal(RehearsalCall call);

  void insertClearance(RehearsalClearance clearance);

  /** The scene's unplanned rehearsals in the order called, and their clearances in the order given, read together. */
  Rehearsals rehearsals(UUID productionId, UUID sceneId);

  /** A scene's rehearsal calls and every clearance of them. */
  record Rehearsals(List<RehearsalCall> calls, List<RehearsalClearance> clearances) {

    /** Whether the newest call still waits for a clearance. */
    public RehearsalStatus status() {
      return RehearsalStatus.of(calls, clearances);
    }
  }
}
