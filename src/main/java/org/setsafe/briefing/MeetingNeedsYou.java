package org.setsafe.briefing;

import java.util.List;
import java.util.UUID;
import org.setsafe.production.NeedsYou;
import org.setsafe.shared.Refusal.Said;
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
        .map(m -> {
          String scenes = String.join(", ", m.scenes().stream().map(SafetyMeetings.CoveredScene::number).toList());
          return new Item(MEETING, "Today's safety meeting"
              + (m.scenes().isEmpty() ? "" : (m.scenes().size() == 1 ? " for scene " : " for scenes ") + scenes)
              + " waits for your acknowledgment.",
              m.scenes().isEmpty() ? Said.of("briefing.needs-you.meeting")
                  : Said.of(m.scenes().size() == 1 ? "briefing.needs-you.meeting.scene" : "briefing.needs-you.meeting.scenes",
                      scenes),
              "Acknowledge the meeting", Said.of("briefing.needs-you.meeting.action"),
              "/productions/" + productionId + "/briefing/meetings/" + m.id() + "/acknowledge");
        })
        .toList();
  }
}
