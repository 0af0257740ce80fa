package org.setsafe.staffing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.setsafe.staffing.domain.Shift;

/** A shift as shown: minutes worked, zero while still open. */
public record ShiftView(UUID personId, LocalDate workDate, Instant on, Instant off, long minutesWorked,
    String reason, UUID recordedBy, Instant recordedAt) {

  static ShiftView of(Shift s) {
    return new ShiftView(s.personId(), s.workDate(), s.on(), s.off(), s.worked().toMinutes(), s.reason(),
        s.recordedBy(), s.recordedAt());
  }
}
