package org.setsafe.briefing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.setsafe.briefing.Bulletins;
import org.setsafe.briefing.Bulletins.NewBulletin;
import org.setsafe.briefing.SafetyMeetings;
import org.setsafe.briefing.SafetyMeetings.Meeting;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.RefusalFixes;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The safety meeting on the phone: the day's page (agenda, meetings, who acknowledged and who has not) where the
 * 1st AD or safety advisor opens and closes the meeting; the one-button page where each person acknowledges it;
 * the dashboard's "Safety meeting to acknowledge" block; and the bulletins page.
 */
@Controller
class SafetyMeetingPages {

  private final SafetyMeetings meetings;
  private final Bulletins bulletins;
  private final Productions productions;
  private final RefusalFixes refusals;
  private final MessageSource messages;

  SafetyMeetingPages(SafetyMeetings meetings, Bulletins bulletins, Productions productions, RefusalFixes refusals,
      MessageSource messages) {
    this.messages = messages;
    this.refusals = refusals;
    this.meetings = meetings;
    this.bulletins = bulletins;
    this.productions = productions;
  }

  @GetMapping("/productions/{productionId}/briefing/meetings")
  String day(@PathVariable UUID productionId, @RequestParam(name = "date", required = false) String date, Model model) {
    Production production = productions.get(productionId);
    LocalDate today = meetings.today(productionId);
    LocalDate day = date == null || date.isBlank() ? today : date("date", date);
    model.addAttribute("production", production);
    model.addAttribute("zone", production.timeZone());
    model.addAttribute("date", day);
    model.addAttribute("today", day.equals(today));
    model.addAttribute("agenda", meetings.agenda(productionId, day));
    model.addAttribute("meetings", meetings.meetingsOn(productionId, day));
    model.addAttribute("mayRun", meetings.mayRun(productionId));
    model.addAttribute("myId", SignedInUser.current().orElseThrow().id());
    model.addAttribute("words", new BriefingWords(messages, LocaleContextHolder.getLocale()));
    return "briefing/meeting";
  }

  @PostMapping("/productions/{productionId}/briefing/meetings")
  String open(@PathVariable UUID productionId,
      @RequestParam(name = "sceneIds", required = false) List<String> sceneIds, RedirectAttributes redirect) {
    List<UUID> scenes = sceneIds == null ? List.of() : sceneIds.stream().map(SafetyMeetingPages::sceneId).toList();
    Meeting meeting;
    try {
      meeting = meetings.open(productionId, scenes);
    } catch (ConflictException e) {
      // Nothing on today's call sheet to meet about: say so on the meeting page, with who schedules it and where.
      redirect.addFlashAttribute("refusal", refusals.onPage(e, null));
      return "redirect:/productions/" + productionId + "/briefing/meetings";
    }
    int covered = meeting.scenes().size();
    redirect.addFlashAttribute("notice", say(covered == 1 ? "briefing.meetings.opened-notice.one"
        : "briefing.meetings.opened-notice.many", covered));
    return "redirect:/productions/" + productionId + "/briefing/meetings";
  }

  @PostMapping("/productions/{productionId}/briefing/meetings/{meetingId}/held")
  String hold(@PathVariable UUID productionId, @PathVariable UUID meetingId, RedirectAttributes redirect) {
    Meeting meeting = meetings.hold(productionId, meetingId);
    int acknowledged = meeting.acknowledged().size();
    redirect.addFlashAttribute("notice", say(acknowledged == 1 ? "briefing.meetings.held-notice.one"
        : "briefing.meetings.held-notice.many", acknowledged));
    return "redirect:/productions/" + productionId + "/briefing/meetings";
  }

  @GetMapping("/productions/{productionId}/briefing/meetings/{meetingId}/acknowledge")
  String acknowledgeForm(@PathVariable UUID productionId, @PathVariable UUID meetingId, Model model) {
    Production production = productions.get(productionId);
    model.addAttribute("production", production);
    model.addAttribute("zone", production.timeZone());
    model.addAttribute("meeting", meetings.meeting(productionId, meetingId));
    model.addAttribute("myId", SignedInUser.current().orElseThrow().id());
    model.addAttribute("words", new BriefingWords(messages, LocaleContextHolder.getLocale()));
    return "briefing/meeting-acknowledge";
  }

