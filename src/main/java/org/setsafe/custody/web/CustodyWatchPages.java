package org.setsafe.custody.web;

import java.time.Clock;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.SecondRoles;
import org.setsafe.custody.UnattendedWatch;
import org.setsafe.custody.WatchSettings;
import org.setsafe.custody.domain.CustodyEvent;
import org.setsafe.custody.domain.CustodyEvents.DayNotReconciled;
import org.setsafe.custody.domain.CustodyEvents.LockUpOverdue;
import org.setsafe.custody.domain.CustodyEvents.SecondRoleAuthorised;
import org.setsafe.custody.domain.CustodyEvents.WeaponLeftUnattended;
import org.setsafe.custody.domain.DayFindings;
import org.setsafe.custody.domain.UnattendedWords;
import org.setsafe.custody.domain.WatchCheckpoint;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.RuleRefusedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The watch on a phone or laptop. The never-unattended page: what the watch raised today (weapons not locked up at
 * the meal break or wrap, idle out of lock-up, still out after the grace, wraps waiting for the count), in the
 * crew's words and the production's time, with the limits in force and, for a producer, UPM or the safety advisor,
 * the form to shorten the lock-up grace. And the armorer's second roles: the overrides producers recorded, and for
 * a producer the form to record one, in writing. Anyone else who tries either is refused, and the refusal is on
 * record.
 */
@Controller
class CustodyWatchPages {

