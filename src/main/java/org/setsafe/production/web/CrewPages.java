package org.setsafe.production.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Permission;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.production.RefusalFixes;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.RuleRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who is on the production, and (for producers and UPMs) adding, changing and removing them. */
@Controller
class CrewPages {

  private final Productions productions;
  private final ProductionAccess access;
  private final RefusalFixes refusals;
  private final MessageSource messages;

  CrewPages(Productions productions, ProductionAccess access, RefusalFixes refusals, MessageSource messages) {
    this.productions = productions;
    this.access = access;
    this.refusals = refusals;
    this.messages = messages;
  }

  /** A notice in the reader's language (i18n/production). */
  private String words(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }

  @GetMapping("/productions/{productionId}/crew")
  String crew(@PathVariable UUID productionId, Model model) {
    model.addAttribute("memberForm", new MemberForm("", List.of(), ""));
    return show(productionId, model);
  }

  @PostMapping("/productions/{productionId}/crew")
  String add(@PathVariable UUID productionId, @Valid @ModelAttribute("memberForm") MemberForm form,
      BindingResult result, Model model, RedirectAttributes redirect) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    if (!result.hasErrors()) {
      try {
        Member added = productions.addMember(productionId, form.username(), roles(form.roles()), form.department());
        redirect.addFlashAttribute("notice", words("production.crew.added", added.displayName()));
        return "redirect:/productions/" + productionId + "/crew";
      } catch (RuleRefusedException e) {
        // In words with who can fix it and where, as every page shows a rule's refusal; the code stays in the API.
        model.addAttribute("refusal", refusals.onPage(e, null));
      } catch (InvalidInputException e) {
        result.rejectValue(e.field(), e.rule(), e.forReader());
      }
    }
    return show(productionId, model);
  }

  @GetMapping("/productions/{productionId}/crew/{userId}")
  String member(@PathVariable UUID productionId, @PathVariable UUID userId, Model model) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    Member member = productions.members(productionId).stream().filter(m -> m.userId().equals(userId)).findFirst()
        .orElseThrow(() -> new org.setsafe.shared.NotFoundException("No such crew member on this production.")
            .saying("input.production.not-found.crew-member"));
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("member", member);
    model.addAttribute("changeForm", new ChangeForm(List.copyOf(member.roles()), member.department()));
    model.addAttribute("roles", CrewRole.values());
    return "production/member";
  }

  @PostMapping("/productions/{productionId}/crew/{userId}")
  String change(@PathVariable UUID productionId, @PathVariable UUID userId,
      @Valid @ModelAttribute("changeForm") ChangeForm form, BindingResult result, Model model,
      RedirectAttributes redirect) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    if (!result.hasErrors()) {
      try {
        Member changed = productions.changeMember(productionId, userId, roles(form.roles()), form.department());
        redirect.addFlashAttribute("notice", words("production.crew.saved", changed.displayName()));
        return "redirect:/productions/" + productionId + "/crew";
      } catch (RuleRefusedException e) {
        // In words with who can fix it and where, as every page shows a rule's refusal; the code stays in the API.
        model.addAttribute("refusal", refusals.onPage(e, null));
      } catch (InvalidInputException e) {
        result.rejectValue(e.field(), e.rule(), e.forReader());
      }
    }
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("member", productions.members(productionId).stream()
        .filter(m -> m.userId().equals(userId)).findFirst().orElseThrow());
    model.addAttribute("roles", CrewRole.values());
    return "production/member";
  }

  @PostMapping("/productions/{productionId}/crew/{userId}/remove")
  String remove(@PathVariable UUID productionId, @PathVariable UUID userId, RedirectAttributes redirect) {
    try {
      productions.removeMember(productionId, userId);
      redirect.addFlashAttribute("notice", words("production.crew.removed"));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.forReader());
    }
    return "redirect:/productions/" + productionId + "/crew";
  }

  private String show(UUID productionId, Model model) {
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("crew", productions.members(productionId));
    model.addAttribute("roles", CrewRole.values());
    model.addAttribute("canManage", access.allows(productionId, Permission.MANAGE_MEMBERS));
    return "production/crew";
  }

  private static Set<CrewRole> roles(List<CrewRole> chosen) {
    return chosen == null || chosen.isEmpty() ? EnumSet.noneOf(CrewRole.class) : EnumSet.copyOf(chosen);
  }

  record MemberForm(@NotBlank @Size(max = 64) String username, @NotEmpty List<CrewRole> roles,
      @Size(max = Productions.MAX_DEPARTMENT) String department) {}

  record ChangeForm(@NotEmpty List<CrewRole> roles, @Size(max = Productions.MAX_DEPARTMENT) String department) {}
}
