package org.setsafe.protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;
import org.setsafe.shared.RefusedFact;

/**
 * What happens to weapon plans, as facts for the ledger: each version in full, each sign-off with where and when
 * the scene was to be shot, each refused plan or sign-off, unplanned rehearsals and their clearances, and the
 * production's minimum distance for blanks.
 */
public final class WeaponPlanEvents {

  private WeaponPlanEvents() {}

  /** A weapon in a recorded plan version, as the register named it. */
  public record Line(UUID weaponId, String weaponLabel, String weaponKind, UUID performerId, boolean pointed,
      String pointedToward, String replicaReason) {}

  /** Someone or something in the line of fire, its protection and distance from the muzzle in feet. */
  public record InLineOfFire(UUID personId, String thing, String protection, int distanceFeet) {}

  /** A version of a scene's weapon plan was recorded (version 1: drafted; later: edited, lapsing earlier sign-offs). */
  public record WeaponPlanRecorded(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID sceneId,
      UUID planVersionId, int version, boolean discharge, String load, String directionOfFire, List<Line> lines,
      List<InLineOfFire> lineOfFire, String changeNote) implements RecordedFact {
    @Override public String kind() { return "protocol.weapon-plan-recorded"; }
    @Override public List<String> subjects() { return List.of("scene:" + sceneId, "weapon-plan:" + planVersionId); }
  }

  /** A plan version was signed in a capacity, for the scene's shooting day and location at that moment. */
  public record WeaponPlanSigned(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID sceneId,
      UUID planVersionId, int version, String capacity, UUID shootingDayId, LocalDate shootingDate, String location)
      implements RecordedFact {
    @Override public String kind() { return "protocol.weapon-plan-signed"; }
    @Override public List<String> subjects() { return List.of("scene:" + sceneId, "weapon-plan:" + planVersionId); }
  }

  /** A plan or a sign-off was refused by a weapon plan rule: the attempt is evidence too. */
  public record WeaponPlanRefused(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID sceneId,
      String attempted, String field, String rule, String reason) implements RefusedFact {
    @Override public String kind() { return "protocol.weapon-plan-refused"; }
    @Override public List<String> subjects() { return List.of("scene:" + sceneId); }
  }

  /** The 1st AD (or the armorer) called an unplanned rehearsal with weapons on the scene. */
  public record UnplannedRehearsalCalled(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID sceneId, UUID rehearsalId, String note) implements RecordedFact {
    @Override public String kind() { return "protocol.unplanned-rehearsal-called"; }
    @Override public List<String> subjects() { return List.of("scene:" + sceneId, "rehearsal:" + rehearsalId); }
  }

  /** The armorer or the safety advisor cleared an unplanned rehearsal. */
  public record RehearsalCleared(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID sceneId,
      UUID rehearsalId, String capacity, String note) implements RecordedFact {
    @Override public String kind() { return "protocol.rehearsal-cleared"; }
    @Override public List<String> subjects() { return List.of("scene:" + sceneId, "rehearsal:" + rehearsalId); }
  }

  /** The production's minimum distance from the muzzle for blanks was set. */
  public record PlanRulesSet(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      int minBlankDistanceFeet) implements RecordedFact {
    @Override public String kind() { return "protocol.plan-rules-set"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }
}
