package org.setsafe.incident.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.setsafe.incident.AnonymousLimitReached;
import org.setsafe.incident.IncidentKind;
import org.setsafe.incident.Incidents;
import org.setsafe.incident.Incidents.AnonymousReceipt;
import org.setsafe.incident.Incidents.IncidentView;
import org.setsafe.incident.Incidents.NewAnonymousIncident;
import org.setsafe.incident.Incidents.NewIncident;
import org.setsafe.incident.Incidents.PersonInput;
import org.setsafe.incident.Involvement;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.reporting.PublicProduction;
import org.setsafe.reporting.PublicReportLink;
import org.setsafe.reporting.ReportingRoles;
import org.setsafe.reporting.Severity;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.AnonymousCallers;
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
 * "Report an incident" on a phone (the incident's own page is {@link IncidentPages}'s): for the crew under their own name, and for anyone holding the production's public
 * link without an account. Both forms ask the same few things (what kind, how bad, where, when, what happened, who
 * was hurt, who saw it, which scene) and go through the same service as the API; a refusal shows the form again with
 * everything typed still in it and the reason in the crew's words, under a 4xx status, and nothing is written.
 */
@Controller
class ReportAnIncidentPages {

  private static final String INCIDENTS = "/productions/{productionId}/incidents";

  private final Incidents incidents;
  private final Productions productions;
  private final Schedule schedule;
  private final ReportingRoles roles;
  private final PublicReportLink link;
  private final MessageSource messages;

  ReportAnIncidentPages(Incidents incidents, Productions productions, Schedule schedule, ReportingRoles roles,
      PublicReportLink link, MessageSource messages) {
    this.messages = messages;
    this.incidents = incidents;
    this.productions = productions;
    this.schedule = schedule;
    this.roles = roles;
    this.link = link;
  }

  @GetMapping(INCIDENTS + "/new")
  String form(@PathVariable UUID productionId, Model model) {
    Production production = productions.get(productionId);
    formModel(model, schedule.scenes(productionId));
    model.addAttribute("production", production);
    model.addAttribute("onTheCrew", roles.onTheCrew(productionId));
    return "incident/new";
  }

  @PostMapping(INCIDENTS)
  String open(@PathVariable UUID productionId, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String severity, @RequestParam(required = false) String where,
      @RequestParam(required = false) String happenedAt, @RequestParam(required = false) String whatHappened,
      @RequestParam(required = false) String injured, @RequestParam(required = false) String witnesses,
      @RequestParam(required = false) String sceneId, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    Production production = productions.get(productionId);
    try {
      IncidentView opened = incidents.open(productionId, new NewIncident(kind, severity(severity), where,
          when(happenedAt, production.timeZone()), whatHappened, people(injured, witnesses), null, Set.of(),
          Set.of(), scenes(sceneId)));
      redirect.addFlashAttribute("notice", said("incident.new.opened"));
      return "redirect:/productions/" + productionId + "/incidents/" + opened.id();
    } catch (InvalidInputException | AccessRefusedException e) {
      response.setStatus(e instanceof AccessRefusedException ? 403 : e instanceof ConflictException ? 409 : 400);
      model.addAttribute("problem", inWords(e));
      return form(productionId, model);
    }
  }

  // ---- anonymous, through the production's public link ----

  @AnonymousCallers
  @GetMapping("/public/incident/{token}")
  String publicForm(@PathVariable String token, Model model) {
    PublicProduction production = link.publicProduction(token);
    model.addAttribute("token", token);
    model.addAttribute("productionName", production.name());
    formModel(model, production.scenes());
    return "incident/public-new";
  }

  @AnonymousCallers
  @PostMapping("/public/incident/{token}")
  String openAnonymously(@PathVariable String token, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String severity, @RequestParam(required = false) String where,
      @RequestParam(required = false) String happenedAt, @RequestParam(required = false) String whatHappened,
      @RequestParam(required = false) String injured, @RequestParam(required = false) String witnesses,
      @RequestParam(required = false) String sceneId, Model model, HttpServletResponse response) {
    PublicProduction production = link.publicProduction(token);
    try {
      AnonymousReceipt receipt = incidents.openAnonymously(token, new NewAnonymousIncident(kind, severity(severity),
          where, when(happenedAt, production.timeZone()), whatHappened, people(injured, witnesses),
          scenes(sceneId)));
      model.addAttribute("receipt", receipt);
      return "incident/public-receipt";
    } catch (InvalidInputException e) {
      response.setStatus(e instanceof AnonymousLimitReached ? 429 : e instanceof ConflictException ? 409 : 400);
      model.addAttribute("problem", inWords(e));
      return publicForm(token, model);
    }
  }

  private static void formModel(Model model, List<Scene> scenes) {
    model.addAttribute("scenes", scenes);
    model.addAttribute("kinds", IncidentKind.values());
    model.addAttribute("severities", Severity.values());
  }

  /**
   * A field the form asks for, said as the form asks it in the reader's language
   * ({@code incident.form.refused.<field>} when it is missing); any other refusal as the service gave it.
   */
  private String inWords(RuntimeException e) {
    if (e instanceof InvalidInputException invalid && "Required".equals(invalid.rule())) {
      String asked = messages.getMessage("incident.form.refused." + invalid.field(), null, null,
          LocaleContextHolder.getLocale());
      if (asked != null && !"happenedAt".equals(invalid.field())) {
        return asked;
      }
    }
    if (e instanceof InvalidInputException invalid && "happenedAt".equals(invalid.field())) {
      return said("NotInTheFuture".equals(invalid.rule()) ? "incident.form.refused.happenedAt.NotInTheFuture"
          : "incident.form.refused.happenedAt");
    }
    if (e instanceof InvalidInputException invalid) {
      return invalid.forReader();
    }
    return e instanceof AccessRefusedException refused ? refused.forReader() : e.getMessage();
  }

  /** Words of the page in the reader's language. */
  private String said(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  private static Severity severity(String value) {
    return choice(Severity.class, "severity", value, Severity::valueOf);
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String field, String value, Function<String, E> of) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return of.apply(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "OneOf", field + " must be one of the choices offered")
          .saying("input.incident.form.one-of", field);
    }
  }

  /** A date and time as the phone's picker sends it, on the production's clock; empty for now. */
  private static Instant when(String value, ZoneId zone) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("happenedAt", "Format", "happenedAt must be a date and a time")
          .saying("input.incident.form.happened-at");
    }
  }

  /** Who was hurt and who saw it, by name, one to a line or separated by commas. */
  private static List<PersonInput> people(String injured, String witnesses) {
    List<PersonInput> people = new ArrayList<>();
    names(injured).forEach(name -> people.add(new PersonInput(null, name, Involvement.INJURED)));
    names(witnesses).forEach(name -> people.add(new PersonInput(null, name, Involvement.WITNESS)));
    return people;
  }

  private static List<String> names(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(typed.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Set<UUID> scenes(String sceneId) {
    if (sceneId == null || sceneId.isBlank()) {
      return Set.of();
    }
    try {
      return Set.of(UUID.fromString(sceneId.strip()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("sceneIds", "Exists", "no such scene on this production")
          .saying("input.incident.form.no-scene");
    }
  }
}
