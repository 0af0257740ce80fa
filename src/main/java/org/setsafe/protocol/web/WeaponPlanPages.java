package org.setsafe.protocol.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Armory.WeaponEntry;
import org.setsafe.production.Member;
import org.setsafe.production.Productions;
import org.setsafe.production.RefusalFixes;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.protocol.PlanDraft;
import org.setsafe.protocol.PlanDraft.LineDraft;
import org.setsafe.protocol.PlanDraft.LineOfFireDraft;
import org.setsafe.protocol.PlanDrafting;
import org.setsafe.protocol.PlanPermissions;
import org.setsafe.protocol.PlanSignOffs;
import org.setsafe.protocol.ScenePlan;
import org.setsafe.protocol.ScenePlan.InLine;
import org.setsafe.protocol.ScenePlan.Line;
import org.setsafe.protocol.ScenePlan.Version;
import org.setsafe.protocol.UnplannedRehearsals;
import org.setsafe.protocol.WeaponPlanCommand.CallRehearsal;
import org.setsafe.protocol.WeaponPlanCommand.ClearRehearsal;
import org.setsafe.protocol.WeaponPlanCommand.RecordPlan;
import org.setsafe.protocol.WeaponPlanCommand.SignPlan;
import org.setsafe.protocol.WeaponPlans;
import org.setsafe.protocol.domain.Protection;
import org.setsafe.protocol.domain.SignOffCapacity;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.RuleRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A scene's weapon plan on the phone: the version in force with its sign-offs (and why any lapsed), the earlier
 * versions, the sign buttons for the armorer and the safety advisor, the rehearsal call and its clearance; and
 * the edit form, which records a new version.
 */
@Controller
class WeaponPlanPages {

  private static final int SPARE_ROWS = 2;

  private final WeaponPlans plans;
  private final PlanPermissions permissions;
  private final PlanDrafting drafting;
  private final PlanSignOffs signOffs;
  private final UnplannedRehearsals rehearsals;
  private final Productions productions;
  private final Schedule schedule;
  private final Armory armory;
  private final RefusalFixes refusals;
  private final MessageSource messages;

  WeaponPlanPages(WeaponPlans plans, PlanPermissions permissions, PlanDrafting drafting, PlanSignOffs signOffs,
      UnplannedRehearsals rehearsals, Productions productions, Schedule schedule, Armory armory,
      RefusalFixes refusals, MessageSource messages) {
    this.messages = messages;
    this.refusals = refusals;
    this.plans = plans;
    this.permissions = permissions;
    this.drafting = drafting;
    this.signOffs = signOffs;
    this.rehearsals = rehearsals;
    this.productions = productions;
    this.schedule = schedule;
    this.armory = armory;
  }

  /** One weapon row of the edit form, as text. */
  record LineRow(String weapon, String performer, String pointed, String toward, String reason) {}

  /** One line-of-fire row of the edit form, as text. */
  record FireRow(String person, String thing, String protection, String distance) {}

  /** The edit form, as text, so what was typed comes back when it is refused. */
  record EditForm(String discharge, String load, String direction, List<LineRow> lines, List<FireRow> fire,
      String changeNote) {}

  @GetMapping("/productions/{productionId}/protocol/scenes/{sceneId}/plan")
  String plan(@PathVariable UUID productionId, @PathVariable UUID sceneId, Model model) {
    ScenePlan plan = plans.plan(productionId, sceneId);
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("plan", plan);
    model.addAttribute("mayEdit", permissions.mayEdit(productionId));
    model.addAttribute("capacities", permissions.capacitiesOfCaller(productionId));
    // A capacity whose sign-off on this version still counts is not offered again: the plan refuses a second one.
    model.addAttribute("toSign", permissions.capacitiesOfCaller(productionId).stream()
        .filter(c -> plan.current() == null || plan.current().signOffs().stream()
            .noneMatch(s -> s.capacity() == c && s.counts()))
        .toList());
    model.addAttribute("mayCallRehearsal", permissions.mayCallRehearsal(productionId));
    return "protocol/plan";
  }

  @GetMapping("/productions/{productionId}/protocol/scenes/{sceneId}/plan/edit")
  String edit(@PathVariable UUID productionId, @PathVariable UUID sceneId, Model model) {
    ScenePlan plan = plans.plan(productionId, sceneId);
    return showEdit(productionId, plan, formOf(plan.current()), null, model);
  }

