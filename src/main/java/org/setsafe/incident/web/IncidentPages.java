package org.setsafe.incident.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.incident.Incidents;
import org.setsafe.incident.Incidents.IncidentView;
import org.setsafe.incident.Statements;
import org.setsafe.incident.Statements.Correction;
import org.setsafe.incident.Statements.ForWitness;
import org.setsafe.incident.Statements.StatementView;
import org.setsafe.incident.Statements.Words;
import org.setsafe.production.CrewList;
import org.setsafe.production.Member;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.SubjectNames;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incidents on a phone: the production's incidents, one incident (what happened, the evidence pinned, the holds,
 * the physical evidence), and its witness statements: give your own, record one for a witness, read one with every
 * version, confirm one recorded for you, correct one. Everything goes through the same services as the API; a
 * refusal shows the form again with what was typed and the reason, under its 4xx status, and nothing is written.
 */
@Controller
class IncidentPages {

  private static final String INCIDENTS = "/productions/{productionId}/incidents";
  private static final String INCIDENT = INCIDENTS + "/{incidentId}";
  private static final String STATEMENTS = INCIDENT + "/statements";
  private static final String STATEMENT = STATEMENTS + "/{statementId}";

  private final Incidents incidents;
  private final Statements statements;
  private final Productions productions;
  private final CrewList crew;
  private final List<SubjectNames> names;
  private final MessageSource messages;

  IncidentPages(Incidents incidents, Statements statements, Productions productions, CrewList crew,
      List<SubjectNames> names, MessageSource messages) {
    this.messages = messages;
    this.incidents = incidents;
    this.statements = statements;
    this.productions = productions;
    this.crew = crew;
    this.names = names;
  }

  @GetMapping(INCIDENTS)
  String list(@PathVariable UUID productionId, Model model) {
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("incidents", incidents.incidents(productionId));
    return "incident/list";
  }

  @GetMapping(INCIDENT)
  String incident(@PathVariable UUID productionId, @PathVariable UUID incidentId, Model model) {
    Production production = productions.get(productionId);
    IncidentView incident = incidents.incident(productionId, incidentId);
    model.addAttribute("production", production);
    model.addAttribute("incident", incident);
    Map<UUID, String> held = new HashMap<>();
    incident.holds().forEach(h -> {
      if (h.weaponId() != null) {
        held.put(h.weaponId(), name(productionId, "weapon", h.weaponId()).orElse(said("incident.incident.held.weapon")));
      }
      if (h.lotId() != null) {
        held.put(h.lotId(), name(productionId, "lot", h.lotId()).orElse(said("incident.incident.held.lot")));
      }
      if (h.sceneId() != null) {
        // "Sc. 42A", as the call sheet heads a scene, in the reader's language.
        held.put(h.sceneId(), name(productionId, "scene", h.sceneId())
            .map(n -> n.startsWith("scene ") ? said("scene.short", n.substring("scene ".length())) : n)
            .orElse(said("incident.incident.held.scene")));
      }
    });
    model.addAttribute("held", held);
    statementButtons(productionId, incidentId, model);
    return "incident/incident";
  }

  @GetMapping(STATEMENTS)
  String statements(@PathVariable UUID productionId, @PathVariable UUID incidentId, Model model,
      HttpServletResponse response) {
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("incident", incidents.incident(productionId, incidentId));
    model.addAttribute("statements", statements.statements(productionId, incidentId));
    statementButtons(productionId, incidentId, model);
    noStore(response);
    return "incident/statements";
  }

  private void statementButtons(UUID productionId, UUID incidentId, Model model) {
    Optional<StatementView> mine = statements.mine(productionId, incidentId);
    model.addAttribute("mine", mine.orElse(null));
    model.addAttribute("onTheCrew", crew.member(productionId, me()).isPresent());
    model.addAttribute("investigator", statements.mayRecordFor(productionId));
  }

  // ---- give your statement ----

  @GetMapping(STATEMENTS + "/give")
  String giveForm(@PathVariable UUID productionId, @PathVariable UUID incidentId, Model model) {
    formModel(productionId, incidentId, "give", model);
    return "incident/statement-form";
  }

