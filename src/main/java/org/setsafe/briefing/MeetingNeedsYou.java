package org.setsafe.briefing;

import java.util.List;
import java.util.UUID;
import org.setsafe.production.NeedsYou;
import org.springframework.stereotype.Component;

/** Today's safety meetings, still open, that the signed-in crew member has not acknowledged. */
@Component
class MeetingNeedsYou implements NeedsYou {

  private final SafetyMeetings meetings;

  MeetingNeedsYou(SafetyMeetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public List<Item> of(UUID productionId) {
    return meetings.awaitingMe(productionId).stream()
        .map(m -> new Item(MEETING, "Today's safety meeting"
            + (m.scenes().isEmpty() ? "" : (m.scenes().size() == 1 ? " for scene " : " for scenes ")
                + String.join(", ", m.scenes().stream().map(SafetyMeetings.CoveredScene::number).toList()))
            + " waits for your acknowledgment.", "Acknowledge the meeting",
            "/productions/" + productionId + "/briefing/meetings/" + m.id() + "/acknowledge"))
        .toList();
  }
}
