package org.setsafe.incident.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.incident.CareAfterIncidents;
import org.setsafe.incident.ReportingClocks;
import org.setsafe.incident.ReportingClocks.ClockView;
import org.setsafe.incident.ReportingClocks.ReportMadeInput;
import org.setsafe.production.CrewList;
import org.setsafe.production.Production;
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
 * The phone pages after an incident: a crew member's "Support after the incident" (the contacts to call, yes or no
 * to the check-ins, the debrief), the counselling contact's page of who accepted or declined, and the reporting
 * clocks with the "Report made" form for those who answer for the report. Times on the production's clock.
 */
@Controller
class AftermathPages {

  private final ReportingClocks clocks;
  private final CareAfterIncidents care;
  private final CrewList crew;
  private final MessageSource messages;
  private final Clock clock;

  AftermathPages(ReportingClocks clocks, CareAfterIncidents care, CrewList crew, MessageSource messages,
      Clock clock) {
    this.messages = messages;
    this.clock = clock;
    this.clocks = clocks;
    this.care = care;
    this.crew = crew;
  }

  @GetMapping("/productions/{productionId}/support")
  String support(@PathVariable UUID productionId, Model model) {
    model.addAttribute("offers", care.mine(productionId));
    model.addAttribute("production", crew.production(productionId));
    model.addAttribute("counsellingContact", care.counsellingContact(productionId));
    model.addAttribute("counsellor", care.readsAnswers(productionId));
    return "incident/support";
  }

  @PostMapping("/productions/{productionId}/support/{offerId}/answer")
  String answer(@PathVariable UUID productionId, @PathVariable UUID offerId, @RequestParam(required = false)
      String answer, RedirectAttributes redirect) {
    care.answer(productionId, offerId, answer);
    redirect.addFlashAttribute("notice", said("DECLINED".equals(answer) ? "incident.support.notice.declined"
        : "incident.support.notice.accepted"));
    return "redirect:/productions/" + productionId + "/support";
  }

  @PostMapping("/productions/{productionId}/support/{offerId}/attending")
  String attending(@PathVariable UUID productionId, @PathVariable UUID offerId,
      @RequestParam(required = false) Boolean attending, RedirectAttributes redirect) {
    care.attend(productionId, offerId, attending);
    redirect.addFlashAttribute("notice", said(Boolean.TRUE.equals(attending) ? "incident.support.notice.coming"
        : "incident.support.notice.not-coming"));
    return "redirect:/productions/" + productionId + "/support";
  }

  @GetMapping("/productions/{productionId}/support/{offerId}/answers")
  String answers(@PathVariable UUID productionId, @PathVariable UUID offerId, Model model) {
    model.addAttribute("answers", care.answers(productionId, offerId));
    model.addAttribute("production", crew.production(productionId));
    return "incident/support-answers";
  }

  @PostMapping("/productions/{productionId}/support/{offerId}/debrief")
  String debrief(@PathVariable UUID productionId, @PathVariable UUID offerId,
      @RequestParam(required = false) String startsAt, @RequestParam(required = false) String where, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    Production production = crew.production(productionId);
    try {
      care.scheduleDebrief(productionId, offerId, local("startsAt", startsAt, production.timeZone()), where);
    } catch (InvalidInputException e) {
      response.setStatus(400);
      model.addAttribute("error", e.forReader());
      return answers(productionId, offerId, model);
    }
    redirect.addFlashAttribute("notice", said("incident.answers.scheduled.notice"));
    return "redirect:/productions/" + productionId + "/support/" + offerId + "/answers";
  }

  @GetMapping("/productions/{productionId}/incidents/{incidentId}/clocks")
  String clocks(@PathVariable UUID productionId, @PathVariable UUID incidentId, Model model) {
    List<ClockView> all = clocks.clocks(productionId, incidentId);
    Map<UUID, String> timeLeft = new HashMap<>();
    all.forEach(c -> timeLeft.put(c.id(), timeLeft(c)));
    model.addAttribute("clocks", all);
    model.addAttribute("timeLeft", timeLeft);
    model.addAttribute("production", crew.production(productionId));
    model.addAttribute("incidentId", incidentId);
    return "incident/clocks";
  }

  @PostMapping("/productions/{productionId}/incidents/{incidentId}/clocks/{clockId}/report")
  String reportMade(@PathVariable UUID productionId, @PathVariable UUID incidentId, @PathVariable UUID clockId,
      @RequestParam(required = false) String madeAt, @RequestParam(required = false) String regulator,
      @RequestParam(required = false) String reference, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    Production production = crew.production(productionId);
    try {
      clocks.reportMade(productionId, incidentId, clockId,
          new ReportMadeInput(local("madeAt", madeAt, production.timeZone()), regulator, reference));
    } catch (InvalidInputException e) {
      response.setStatus(400);
      model.addAttribute("error", e.forReader());
      model.addAttribute("errorClock", clockId);
      return clocks(productionId, incidentId, model);
    }
    redirect.addFlashAttribute("notice", said("incident.clocks.made.notice"));
    return "redirect:/productions/" + productionId + "/incidents/" + incidentId + "/clocks";
  }

  /** A notice in the reader's language. */
  private String said(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  /**
   * How the clock stands, in the reader's words: "5 hours 12 minutes left", "late by 40 minutes", "reported 2 hours
   * before it was due", "reported late by 3 minutes"; the clock's own view says the same in English.
   */
  private String timeLeft(ClockView c) {
    if (c.madeAt() != null) {
      return c.late() ? said("incident.clocks.reported-late", span(c.dueAt(), c.madeAt()))
          : said("incident.clocks.reported-early", span(c.madeAt(), c.dueAt()));
    }
    Instant now = clock.instant();
    return now.isAfter(c.dueAt()) ? said("incident.clocks.late-by", span(c.dueAt(), now))
        : said("incident.clocks.left", span(now, c.dueAt()));
  }

  /** "5 hours 12 minutes", "40 minutes", "less than a minute". */
  private String span(Instant from, Instant to) {
    long minutes = Math.max(0, Duration.between(from, to).toMinutes());
    if (minutes < 1) {
      return said("incident.clocks.under-a-minute");
    }
    String hours = minutes / 60 == 0 ? "" : said("incident.clocks.hours", minutes / 60);
    String mins = minutes % 60 == 0 ? "" : said("incident.clocks.minutes", minutes % 60);
    return (hours + " " + mins).strip();
  }

  /** A time typed on the phone, on the production's clock ({@code 2026-12-07T14:05}). */
  private static Instant local(String field, String value, ZoneId zone) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "DateTime", field + " is a date and time, like 2026-12-07T14:05")
          .saying("input.incident.date-time", field);
    }
  }
}
