package org.setsafe.incident.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.incident.Regulator;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * The report was made to the regulator: when, to whom, and the reference they gave. It may be recorded after the
 * call, never before it was made, and never before the clock started (the outcome was not known yet).
 */
public record ReportMade(UUID clockId, Instant madeAt, Regulator regulator, String reference, UUID recordedBy,
    Instant recordedAt) {

  public static final int MAX_REFERENCE = 100;

  public ReportMade {
    Objects.requireNonNull(clockId, "clockId");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (madeAt == null) {
      throw new InvalidInputException("madeAt", "Required", "madeAt is when the report was made")
          .saying("input.incident.report-made.made-at.required");
    }
    if (madeAt.isAfter(recordedAt)) {
      throw new InvalidInputException("madeAt", "NotInTheFuture", "madeAt must not be after now")
          .saying("input.incident.report-made.made-at.not-in-the-future");
    }
    if (regulator == null) {
      throw new InvalidInputException("regulator", "Required", "regulator is OSHA or CAL_OSHA")
          .saying("input.incident.report-made.regulator.required");
    }
    reference = Text.required("reference", reference, MAX_REFERENCE);
  }

  /** Refused when the report is dated before the clock's outcome was known, or made to another regulator. */
  public void answers(ReportingClock clock) {
    if (madeAt.isBefore(clock.startedAt().minusSeconds(24 * 3600))) {
      throw new InvalidInputException("madeAt", "AfterTheIncident",
          "madeAt must not be more than a day before the outcome was recorded")
          .saying("input.incident.report-made.made-at.after-the-outcome");
    }
    if (regulator != clock.regulator()) {
      throw new InvalidInputException("regulator", "SameRegulator",
          "this clock is for " + clock.regulator().label() + " (" + clock.regulator().name() + ")")
          .saying("input.incident.report-made.same-regulator", clock.regulator().label(), clock.regulator().name());
    }
  }
}