  @PostMapping("/productions/{productionId}/protocol/scenes/{sceneId}/plan/edit")
  String save(@PathVariable UUID productionId, @PathVariable UUID sceneId,
      @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
    EditForm form = formOf(params);
    try {
      ScenePlan saved = drafting.record(productionId, new RecordPlan(sceneId, draftOf(form)));
      redirect.addFlashAttribute("notice", say("protocol.plan.recorded-notice", saved.current().version()));
      return "redirect:/productions/" + productionId + "/protocol/scenes/" + sceneId + "/plan";
    } catch (InvalidInputException e) {
      return showEdit(productionId, plans.plan(productionId, sceneId), form,
          e.forReader(), model);
    }
  }

  @PostMapping("/productions/{productionId}/protocol/scenes/{sceneId}/plan/sign")
  String sign(@PathVariable UUID productionId, @PathVariable UUID sceneId, @RequestParam(required = false) Integer version,
      @RequestParam(required = false) SignOffCapacity capacity, RedirectAttributes redirect) {
    try {
      signOffs.sign(productionId, new SignPlan(sceneId, version, capacity));
      redirect.addFlashAttribute("notice", say("protocol.plan.signed-notice"));
    } catch (RuleRefusedException e) {
      // Two people sign: the page says whose signature is missing instead of the rule's code.
      redirect.addFlashAttribute("refusal", refusals.onPage(e, sceneId));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.forReader());
    }
    return "redirect:/productions/" + productionId + "/protocol/scenes/" + sceneId + "/plan";
  }

  @PostMapping("/productions/{productionId}/protocol/scenes/{sceneId}/plan/rehearsal")
  String callRehearsal(@PathVariable UUID productionId, @PathVariable UUID sceneId,
      @RequestParam(required = false) String note, RedirectAttributes redirect) {
    try {
      rehearsals.call(productionId, new CallRehearsal(sceneId, note));
      redirect.addFlashAttribute("notice", say("protocol.plan.rehearsal-notice"));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.forReader());
    }
    return "redirect:/productions/" + productionId + "/protocol/scenes/" + sceneId + "/plan";
  }

  @PostMapping("/productions/{productionId}/protocol/scenes/{sceneId}/plan/rehearsal/clear")
  String clearRehearsal(@PathVariable UUID productionId, @PathVariable UUID sceneId,
      @RequestParam(required = false) SignOffCapacity capacity, @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    try {
      rehearsals.clear(productionId, new ClearRehearsal(sceneId, capacity, note));
      redirect.addFlashAttribute("notice", say("protocol.plan.cleared-notice"));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.forReader());
    }
    return "redirect:/productions/" + productionId + "/protocol/scenes/" + sceneId + "/plan";
  }

  private String showEdit(UUID productionId, ScenePlan plan, EditForm form, String problem, Model model) {
    if (!permissions.mayEdit(productionId)) {
      throw new org.setsafe.shared.AccessRefusedException(
          "Only the armorer, the property master or the safety advisor drafts or edits a weapon plan.")
          .saying("input.protocol.not-allowed.plan-edit");
    }
    Scene scene = schedule.scene(productionId, plan.sceneId());
    List<Member> crew = productions.members(productionId);
    List<WeaponEntry> weapons = armory.weapons(productionId);
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("plan", plan);
    model.addAttribute("form", form);
    model.addAttribute("problem", problem);
    model.addAttribute("weapons", weapons);
    model.addAttribute("cast", crew.stream().filter(m -> scene.cast().contains(m.userId())).toList());
    model.addAttribute("crew", crew);
    model.addAttribute("protections", Protection.values());
    model.addAttribute("noCast", scene.cast().isEmpty());
    return "protocol/plan-edit";
  }

  private static EditForm formOf(Version v) {
    List<LineRow> lines = new ArrayList<>();
    List<FireRow> fire = new ArrayList<>();
    if (v != null) {
      for (Line l : v.lines()) {
        lines.add(new LineRow(l.weaponId().toString(), l.performerId().toString(), l.pointed() ? "yes" : "no",
            l.pointedToward(), l.replicaReason()));
      }
      for (InLine e : v.lineOfFire()) {
        fire.add(new FireRow(e.personId() == null ? "" : e.personId().toString(), e.thing(), e.protection().name(),
            String.valueOf(e.distanceFeet())));
      }
    }
    return withSpareRows(new EditForm(v != null && v.discharge() ? "yes" : "no", v == null ? null : v.load(),
        v == null ? null : v.directionOfFire(), lines, fire, null));
  }

  private static EditForm withSpareRows(EditForm form) {
    List<LineRow> lines = new ArrayList<>(form.lines());
    List<FireRow> fire = new ArrayList<>(form.fire());
    for (int i = 0; i < SPARE_ROWS; i++) {
      lines.add(new LineRow("", "", "no", "", ""));
      fire.add(new FireRow("", "", "", ""));
    }
    return new EditForm(form.discharge(), form.load(), form.direction(), lines, fire, form.changeNote());
  }

  /** Rows come as parallel lists: every row sends every field, so the lists line up. */
  private static EditForm formOf(MultiValueMap<String, String> params) {
    List<String> weapon = list(params, "weapon");
    List<LineRow> lines = new ArrayList<>();
    for (int i = 0; i < weapon.size(); i++) {
      if (!weapon.get(i).isBlank()) {
        lines.add(new LineRow(weapon.get(i), at(params, "performer", i), at(params, "pointed", i),
            at(params, "toward", i), at(params, "reason", i)));
      }
    }
    List<String> person = list(params, "firePerson");
    List<FireRow> fire = new ArrayList<>();
    for (int i = 0; i < person.size(); i++) {
      String thing = at(params, "fireThing", i);
      if (!person.get(i).isBlank() || !thing.isBlank()) {
        fire.add(new FireRow(person.get(i), thing, at(params, "fireProtection", i), at(params, "fireDistance", i)));
      }
    }
    return withSpareRows(new EditForm(params.getFirst("discharge"), params.getFirst("load"),
        params.getFirst("direction"), lines, fire, params.getFirst("changeNote")));
  }

  private static PlanDraft draftOf(EditForm form) {
    List<LineDraft> lines = new ArrayList<>();
    int i = 0;
    for (LineRow row : form.lines()) {
      if (row.weapon() == null || row.weapon().isBlank()) {
        continue;
      }
      lines.add(new LineDraft(uuid("lines[" + i + "].weaponId", row.weapon()),
          uuid("lines[" + i + "].performerId", row.performer()), "yes".equals(row.pointed()), row.toward(),
          row.reason()));
      i++;
    }
    List<LineOfFireDraft> fire = new ArrayList<>();
    int j = 0;
    for (FireRow row : form.fire()) {
      boolean person = row.person() != null && !row.person().isBlank();
      boolean thing = row.thing() != null && !row.thing().isBlank();
      if (!person && !thing) {
        continue;
      }
      String at = "lineOfFire[" + j + "]";
      fire.add(new LineOfFireDraft(person ? uuid(at + ".personId", row.person()) : null, thing ? row.thing() : null,
          row.protection() == null || row.protection().isBlank() ? null : protection(at, row.protection()),
          feet(at, row.distance())));
      j++;
    }
    return new PlanDraft("yes".equals(form.discharge()), form.load(), form.direction(), lines, fire,
        form.changeNote());
  }

  private static List<String> list(MultiValueMap<String, String> params, String name) {
    List<String> values = params.get(name);
    return values == null ? List.of() : values;
  }

  private static String at(MultiValueMap<String, String> params, String name, int i) {
    List<String> values = list(params, name);
    return i < values.size() && values.get(i) != null ? values.get(i) : "";
  }

  private static UUID uuid(String field, String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "Type", field + " is not one of the choices")
          .saying("input.protocol.plan.not-a-choice", field);
    }
  }

  private static Protection protection(String at, String text) {
    try {
      return Protection.valueOf(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(at + ".protection", "Type", "choose a shield or remote operation")
          .saying("input.protocol.plan.protection-type");
    }
  }

  private static Integer feet(String at, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(at + ".distanceFeet", "Type", "the distance is a whole number of feet")
          .saying("input.protocol.plan.distance-type");
    }
  }

  /** A notice in the reader's language. */
  private String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
