package org.setsafe.briefing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.Refusal.Said;

/**
 * The day's safety meetings and each crew member's acknowledgment of the safety bulletins, as the call sheet
 * prints them. Answered by the meetings and bulletins of this module when they are present; without an answer
 * the call sheet says they are not recorded, rather than printing an empty list that reads as "nobody".
 */
public interface CallSheetBriefings {

  List<MeetingLine> meetingsOn(UUID productionId, LocalDate date);

  List<AcknowledgmentLine> acknowledgments(UUID productionId, LocalDate date);

  /**
   * A safety meeting of the day: what it covered, whether it was held (and when), and who attended; each in English
   * as the API answers it, and as bundle words for the page and the PDF in the reader's language.
   */
  record MeetingLine(String title, String status, String detail, @JsonIgnore Said titleWords,
      @JsonIgnore Said statusWords, @JsonIgnore Said detailWords) {}

  /** One crew member and one bulletin: acknowledged at, or null while not acknowledged. */
  record AcknowledgmentLine(String person, String role, String bulletin, Instant acknowledgedAt) {}
}
