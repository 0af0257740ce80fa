package org.setsafe.briefing.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.setsafe.briefing.AgendaSource.AgendaItem;
import org.setsafe.briefing.CallSheet;
import org.setsafe.briefing.CallSheetBriefings.MeetingLine;
import org.setsafe.briefing.CallSheet.Concern;
import org.setsafe.briefing.PreProductionCheck.AreaCheck;
import org.setsafe.briefing.PreProductionCheck.PreProduction;
import org.setsafe.briefing.ReadinessCheck.Gap;
import org.setsafe.briefing.SafetyContactKind;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Hazard;
import org.setsafe.shared.Refusal.Said;
import org.springframework.context.MessageSource;

/**
 * The trade's words that briefing's records carry as they are printed in English (a scene's hazards, whom to call,
 * where an agenda item comes from), said in the reader's language on the page and the PDF. The records stay as they
 * are, fingerprinted and compared in English; only what is shown changes. A word it does not know (a name, a title
 * someone typed) is shown as it is.
 */
final class BriefingWords {

  private static final String SCENE_PREFIX = "Sc. ";
  private static final Map<String, String> KEYS = keys();

  private final MessageSource messages;
  private final Locale locale;

  BriefingWords(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  /** The word in the reader's language, or the text itself when it is not one of the trade's words. */
  public String of(String english) {
    String key = english == null ? null : KEYS.get(english);
    return key == null ? english : say(key);
  }

  public List<String> all(List<String> english) {
    return english.stream().map(this::of).toList();
  }

  /**
   * An agenda item's heading as the page shows it, "Weapon plan: Scene 12A: weapon plan version 2, approved", in the
   * reader's words where the item has them; a title someone typed (a report's, a bulletin's) as it is.
   */
  public String heading(AgendaItem item) {
    return of(item.source()) + ": " + said(item.titleWords(), item.title());
  }

  /** An agenda item's lines, each in the reader's words where it has them, otherwise as it was written. */
  public List<String> lines(AgendaItem item) {
    List<String> lines = new ArrayList<>(item.lines().size());
    for (int i = 0; i < item.lines().size(); i++) {
      lines.add(said(item.lineWords().isEmpty() ? null : item.lineWords().get(i), item.lines().get(i)));
    }
    return lines;
  }

  /** An open concern's heading, "Hazard report: loose dummies", in the reader's words where it has them. */
  public String heading(Concern concern) {
    return of(concern.source()) + ": " + said(concern.titleWords(), concern.title());
  }

  /** An open concern's line of detail in the reader's words where it has them, otherwise as it was written. */
  public String detail(Concern concern) {
    return said(concern.detailWords(), concern.detail());
  }

  /** The pre-production check's line over its list, in the reader's words. */
  public String summary(PreProduction check) {
    return said(check.summaryWords(), check.summary());
  }

  /** How far the first shooting day is, in the reader's words. */
  public String countdown(PreProduction check) {
    return said(check.countdownWords(), check.countdown());
  }

  /** A pre-production area's name ("Weapon plans", "Staffing") in the reader's words. */
  public String area(AreaCheck area) {
    return said(area.nameWords(), of(area.name()));
  }

  /** What a pre-production area says when nothing is missing there, in the reader's words. */
  public String nothingMissing(AreaCheck area) {
    return said(area.nothingMissingWords(), area.nothingMissing());
  }

  /** What a pre-production gap finds missing, in the reader's words where its check gave them. */
  public String missing(Gap gap) {
    return said(gap.missingWords(), gap.missing());
  }

  /** What closes a pre-production gap, in the reader's words where its check gave them. */
  public String remedy(Gap gap) {
    return said(gap.remedyWords(), gap.remedy());
  }

  /** A day's safety meeting, "Safety meeting, scenes 12, 12A", in the reader's words. */
  public String title(MeetingLine meeting) {
    return said(meeting.titleWords(), meeting.title());
  }

  /** Whether a day's safety meeting was held, "Held at 11:49 MST (Dana Whitcombe)", in the reader's words. */
  public String status(MeetingLine meeting) {
    return said(meeting.statusWords(), meeting.status());
  }

  /** Who acknowledged a day's safety meeting and who did not, in the reader's words. */
  public String detail(MeetingLine meeting) {
    return said(meeting.detailWords(), meeting.detail());
  }

  /** The words in the reader's language, or the English they stand for when there are none or a key is missing. */
  private String said(Said words, String english) {
    String said = words == null ? null : words.in(messages, locale);
    return said == null ? english : said;
  }

  /** A person's roles as the records join them ("Armorer, Crew"), each in the reader's words. */
  public String roles(String joined) {
    return joined == null || joined.isEmpty() ? joined
        : String.join(", ", all(List.of(joined.split(", "))));
  }

  /** "Sc. 12A: Safety meeting required…" as the call sheet lists a firearms scene's meeting. */
  public String requiredMeeting(String line) {
    String tail = ": " + CallSheet.FIREARMS_MEETING;
    if (line.startsWith(SCENE_PREFIX) && line.endsWith(tail)) {
      String number = line.substring(SCENE_PREFIX.length(), line.length() - tail.length());
      return say("scene.short", number) + ": " + say("briefing.callsheet.firearms-meeting");
    }
    return line;
  }

  String say(String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  Locale locale() {
    return locale;
  }

  private static Map<String, String> keys() {
    Map<String, String> keys = new HashMap<>();
    for (Hazard hazard : Hazard.values()) {
      keys.put(hazard.label(), "hazard." + hazard.name());
    }
    for (SafetyContactKind kind : SafetyContactKind.values()) {
      keys.put(kind.label(), "briefing.contact." + kind.name());
    }
    for (CrewRole role : CrewRole.values()) {
      keys.put(role.label(), "crew.role." + role.name());
    }
    keys.put("On set; may halt production", "briefing.contact.on-set");
    keys.put("Scene", "briefing.source.scene");
    keys.put("Weapon plan", "briefing.source.weapon-plan");
    keys.put("Risk assessment", "briefing.source.risk-assessment");
    keys.put("Staffing", "briefing.source.staffing");
    keys.put("Open hazard report", "briefing.source.open-hazard-report");
    keys.put("Hazard report", "briefing.source.hazard-report");
    keys.put("Safety bulletin", "briefing.source.safety-bulletin");
    keys.put("Work stopped", "briefing.source.work-stopped");
    return Map.copyOf(keys);
  }
}
