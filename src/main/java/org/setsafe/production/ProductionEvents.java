package org.setsafe.production;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/** What happens to a production and its crew, as facts for the ledger. */
public final class ProductionEvents {

  private ProductionEvents() {}

  public record ProductionCreated(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, String name,
      String timeZone) implements RecordedFact {
    @Override public String kind() { return "production.created"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }

  public record MemberAdded(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID userId,
      Set<CrewRole> roles, String department) implements RecordedFact {
    @Override public String kind() { return "production.member-added"; }
    @Override public List<String> subjects() { return List.of("user:" + userId); }
  }

  public record MemberChanged(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID userId,
      Set<CrewRole> rolesBefore, Set<CrewRole> rolesAfter, String department) implements RecordedFact {
    @Override public String kind() { return "production.member-changed"; }
    @Override public List<String> subjects() { return List.of("user:" + userId); }
  }

  public record MemberRemoved(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID userId,
      Set<CrewRole> rolesBefore) implements RecordedFact {
    @Override public String kind() { return "production.member-removed"; }
    @Override public List<String> subjects() { return List.of("user:" + userId); }
  }

  public record ShootingDayScheduled(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID shootingDayId, LocalDate date, LocalTime callTime, String location) implements RecordedFact {
    @Override public String kind() { return "production.shooting-day-scheduled"; }
    @Override public List<String> subjects() { return List.of("shooting-day:" + shootingDayId); }
  }

  public record SceneAdded(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID sceneId,
      String number, String description, UUID shootingDayId) implements RecordedFact {
    @Override public String kind() { return "production.scene-added"; }
    @Override public List<String> subjects() { return List.of("scene:" + sceneId); }
  }

  public record SceneScheduled(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID sceneId,
      UUID shootingDayIdBefore, UUID shootingDayIdAfter) implements RecordedFact {
    @Override public String kind() { return "production.scene-scheduled"; }
    @Override public List<String> subjects() { return List.of("scene:" + sceneId); }
  }

  /** The meal break and wrap planned for a shooting day (either may be unplanned). */
  public record ShootingDayPlanned(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID shootingDayId, LocalTime mealBreak, LocalTime wrap) implements RecordedFact {
    @Override public String kind() { return "production.shooting-day-planned"; }
    @Override public List<String> subjects() { return List.of("shooting-day:" + shootingDayId); }
  }

  /** The 1st AD called the meal break: every weapon must now be locked up or with the armorer. */
  public record MealBreakCalled(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID shootingDayId, LocalDate date) implements RecordedFact {
    @Override public String kind() { return "production.meal-break-called"; }
    @Override public List<String> subjects() { return List.of("shooting-day:" + shootingDayId); }
  }

  /** The 1st AD called wrap: every weapon must now be locked up or with the armorer. */
  public record WrapCalled(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID shootingDayId, LocalDate date) implements RecordedFact {
    @Override public String kind() { return "production.wrap-called"; }
    @Override public List<String> subjects() { return List.of("shooting-day:" + shootingDayId); }
  }

  /** Who is in a scene: its cast and its camera head (null when none), replacing what was named before. */
  public record SceneCastNamed(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID sceneId,
      Set<UUID> castBefore, Set<UUID> cast, UUID cameraHeadBefore, UUID cameraHead) implements RecordedFact {
    @Override public String kind() { return "production.scene-cast-named"; }
    @Override public List<String> subjects() { return List.of("scene:" + sceneId); }
  }

  public record SceneHazardsMarked(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID sceneId,
      Set<Hazard> before, Set<Hazard> hazards) implements RecordedFact {
    @Override public String kind() { return "production.scene-hazards-marked"; }
    @Override public List<String> subjects() { return List.of("scene:" + sceneId); }
  }
}
