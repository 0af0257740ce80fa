package org.setsafe.briefing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Productions;
import org.setsafe.shared.LocalTimes;
import org.setsafe.shared.Refusal.Said;
import org.springframework.stereotype.Component;

/**
 * The call sheet's lines for the day's safety meetings and the bulletin acknowledgments, read from the meetings
 * and bulletins on record: who attended each meeting and who did not, and for every crew member and bulletin
 * whether and when they acknowledged it.
 */
@Component
class MeetingsOnTheCallSheet implements CallSheetBriefings {

  private final SafetyMeetings meetings;
  private final Bulletins bulletins;
  private final Productions productions;

  MeetingsOnTheCallSheet(SafetyMeetings meetings, Bulletins bulletins, Productions productions) {
    this.meetings = meetings;
    this.bulletins = bulletins;
    this.productions = productions;
  }

  @Override
  public List<MeetingLine> meetingsOn(UUID productionId, LocalDate date) {
    ZoneId zone = productions.get(productionId).timeZone();
    List<MeetingLine> lines = new ArrayList<>();
    for (SafetyMeetings.Meeting meeting : meetings.meetingsOn(productionId, date)) {
      String scenes = meeting.scenes().stream().map(SafetyMeetings.CoveredScene::number)
          .collect(Collectors.joining(", "));
      String time = LocalTimes.time(meeting.held() ? meeting.heldAt() : meeting.openedAt(), zone);
      String status = meeting.held()
          ? "Held at " + time + " (" + meeting.heldByName() + ")"
          : "Opened at " + time + ", not yet recorded held";
      Said statusWords = meeting.held() ? Said.of("briefing.callsheet.meeting.held", time, meeting.heldByName())
          : Said.of("briefing.callsheet.meeting.opened", time);
      String attended = meeting.acknowledged().stream().map(SafetyMeetings.Attendee::name)
          .collect(Collectors.joining(", "));
      String absent = meeting.notYetAcknowledged().stream().map(SafetyMeetings.Absentee::name)
          .collect(Collectors.joining(", "));
      Said acknowledged = attended.isEmpty() ? Said.of("briefing.callsheet.meeting.acknowledged-by-nobody")
          : Said.of("briefing.callsheet.meeting.acknowledged-by", attended);
      lines.add(new MeetingLine("Safety meeting" + (scenes.isEmpty() ? "" : ", scenes " + scenes), status,
          "Acknowledged: " + (attended.isEmpty() ? "nobody" : attended)
              + (absent.isEmpty() ? "" : ". Not acknowledged: " + absent),
          scenes.isEmpty() ? Said.of("briefing.callsheet.meeting.title")
              : Said.of("briefing.callsheet.meeting.title.scenes", scenes),
          statusWords,
          absent.isEmpty() ? acknowledged : Said.of("briefing.callsheet.meeting.not-acknowledged-by", acknowledged,
              absent)));
    }
    return lines;
  }

  @Override
  public List<AcknowledgmentLine> acknowledgments(UUID productionId, LocalDate date) {
    Map<UUID, Member> crew = productions.members(productionId).stream()
        .collect(Collectors.toMap(Member::userId, Function.identity()));
    List<AcknowledgmentLine> lines = new ArrayList<>();
    for (Bulletins.BulletinAcknowledgments of : bulletins.acknowledgments(productionId, date)) {
      String bulletin = of.bulletin().title();
      of.acknowledged().forEach(a -> lines.add(new AcknowledgmentLine(a.name(), role(crew.get(a.userId())), bulletin,
          a.acknowledgedAt())));
      of.notYet().forEach(p -> lines.add(new AcknowledgmentLine(p.name(), role(crew.get(p.userId())), bulletin, null)));
    }
    lines.sort(Comparator.comparing(AcknowledgmentLine::person).thenComparing(AcknowledgmentLine::bulletin));
    return lines;
  }

  private static String role(Member member) {
    return member == null ? "" : member.roles().stream().sorted().map(CrewRole::label).collect(Collectors.joining(", "));
  }
}
