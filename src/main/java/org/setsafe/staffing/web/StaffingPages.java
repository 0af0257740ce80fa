package org.setsafe.staffing.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.staffing.DayDuty;
import org.setsafe.staffing.DecideFlag;
import org.setsafe.staffing.FlagDecisions;
import org.setsafe.staffing.RecordHours;
import org.setsafe.staffing.RestAndHoursLimits;
import org.setsafe.staffing.Roster;
import org.setsafe.staffing.SetRules;
import org.setsafe.staffing.StaffingBoard;
import org.setsafe.staffing.StaffingRoles;
import org.setsafe.staffing.Timekeeping;
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
 * Staffing on the phone: a shooting day's page (its roster and dedicated armorer, the hours and rest of those
 * watched on a firearms day, the flags and the form to decide on them, the production's limits), and a person's
 * own hours. A refused step shows its reason on the page, in plain words; bad input gets a readable 400.
 */
@Controller
class StaffingPages {

  private final StaffingBoard board;
  private final StaffingRoles roles;
  private final Roster roster;
  private final Timekeeping timekeeping;
  private final RestAndHoursLimits limits;
  private final FlagDecisions decisions;
  private final Productions productions;
  private final MessageSource messages;

  StaffingPages(StaffingBoard board, StaffingRoles roles, Roster roster, Timekeeping timekeeping,
      RestAndHoursLimits limits, FlagDecisions decisions, Productions productions, MessageSource messages) {
    this.messages = messages;
    this.board = board;
    this.roles = roles;
    this.roster = roster;
    this.timekeeping = timekeeping;
    this.limits = limits;
    this.decisions = decisions;
    this.productions = productions;
  }

  @GetMapping("/productions/{productionId}/staffing/days/{dayId}")
  String day(@PathVariable UUID productionId, @PathVariable UUID dayId, Model model) {
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("staffing", board.day(productionId, dayId));
    model.addAttribute("members", productions.members(productionId));
    model.addAttribute("duties", Arrays.asList(CrewRole.values()));
    model.addAttribute("maySchedule", roles.maySchedule(productionId));
    model.addAttribute("mayDecide", roles.mayDecide(productionId));
    model.addAttribute("mayKeepTime", roles.mayKeepTime(productionId));
    return "staffing/day";
  }

  @PostMapping("/productions/{productionId}/staffing/days/{dayId}/roster")
  String schedule(@PathVariable UUID productionId, @PathVariable UUID dayId,
      @RequestParam(name = "person", required = false) String person,
      @RequestParam(name = "duty", required = false) String duty, RedirectAttributes redirect) {
    productions.get(productionId);
    roster.schedule(productionId, new DayDuty(dayId, uuid("personId", person), duty(duty)));
    redirect.addFlashAttribute("notice", say("staffing.notice.scheduled"));
    return "redirect:/productions/" + productionId + "/staffing/days/" + dayId;
  }

  @PostMapping("/productions/{productionId}/staffing/days/{dayId}/releases")
  String release(@PathVariable UUID productionId, @PathVariable UUID dayId,
      @RequestParam(name = "person", required = false) String person,
      @RequestParam(name = "duty", required = false) String duty, RedirectAttributes redirect) {
    productions.get(productionId);
    roster.release(productionId, new DayDuty(dayId, uuid("personId", person), duty(duty)));
    redirect.addFlashAttribute("notice", say("staffing.notice.released"));
    return "redirect:/productions/" + productionId + "/staffing/days/" + dayId;
  }

  @PostMapping("/productions/{productionId}/staffing/days/{dayId}/hours")
  String hoursForSomeone(@PathVariable UUID productionId, @PathVariable UUID dayId,
      @RequestParam(name = "person", required = false) String person,
      @RequestParam(name = "on", required = false) String on, @RequestParam(name = "off", required = false) String off,
      @RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
    LocalDate date = board.day(productionId, dayId).day().date();
    timekeeping.recordHours(productionId,
        new RecordHours(uuid("personId", person), date, time("on", on, true), time("off", off, false), reason));
    redirect.addFlashAttribute("notice", say("staffing.notice.hours"));
    return "redirect:/productions/" + productionId + "/staffing/days/" + dayId;
  }

