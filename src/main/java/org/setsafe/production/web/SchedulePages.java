package org.setsafe.production.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.ConcernsAtAGlance;
import org.setsafe.production.Permission;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Shooting days and scenes: the 1st AD's and the UPM's schedule. */
@Controller
class SchedulePages {

  private final Productions productions;
  private final Schedule schedule;
  private final ProductionAccess access;
  private final ObjectProvider<ConcernsAtAGlance> concerns;

  SchedulePages(Productions productions, Schedule schedule, ProductionAccess access,
      ObjectProvider<ConcernsAtAGlance> concerns) {
    this.productions = productions;
    this.schedule = schedule;
    this.access = access;
    this.concerns = concerns;
  }

  @GetMapping("/productions/{productionId}/schedule")
  String schedule(@PathVariable UUID productionId, Model model) {
    model.addAttribute("dayForm", new DayForm(null, LocalTime.of(6, 0), ""));
    model.addAttribute("sceneForm", new SceneForm("", "", null));
    return show(productionId, model);
  }

  @PostMapping("/productions/{productionId}/schedule/days")
  String addDay(@PathVariable UUID productionId, @Valid @ModelAttribute("dayForm") DayForm form, BindingResult result,
      Model model, RedirectAttributes redirect) {
    access.require(productionId, Permission.MANAGE_SCHEDULE);
    if (!result.hasErrors()) {
      try {
        schedule.scheduleDay(productionId, form.date(), form.callTime(), form.location());
        redirect.addFlashAttribute("notice", "Shooting day " + form.date() + " scheduled.");
        return "redirect:/productions/" + productionId + "/schedule";
      } catch (InvalidInputException e) {
        result.rejectValue(e.field(), e.rule(), e.getMessage());
      }
    }
    model.addAttribute("sceneForm", new SceneForm("", "", null));
    return show(productionId, model);
  }

  @PostMapping("/productions/{productionId}/schedule/scenes")
  String addScene(@PathVariable UUID productionId, @Valid @ModelAttribute("sceneForm") SceneForm form,
      BindingResult result, Model model, RedirectAttributes redirect) {
    access.require(productionId, Permission.MANAGE_SCHEDULE);
    if (!result.hasErrors()) {
      try {
        schedule.addScene(productionId, form.number(), form.description(), form.day());
        redirect.addFlashAttribute("notice", "Scene " + form.number().strip() + " added.");
        return "redirect:/productions/" + productionId + "/schedule";
      } catch (InvalidInputException e) {
        result.rejectValue("shootingDayId".equals(e.field()) ? "day" : e.field(), e.rule(), e.getMessage());
      }
    }
    model.addAttribute("dayForm", new DayForm(null, LocalTime.of(6, 0), ""));
    return show(productionId, model);
  }

  private String show(UUID productionId, Model model) {
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("days", schedule.days(productionId));
    model.addAttribute("scenes", schedule.scenes(productionId));
    model.addAttribute("canManage", access.allows(productionId, Permission.MANAGE_SCHEDULE));
    ConcernsAtAGlance safety = concerns.getIfAvailable();
    model.addAttribute("stoppedSceneIds", safety == null ? Set.of() : safety.of(productionId).stoppedSceneIds());
    return "production/schedule";
  }

  record DayForm(
      @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime callTime,
      @NotBlank @Size(max = Schedule.MAX_LOCATION) String location) {}

  record SceneForm(
      @NotBlank @Size(max = Schedule.MAX_SCENE_NUMBER) String number,
      @NotBlank @Size(max = Schedule.MAX_DESCRIPTION) String description,
      UUID day) {}
}
