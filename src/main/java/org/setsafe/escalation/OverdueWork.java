package org.setsafe.escalation;

import java.time.Instant;
import java.util.UUID;
import org.setsafe.reporting.Severity;
import org.springframework.stereotype.Service;

/**
 * Work another module promised by a date (a corrective action after an incident) that was not done by then climbs
 * the production's escalation policy for its severity, level by level with the same timers as an unacknowledged
 * report, until the work is recorded done. The module that owns the work decides when it is overdue and says so;
 * escalation only climbs. Each is idempotent on the subject's id, so a timer that fires twice tells nobody twice.
 */
@Service
public class OverdueWork {

  /** A subject of an escalation that is not a hazard report: the corrective action behind a production's incident. */
  public enum Kind {
    CORRECTIVE_ACTION("Overdue corrective action");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * What is overdue: {@code subjectId} names it across SetSafe (escalation's facts name it as their report),
   * {@code title} says what it is in the crew's words, {@code link} is where to open it.
   */
  public record Overdue(Kind kind, UUID subjectId, UUID productionId, Severity severity, String title, String link) {}

  private final Escalations escalations;

  OverdueWork(Escalations escalations) {
    this.escalations = escalations;
  }

  /** The work was due at {@code dueAt} and is not done: it climbs from there, once however often it is said. */
  public void overdue(Overdue work, Instant dueAt) {
    escalations.overdue(work, dueAt);
  }

  /** The work was recorded done: its climb stops (nothing happens if it never became overdue). */
  public void done(UUID subjectId, Instant at) {
    escalations.done(subjectId, at);
  }
}