  @PostMapping("/productions/{productionId}/briefing/meetings/{meetingId}/acknowledge")
  String acknowledge(@PathVariable UUID productionId, @PathVariable UUID meetingId, RedirectAttributes redirect) {
    meetings.acknowledge(productionId, meetingId, null);
    redirect.addFlashAttribute("notice", say("briefing.acknowledge.recorded"));
    return "redirect:/productions/" + productionId + "/briefing/meetings/" + meetingId + "/acknowledge";
  }

  /** The dashboard's block, loaded into it: today's meetings and bulletins awaiting the signed-in person. */
  @GetMapping("/productions/{productionId}/briefing/glance")
  String glance(@PathVariable UUID productionId, Model model) {
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("meetings", meetings.awaitingMe(productionId));
    model.addAttribute("bulletins", bulletins.awaitingMe(productionId));
    return "briefing/meeting-glance :: glance";
  }

  // ---- bulletins ----

  @GetMapping("/productions/{productionId}/briefing/bulletins")
  String bulletins(@PathVariable UUID productionId, @RequestParam(name = "date", required = false) String date,
      Model model) {
    LocalDate day = date == null || date.isBlank() ? meetings.today(productionId) : date("date", date);
    return showBulletins(productionId, day, model);
  }

  @PostMapping("/productions/{productionId}/briefing/bulletins")
  String attach(@PathVariable UUID productionId, @RequestParam(name = "title", required = false) String title,
      @RequestParam(name = "reference", required = false) String reference,
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "everyDay", defaultValue = "false") boolean everyDay, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      LocalDate first = from == null || from.isBlank() ? null : date("from", from);
      bulletins.attach(productionId, new NewBulletin(title, reference, text, first, everyDay));
    } catch (InvalidInputException e) {
      if (e instanceof org.setsafe.shared.ConflictException) {
        throw e;
      }
      model.addAttribute("form", new BulletinForm(title, reference, text, from, everyDay));
      model.addAttribute("error", e.forReader());
      model.addAttribute("errorField", e.field());
      response.setStatus(400);
      return showBulletins(productionId, meetings.today(productionId), model);
    }
    redirect.addFlashAttribute("notice", say("briefing.bulletins.attached-notice"));
    return "redirect:/productions/" + productionId + "/briefing/bulletins";
  }

  @PostMapping("/productions/{productionId}/briefing/bulletins/{bulletinId}/acknowledgment")
  String acknowledgeBulletin(@PathVariable UUID productionId, @PathVariable UUID bulletinId,
      RedirectAttributes redirect) {
    bulletins.acknowledge(productionId, bulletinId, null);
    redirect.addFlashAttribute("notice", say("briefing.bulletins.acknowledged-notice"));
    return "redirect:/productions/" + productionId + "/briefing/bulletins";
  }

  private String showBulletins(UUID productionId, LocalDate day, Model model) {
    Production production = productions.get(productionId);
    model.addAttribute("production", production);
    model.addAttribute("zone", production.timeZone());
    model.addAttribute("date", day);
    model.addAttribute("bulletins", bulletins.acknowledgments(productionId, day));
    model.addAttribute("mayAttach", bulletins.mayAttach(productionId));
    model.addAttribute("myId", SignedInUser.current().orElseThrow().id());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new BulletinForm("", "Industry Safety Bulletin #1", "", day.toString(), true));
    }
    return "briefing/bulletins";
  }

  /** A notice in the reader's language. */
  private String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  /** What the bulletin form holds, as typed, so that a refused form comes back filled in. */
  record BulletinForm(String title, String reference, String text, String from, boolean everyDay) {}

  private static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "Date", field + " must be a date as yyyy-mm-dd")
          .saying("input.briefing.date-pattern", field);
    }
  }

  private static UUID sceneId(String text) {
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("sceneIds", "TodaysScene", "sceneIds must name scenes of today's call sheet")
          .saying("input.briefing.meeting.scene-ids");
    }
  }
}