  @PostMapping("/productions/{productionId}/staffing/days/{dayId}/decisions")
  String decide(@PathVariable UUID productionId, @PathVariable UUID dayId,
      @RequestParam(name = "scene", required = false) String scene,
      @RequestParam(name = "person", required = false) String person,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "decision", required = false) String decision, RedirectAttributes redirect) {
    productions.get(productionId);
    decisions.decide(productionId, new DecideFlag(uuid("sceneId", scene), uuid("personId", person), kind, decision));
    redirect.addFlashAttribute("notice", say("staffing.notice.decision"));
    return "redirect:/productions/" + productionId + "/staffing/days/" + dayId;
  }

  @PostMapping("/productions/{productionId}/staffing/days/{dayId}/rules")
  String rules(@PathVariable UUID productionId, @PathVariable UUID dayId,
      @RequestParam(name = "minRestHours", required = false) String minRest,
      @RequestParam(name = "weeklyHoursLimit", required = false) String weekly, RedirectAttributes redirect) {
    productions.get(productionId);
    limits.set(productionId, new SetRules(number("minRestHours", minRest), number("weeklyHoursLimit", weekly)));
    redirect.addFlashAttribute("notice", say("staffing.notice.limits"));
    return "redirect:/productions/" + productionId + "/staffing/days/" + dayId;
  }

  // ---- my hours ----

  @GetMapping("/productions/{productionId}/staffing/hours")
  String myHours(@PathVariable UUID productionId, Model model) {
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("hours", board.myHours(productionId));
    return "staffing/hours";
  }

  @PostMapping("/productions/{productionId}/staffing/hours")
  String recordMine(@PathVariable UUID productionId, @RequestParam(name = "date", required = false) String date,
      @RequestParam(name = "on", required = false) String on, @RequestParam(name = "off", required = false) String off,
      @RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
    productions.get(productionId);
    timekeeping.recordHours(productionId,
        new RecordHours(null, date("date", date), time("on", on, true), time("off", off, false), reason));
    redirect.addFlashAttribute("notice", say("staffing.notice.hours"));
    return "redirect:/productions/" + productionId + "/staffing/hours";
  }

  // ---- reading the forms ----

  private static UUID uuid(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "Required", "choose one").saying("input.staffing.form.choose-one");
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "Format", "not a valid choice")
          .saying("input.staffing.form.not-a-choice");
    }
  }

  private static CrewRole duty(String value) {
    return parse("duty", value, CrewRole.class, "choose a duty, e.g. Armorer", "input.staffing.form.choose-duty");
  }

  /** An enum's constant by name; missing or unknown, {@code message} says what to choose ({@code key}: its words). */
  private static <E extends Enum<E>> E parse(String field, String value, Class<E> type, String message, String key) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "Required", message).saying(key);
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "Known", message).saying(key);
    }
  }

  private static LocalTime time(String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new InvalidInputException(field, "Required", field + " is required (HH:MM)")
            .saying("input.staffing.form.time-required", label(field));
      }
      return null;
    }
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "Format", field + " must be a time such as 06:30")
          .saying("input.staffing.form.time-format", label(field));
    }
  }

  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "Required", field + " is required")
          .saying("input.staffing.form.date-required", label(field));
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "Format", field + " must be a date such as 2026-11-25")
          .saying("input.staffing.form.date-format", label(field));
    }
  }

  private static Integer number(String field, String value) {
    try {
      return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "Format", field + " must be a whole number of hours")
          .saying("input.staffing.form.whole-hours", label(field));
    }
  }

  /**
   * A form field as a problem names it: in English the field's own name, as the API's problems do; in Spanish the
   * form's label for it.
   */
  private static Said label(String field) {
    return Said.of("input.staffing.field." + field);
  }

  /** A notice in the reader's language. */
  private String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