  @PostMapping(STATEMENTS + "/give")
  String give(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @RequestParam(required = false) String words, @RequestParam(required = false) String about, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      Production production = productions.get(productionId);
      StatementView given = statements.give(productionId, incidentId, new Words(words, instant(about, production)));
      redirect.addFlashAttribute("notice", said("incident.statement.given.notice"));
      return "redirect:" + statementAddress(productionId, incidentId, given.id());
    } catch (InvalidInputException | AccessRefusedException e) {
      return refused(e, productionId, incidentId, "give", model, response);
    }
  }

  // ---- record a statement for a witness ----

  @GetMapping(STATEMENTS + "/record")
  String recordForm(@PathVariable UUID productionId, @PathVariable UUID incidentId, Model model) {
    if (!statements.mayRecordFor(productionId)) {
      throw Statements.notRecordingFor();
    }
    formModel(productionId, incidentId, "record", model);
    return "incident/statement-form";
  }

  @PostMapping(STATEMENTS + "/record")
  String record(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @RequestParam(required = false) String witness, @RequestParam(required = false) String witnessName,
      @RequestParam(required = false) String words, @RequestParam(required = false) String about, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      Production production = productions.get(productionId);
      UUID witnessUserId = witness == null || witness.isBlank() ? null : uuid(witness);
      StatementView recorded = statements.recordFor(productionId, incidentId,
          new ForWitness(witnessUserId, witnessName, words, instant(about, production)));
      redirect.addFlashAttribute("notice", recorded.fromOutsideTheCrew() ? said("incident.statement.recorded.notice")
          : said("incident.statement.recorded.notice.to-confirm", recorded.witness()));
      return "redirect:" + statementAddress(productionId, incidentId, recorded.id());
    } catch (InvalidInputException | AccessRefusedException e) {
      return refused(e, productionId, incidentId, "record", model, response);
    }
  }

  // ---- one statement: read, confirm, correct ----

  @GetMapping(STATEMENT)
  String statement(@PathVariable UUID productionId, @PathVariable UUID incidentId, @PathVariable UUID statementId,
      Model model, HttpServletResponse response) {
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("incident", incidents.incident(productionId, incidentId));
    model.addAttribute("statement", statements.statement(productionId, incidentId, statementId));
    noStore(response);
    return "incident/statement";
  }

  @PostMapping(STATEMENT + "/confirm")
  String confirm(@PathVariable UUID productionId, @PathVariable UUID incidentId, @PathVariable UUID statementId,
      @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      statements.confirm(productionId, incidentId, statementId, version);
      redirect.addFlashAttribute("notice", said("incident.statement.confirmed.notice"));
      return "redirect:" + statementAddress(productionId, incidentId, statementId);
    } catch (InvalidInputException | AccessRefusedException e) {
      response.setStatus(statusOf(e));
      model.addAttribute("problem", reasonFor(e));
      return statement(productionId, incidentId, statementId, model, response);
    }
  }

  @GetMapping(STATEMENT + "/correct")
  String correctForm(@PathVariable UUID productionId, @PathVariable UUID incidentId, @PathVariable UUID statementId,
      Model model, HttpServletResponse response) {
    formModel(productionId, incidentId, "correct", model);
    StatementView statement = statements.statement(productionId, incidentId, statementId);
    model.addAttribute("statement", statement);
    noStore(response);
    return "incident/statement-form";
  }

  @PostMapping(STATEMENT + "/correct")
  String correct(@PathVariable UUID productionId, @PathVariable UUID incidentId, @PathVariable UUID statementId,
      @RequestParam(required = false) Integer supersedes, @RequestParam(required = false) String words,
      @RequestParam(required = false) String about, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      Production production = productions.get(productionId);
      StatementView corrected = statements.correct(productionId, incidentId, statementId,
          new Correction(words, instant(about, production), supersedes));
      redirect.addFlashAttribute("notice", said("incident.statement.corrected.notice", corrected.latestVersion()));
      return "redirect:" + statementAddress(productionId, incidentId, statementId);
    } catch (InvalidInputException | AccessRefusedException e) {
      response.setStatus(statusOf(e));
      formModel(productionId, incidentId, "correct", model);
      model.addAttribute("statement", statements.statement(productionId, incidentId, statementId));
      model.addAttribute("problem", inWords(e));
      return "incident/statement-form";
    }
  }

  // ---- inside ----

  private String refused(RuntimeException e, UUID productionId, UUID incidentId, String mode, Model model,
      HttpServletResponse response) {
    response.setStatus(statusOf(e));
    formModel(productionId, incidentId, mode, model);
    model.addAttribute("problem", inWords(e));
    return "incident/statement-form";
  }

  private void formModel(UUID productionId, UUID incidentId, String mode, Model model) {
    Production production = productions.get(productionId);
    model.addAttribute("production", production);
    model.addAttribute("incident", incidents.incident(productionId, incidentId));
    // The page names itself from the mode: incident.statement-form.heading.<mode>.
    model.addAttribute("mode", mode);
    if ("record".equals(mode)) {
      model.addAttribute("crew", crew.members(productionId).stream()
          .sorted(java.util.Comparator.comparing(Member::displayName)).toList());
    }
  }

  /**
   * A field the form asks for, said as the form asks it in the reader's language
   * ({@code incident.statement-form.refused.<field>.<rule>}); any other refusal as the service gave it.
   */
  private String inWords(RuntimeException e) {
    if (e instanceof InvalidInputException invalid) {
      String asked = messages.getMessage("incident.statement-form.refused." + invalid.field() + "." + invalid.rule(),
          null, null, LocaleContextHolder.getLocale());
      if (asked != null) {
        return asked;
      }
    }
    return reasonFor(e);
  }

  /** An input problem or a refused access in the reader's words. */
  private static String reasonFor(RuntimeException e) {
    if (e instanceof InvalidInputException invalid) {
      return invalid.forReader();
    }
    return e instanceof AccessRefusedException refused ? refused.forReader() : e.getMessage();
  }

  /** Words of the page in the reader's language. */
  private String said(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  private static int statusOf(RuntimeException e) {
    return e instanceof AccessRefusedException ? 403 : e instanceof ConflictException ? 409 : 400;
  }

  /** When the witness says it happened, as typed on the production's clock (a phone's date and time picker). */
  private static Instant instant(String typed, Production production) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      ZoneId zone = production.timeZone();
      return LocalDateTime.parse(typed.strip()).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("about", "DateTime", "When it happened must be a date and a time, "
          + "such as 2026-12-05T10:42").saying("input.incident.statement.about");
    }
  }

  private static UUID uuid(String typed) {
    try {
      return UUID.fromString(typed.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("witnessUserId", "OnTheCrew", "Choose the witness from the crew list.")
          .saying("input.incident.statement.witness-from-list");
    }
  }

  private Optional<String> name(UUID productionId, String type, UUID id) {
    return names.stream().map(n -> n.name(productionId, type, id)).flatMap(Optional::stream).findFirst();
  }

  private static UUID me() {
    return SignedInUser.current().map(SignedInUser::id).orElse(null);
  }

  private static void noStore(HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
  }

  private static String statementAddress(UUID productionId, UUID incidentId, UUID statementId) {
    return "/productions/" + productionId + "/incidents/" + incidentId + "/statements/" + statementId;
  }
}
