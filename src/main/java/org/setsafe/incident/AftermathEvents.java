package org.setsafe.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/**
 * What follows an incident, as facts for the ledger: the regulators' clocks and their answers, and that support was
 * offered. Nothing personal is ever here: not who was offered support (only how many), not who accepted or
 * declined, not who comes to the debrief, and nothing anyone said.
 */
public final class AftermathEvents {

  private AftermathEvents() {}

  /** An outcome was recorded that must reach a regulator by {@code dueAt}. */
  public record ReportingClockStarted(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID incidentId, UUID clockId, ReportableOutcome outcome, String usState, Regulator regulator,
      Instant startedAt, Instant dueAt) implements RecordedFact {
    @Override public String kind() { return "incident.reporting-clock-started"; }
    @Override public List<String> subjects() { return List.of("incident:" + incidentId, "clock:" + clockId); }
  }

  /** An unanswered clock climbed the production's escalation ladder ({@code step}: L1, L2 …, due-soon, late). */
  public record ReportingClockEscalated(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID incidentId, UUID clockId, String step, Instant dueAt, List<String> notified) implements RecordedFact {
    @Override public String kind() { return "incident.reporting-clock-escalated"; }
    @Override public List<String> subjects() { return List.of("incident:" + incidentId, "clock:" + clockId); }
  }

  /** The report was made: when, to whom, under which reference; {@code late} when after the clock ran out. */
  public record ReportMadeToRegulator(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID incidentId, UUID clockId, Regulator regulator, Instant madeAt, String reference, Instant dueAt,
      boolean late) implements RecordedFact {
    @Override public String kind() { return "incident.report-made"; }
    @Override public List<String> subjects() { return List.of("incident:" + incidentId, "clock:" + clockId); }
  }

  /** Support was offered to {@code people} people on the production after the incident; no names. */
  public record SupportOffered(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID incidentId,
      UUID offerId, int people) implements RecordedFact {
    @Override public String kind() { return "incident.support-offered"; }
    @Override public List<String> subjects() { return List.of("incident:" + incidentId); }
  }

  /** A group debrief was scheduled for the support offered after the incident. */
  public record DebriefScheduled(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID incidentId,
      UUID offerId, Instant startsAt) implements RecordedFact {
    @Override public String kind() { return "incident.debrief-scheduled"; }
    @Override public List<String> subjects() { return List.of("incident:" + incidentId); }
  }

  /** The production named its counselling contact on SetSafe: the one person who reads who accepted support. */
  public record CounsellingContactNamed(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID contactId) implements RecordedFact {
    @Override public String kind() { return "incident.counselling-contact-named"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }
}
