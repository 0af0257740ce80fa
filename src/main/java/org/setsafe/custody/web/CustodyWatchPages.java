package org.setsafe.custody.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.SecondRoles;
import org.setsafe.custody.domain.CustodyEvents.SecondRoleAuthorised;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.shared.InvalidInputException;
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
 * The armorer's second roles on a phone or laptop: the overrides producers recorded, and for a producer the form
 * to record one, in writing. Anyone else who tries is refused, and the refusal is on record.
 */
@Controller
class CustodyWatchPages {

  private static final String PAGE = "/productions/{productionId}/custody/second-roles";
  private static final Set<CrewRole> ARMORER_ROLES = EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER);

  private final SecondRoles secondRoles;
  private final Productions productions;
  private final Schedule schedule;
  private final ProductionAccess access;

  CustodyWatchPages(SecondRoles secondRoles, Productions productions, Schedule schedule, ProductionAccess access) {
    this.secondRoles = secondRoles;
    this.productions = productions;
    this.schedule = schedule;
    this.access = access;
  }

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
        redirect.addFlashAttribute("notice", "Override recorded: " + done.secondRole().label() + " on " + done.day()
            + ". The crew page will now accept it.");
        return "redirect:/productions/" + productionId + "/custody/second-roles";
      } catch (RuleRefusedException e) {
        model.addAttribute("refusal", CustodyPages.Refused.of(e));
      } catch (InvalidInputException e) {
        String field = switch (e.field()) {
          case "armorerId" -> "armorer";
          case "secondRole", "day", "reason" -> e.field();
          default -> "reason";
        };
        result.rejectValue(field, e.rule(), e.getMessage());
      }
    }
    return show(production, model);
  }

  private String show(Production production, Model model) {
    List<Member> crew = productions.members(production.id());
    model.addAttribute("production", production);
    model.addAttribute("view", new CustodyView(production, crew));
    model.addAttribute("overrides", secondRoles.authorised(production.id()));
    // The armorer's second role, and the safety advisor's or 1st AD's (custody.safety-roles-apart).
    model.addAttribute("armorers", crew.stream().filter(m -> m.roles().stream().anyMatch(ARMORER_ROLES::contains)
        || m.holds(CrewRole.SAFETY_ADVISOR) || m.holds(CrewRole.FIRST_AD)).toList());
    model.addAttribute("roles", Arrays.stream(CrewRole.values()).filter(r -> r != CrewRole.SAFETY_ADVISOR).toList());
    model.addAttribute("producer", SignedInUser.current().flatMap(me -> productions.rolesOf(production.id(), me.id()))
        .map(roles -> roles.contains(CrewRole.PRODUCER)).orElse(false));
    return "custody/second-roles";
  }

  record OverrideForm(@NotNull UUID armorer, @NotNull CrewRole secondRole,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @NotBlank @Size(max = 2000) String reason) {}
}
