package org.setsafe.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The day's safety meetings and each crew member's acknowledgment of the safety bulletins, as the call sheet
 * prints them. Answered by the meetings and bulletins of this module when they are present; without an answer
 * the call sheet says they are not recorded, rather than printing an empty list that reads as "nobody".
 */
public interface CallSheetBriefings {

  List<MeetingLine> meetingsOn(UUID productionId, LocalDate date);

  List<AcknowledgmentLine> acknowledgments(UUID productionId, LocalDate date);

  /** A safety meeting of the day: what it covered, whether it was held (and when), and who attended. */
  record MeetingLine(String title, String status, String detail) {}

  /** One crew member and one bulletin: acknowledged at, or null while not acknowledged. */
  record AcknowledgmentLine(String person, String role, String bulletin, Instant acknowledgedAt) {}
}