  private static final String PAGE = "/productions/{productionId}/custody/second-roles";
  private static final String WATCH = "/productions/{productionId}/custody/watch";
  private static final Set<CrewRole> ARMORER_ROLES = EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER);
  private static final Set<CrewRole> SETTERS = EnumSet.of(CrewRole.PRODUCER, CrewRole.UPM, CrewRole.SAFETY_ADVISOR);

  private final SecondRoles secondRoles;
  private final UnattendedWatch watch;
  private final WatchSettings settings;
  private final Productions productions;
  private final Schedule schedule;
  private final ProductionAccess access;
  /** Whose "today" decides whether a time on a page carries its date: the production's, not the server's. */
  private final Clock clock;

  CustodyWatchPages(SecondRoles secondRoles, UnattendedWatch watch, WatchSettings settings, Productions productions,
      Schedule schedule, ProductionAccess access, Clock clock) {
    this.secondRoles = secondRoles;
    this.watch = watch;
    this.settings = settings;
    this.productions = productions;
    this.schedule = schedule;
    this.access = access;
    this.clock = clock;
  }

  // ---- never unattended ----

  @GetMapping(WATCH)
  String watch(@PathVariable UUID productionId, Model model) {
    Production production = access.require(productionId, Permission.VIEW);
    WatchSettings.Limits limits = settings.limits(productionId);
    model.addAttribute("graceForm", new GraceForm(limits.productionLockUpGraceMinutes() == null ? null
        : (int) limits.lockUpGraceMinutes()));
    return showWatch(production, limits, model);
  }

  @PostMapping(WATCH)
  String setGrace(@PathVariable UUID productionId, @Valid @ModelAttribute("graceForm") GraceForm form,
      BindingResult result, Model model, RedirectAttributes redirect) {
    Production production = access.require(productionId, Permission.VIEW);
    if (!result.hasErrors()) {
      try {
        WatchSettings.Limits limits = settings.setLockUpGrace(productionId, form.minutes());
        redirect.addFlashAttribute("notice", CustodyWords.say("custody.notice.grace-set", String.valueOf(limits.lockUpGraceMinutes())));
        return "redirect:/productions/" + productionId + "/custody/watch";
      } catch (RuleRefusedException e) {
        model.addAttribute("refusal", CustodyView.refused(e));
      } catch (InvalidInputException e) {
        result.rejectValue("minutes", e.rule(), e.forReader());
      }
    }
    return showWatch(production, settings.limits(productionId), model);
  }

  private String showWatch(Production production, WatchSettings.Limits limits, Model model) {
    CustodyView view = new CustodyView(production, productions.members(production.id()), clock);
    model.addAttribute("production", production);
    model.addAttribute("view", view);
    model.addAttribute("limits", limits);
    model.addAttribute("findings", watch.raisedToday(production.id()).stream().map(fact -> finding(view, fact))
        .toList());
    model.addAttribute("setter", SignedInUser.current().flatMap(me -> productions.rolesOf(production.id(), me.id()))
        .map(roles -> roles.stream().anyMatch(SETTERS::contains)).orElse(false));
    return "custody/watch";
  }

  /** One thing the watch raised, in the crew's words: when (production time), what, and the detail. */
  record Finding(String when, String what, String detail, boolean report) {}

  /**
   * The English is what the page has always said; the words of another language come from the bundle and from the
   * parts each fact keeps beside its English (an alert's reason, a day's findings). A fact recorded before its parts
   * were kept shows its detail as recorded.
   */
  static Finding finding(CustodyView view, CustodyEvent fact) {
    if (fact instanceof WeaponLeftUnattended alert) {
      boolean idle = UnattendedWatch.idleAlert(alert);
      // As the page always read it: anything but the meal break is wrap.
      boolean wrap = WatchCheckpoint.of(alert.checkpoint()).kind() != WatchCheckpoint.Kind.MEAL_BREAK;
      Said what = idle ? Said.of("custody.found.what.idle") : Said.of("custody.found.what.at",
          Said.of("custody.holds.alert.checkpoint." + (wrap ? "wrap" : "meal-break")));
      String english = idle ? "Out of lock-up, nobody took a step with it"
          : "Not locked up at " + (wrap ? "wrap" : "the meal break");
      if (alert.holderId() != null) {
        String holder = view.name(alert.holderId());
        what = Said.of("custody.found.what.with", what, holder);
        english += " (with " + holder + ")";
      }
      return new Finding(view.time(alert.occurredAt()), CustodyWords.say(what, english), view.unattendedReason(alert),
          false);
    }
    if (fact instanceof LockUpOverdue overdue) {
      return new Finding(view.time(overdue.occurredAt()), CustodyWords.say(Said.of("custody.found.what.overdue"),
          "Still not locked up: hazard report opened"),
          CustodyWords.say(UnattendedWords.saying(overdue.parts(), overdue.reason()), overdue.reason()), true);
    }
    if (fact instanceof DayNotReconciled day) {
      boolean atWrap = WatchCheckpoint.of(day.checkpoint()).kind() == WatchCheckpoint.Kind.WRAP;
      return new Finding(view.time(day.occurredAt()), atWrap
          ? CustodyWords.say(Said.of("custody.found.what.wrap"), "Wrap: the rounds do not reconcile")
          : CustodyWords.say(Said.of("custody.found.what.day-end"), "Day not closed after wrap"),
          CustodyWords.say(DayFindings.saying(day.parts(), day.findings()), day.findings()), true);
    }
    return new Finding(view.time(fact.occurredAt()), CustodyView.kindInWords(fact.kind()), "", false);
  }

  // ---- the armorer's second roles ----

  @GetMapping(PAGE)
  String page(@PathVariable UUID productionId, Model model) {
    Production production = access.require(productionId, Permission.VIEW);
    model.addAttribute("overrideForm", new OverrideForm(null, null, schedule.today(production), ""));
    return show(production, model);
  }

  @PostMapping(PAGE)
  String authorise(@PathVariable UUID productionId, @Valid @ModelAttribute("overrideForm") OverrideForm form,
      BindingResult result, Model model, RedirectAttributes redirect) {
    Production production = access.require(productionId, Permission.VIEW);
    if (!result.hasErrors()) {
      try {
        SecondRoleAuthorised done = secondRoles.authorise(productionId, form.armorer(), form.secondRole(), form.day(),
            form.reason());
        redirect.addFlashAttribute("notice", CustodyWords.say("custody.notice.override",
            CustodyWords.say("crew.role." + done.secondRole().name()), String.valueOf(done.day())));
        return "redirect:/productions/" + productionId + "/custody/second-roles";
      } catch (RuleRefusedException e) {
        model.addAttribute("refusal", CustodyView.refused(e));
      } catch (InvalidInputException e) {
        String field = switch (e.field()) {
          case "armorerId" -> "armorer";
          case "secondRole", "day", "reason" -> e.field();
          default -> "reason";
        };
        result.rejectValue(field, e.rule(), e.forReader());
      }
    }
    return show(production, model);
  }

  private String show(Production production, Model model) {
    List<Member> crew = productions.members(production.id());
    model.addAttribute("production", production);
    model.addAttribute("view", new CustodyView(production, crew, clock));
    model.addAttribute("overrides", secondRoles.authorised(production.id()));
    // The armorer's second role, and the safety advisor's or 1st AD's (custody.safety-roles-apart).
    model.addAttribute("armorers", crew.stream().filter(m -> m.roles().stream().anyMatch(ARMORER_ROLES::contains)
        || m.holds(CrewRole.SAFETY_ADVISOR) || m.holds(CrewRole.FIRST_AD)).toList());
    model.addAttribute("roles", Arrays.stream(CrewRole.values()).filter(r -> r != CrewRole.SAFETY_ADVISOR).toList());
    model.addAttribute("producer", SignedInUser.current().flatMap(me -> productions.rolesOf(production.id(), me.id()))
        .map(roles -> roles.contains(CrewRole.PRODUCER)).orElse(false));
    return "custody/second-roles";
  }

  /** The production's lock-up grace in minutes; empty goes back to the installation's. */
  record GraceForm(@Min(1) @Max(1440) Integer minutes) {}

  record OverrideForm(@NotNull UUID armorer, @NotNull CrewRole secondRole,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @NotBlank @Size(max = 2000) String reason) {}
}
