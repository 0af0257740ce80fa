package org.setsafe.staffing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;
import org.setsafe.shared.RefusedFact;

/** What happens to a production's staffing, as facts for the ledger. */
public final class StaffingEvents {

  private StaffingEvents() {}

  /** A person was put on a duty on a shooting day; {@code ARMORER} is the day's dedicated armorer. */
  public record DutyScheduled(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID shootingDayId,
      LocalDate date, UUID personId, String duty) implements RecordedFact {
    @Override public String kind() { return "staffing.duty-scheduled"; }
    @Override public List<String> subjects() { return List.of("user:" + personId, "shooting-day:" + shootingDayId); }
  }

  /** A person was released from a duty on a shooting day. */
  public record DutyReleased(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID shootingDayId,
      LocalDate date, UUID personId, String duty) implements RecordedFact {
    @Override public String kind() { return "staffing.duty-released"; }
    @Override public List<String> subjects() { return List.of("user:" + personId, "shooting-day:" + shootingDayId); }
  }

  /** Scheduling a person was refused by a rule (the dedicated armorer double-booked): the attempt is evidence. */
  public record SchedulingRefused(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID shootingDayId, LocalDate date, UUID personId, String duty, String rule, String reason)
      implements RefusedFact {
    @Override public String kind() { return "staffing.scheduling-refused"; }
    @Override public List<String> subjects() { return List.of("user:" + personId, "shooting-day:" + shootingDayId); }
  }

  /** Hours a person worked on a date; a correction names why and the earlier entry stays. */
  public record HoursRecorded(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID personId,
      LocalDate workDate, Instant on, Instant off, boolean correction, String reason) implements RecordedFact {
    @Override public String kind() { return "staffing.hours-recorded"; }
    @Override public List<String> subjects() { return List.of("user:" + personId); }
  }

  /** A producer or UPM set the production's minimum rest and weekly hours limit. */
  public record RulesSet(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, int minRestMinutes,
      int weeklyLimitMinutes) implements RecordedFact {
    @Override public String kind() { return "staffing.rules-set"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }

  /** A firearms scene was flagged: someone watched on its day had less than the minimum rest before it. */
  public record RestShort(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID sceneId,
      LocalDate date, UUID personId, String detail) implements RecordedFact {
    @Override public String kind() { return "staffing.rest-short"; }
    @Override public List<String> subjects() { return List.of("scene:" + sceneId, "user:" + personId); }
  }

  /** A firearms scene was flagged: someone watched on its day worked more than the weekly hours limit. */
  public record WeeklyHoursExceeded(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID sceneId,
      LocalDate date, UUID personId, String detail) implements RecordedFact {
    @Override public String kind() { return "staffing.weekly-hours-exceeded"; }
    @Override public List<String> subjects() { return List.of("scene:" + sceneId, "user:" + personId); }
  }

  /** A producer or UPM recorded what they did about a flag: fatigue is not ignored in silence. */
  public record FlagDecided(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID sceneId,
      LocalDate date, UUID personId, String flag, String decision, String deciderRole) implements RecordedFact {
    @Override public String kind() { return "staffing.flag-decided"; }
    @Override public List<String> subjects() { return List.of("scene:" + sceneId, "user:" + personId); }
  }
}
