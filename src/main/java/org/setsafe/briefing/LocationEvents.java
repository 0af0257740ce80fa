package org.setsafe.briefing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/** Locations' hospitals and the production's safety and support contacts, as facts for the ledger. */
public final class LocationEvents {

  private LocationEvents() {}

  /** The nearest hospital entered (or changed) for a location; what it said before is in the earlier fact. */
  public record HospitalEntered(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, String location,
      String hospitalName, String hospitalAddress, String hospitalPhone, String emergencyNotes, int driveMinutes)
      implements RecordedFact {
    @Override public String kind() { return "briefing.hospital-entered"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }

  public record SafetyContactNamed(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      SafetyContactKind contactKind, String name, String phone, String hours, String notes) implements RecordedFact {
    @Override public String kind() { return "briefing.safety-contact-named"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }

  public record SafetyContactRemoved(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      SafetyContactKind contactKind, String nameBefore) implements RecordedFact {
    @Override public String kind() { return "briefing.safety-contact-removed"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }
}
