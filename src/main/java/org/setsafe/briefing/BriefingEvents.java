package org.setsafe.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/** What happens at the daily safety meeting and to the safety bulletins, as facts for the ledger. */
public final class BriefingEvents {

  private BriefingEvents() {}

  /**
   * The 1st AD or safety advisor opened the day's safety meeting for these scenes; {@code agenda} is every item read
   * out, as "scene | source | title | fingerprint", so what the meeting covered is evidence.
   */
  public record SafetyMeetingOpened(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID meetingId,
      LocalDate date, List<UUID> sceneIds, List<String> sceneNumbers, List<String> agenda) implements RecordedFact {
    public SafetyMeetingOpened {
      sceneIds = List.copyOf(sceneIds);
      sceneNumbers = List.copyOf(sceneNumbers);
      agenda = List.copyOf(agenda);
    }
    @Override public String kind() { return "briefing.safety-meeting-opened"; }
    @Override public List<String> subjects() { return List.of("safety-meeting:" + meetingId); }
  }

  /** A person, signed in as themselves, said: I was at the meeting and understood it. */
  public record SafetyMeetingAcknowledged(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID meetingId, LocalDate date) implements RecordedFact {
    @Override public String kind() { return "briefing.safety-meeting-acknowledged"; }
    @Override public List<String> subjects() { return List.of("safety-meeting:" + meetingId, "user:" + actorId); }
  }

  /** The 1st AD or safety advisor recorded the meeting held, with who had acknowledged it by then. */
  public record SafetyMeetingHeld(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID meetingId,
      LocalDate date, List<UUID> acknowledgedBy) implements RecordedFact {
    public SafetyMeetingHeld {
      acknowledgedBy = List.copyOf(acknowledgedBy);
    }
    @Override public String kind() { return "briefing.safety-meeting-held"; }
    @Override public List<String> subjects() { return List.of("safety-meeting:" + meetingId); }
  }

  /** The safety advisor attached a bulletin to the call sheet of one day, or of every day from a date. */
  public record BulletinAttached(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID bulletinId,
      String title, String reference, String text, LocalDate appliesFrom, boolean everyDay) implements RecordedFact {
    @Override public String kind() { return "briefing.bulletin-attached"; }
    @Override public List<String> subjects() { return List.of("bulletin:" + bulletinId); }
  }

  /** A person, signed in as themselves, acknowledged a safety bulletin. */
  public record BulletinAcknowledged(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID bulletinId) implements RecordedFact {
    @Override public String kind() { return "briefing.bulletin-acknowledged"; }
    @Override public List<String> subjects() { return List.of("bulletin:" + bulletinId, "user:" + actorId); }
  }
}
