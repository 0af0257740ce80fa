package org.setsafe.production.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.ConcernsAtAGlance;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Hazard;
import org.setsafe.production.Member;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Shooting days and scenes: the 1st AD's and the UPM's schedule. */
@Controller
class SchedulePages {

  private final Productions productions;
  private final Schedule schedule;
  private final ProductionAccess access;
  private final ObjectProvider<ConcernsAtAGlance> concerns;
  private final MessageSource messages;

  SchedulePages(Productions productions, Schedule schedule, ProductionAccess access,
      ObjectProvider<ConcernsAtAGlance> concerns, MessageSource messages) {
    this.productions = productions;
    this.schedule = schedule;
    this.access = access;
    this.concerns = concerns;
    this.messages = messages;
  }

  /** A notice in the reader's language (i18n/production). */
  private String words(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }

  @GetMapping("/productions/{productionId}/schedule")
  String schedule(@PathVariable UUID productionId, Model model) {
    model.addAttribute("dayForm", new DayForm(null, LocalTime.of(6, 0), "", null, null));
    model.addAttribute("sceneForm", new SceneForm("", "", null));
    return show(productionId, model);
  }

  @PostMapping("/productions/{productionId}/schedule/days")
  String addDay(@PathVariable UUID productionId, @Valid @ModelAttribute("dayForm") DayForm form, BindingResult result,
      Model model, RedirectAttributes redirect) {
    access.require(productionId, Permission.MANAGE_SCHEDULE);
    if (!result.hasErrors()) {
      try {
        schedule.scheduleDay(productionId, form.date(), form.callTime(), form.location(), form.mealBreak(), form.wrap());
        redirect.addFlashAttribute("notice", words("production.schedule.day-scheduled", form.date().toString()));
        return "redirect:/productions/" + productionId + "/schedule";
      } catch (InvalidInputException e) {
        result.rejectValue(e.field(), e.rule(), e.forReader());
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
        redirect.addFlashAttribute("notice", words("production.schedule.scene-added", form.number().strip()));
        return "redirect:/productions/" + productionId + "/schedule";
      } catch (InvalidInputException e) {
        result.rejectValue("shootingDayId".equals(e.field()) ? "day" : e.field(), e.rule(), e.forReader());
      }
    }
    model.addAttribute("dayForm", new DayForm(null, LocalTime.of(6, 0), "", null, null));
    return show(productionId, model);
  }

  @PostMapping("/productions/{productionId}/schedule/days/{dayId}/plan")
  String planDay(@PathVariable UUID productionId, @PathVariable UUID dayId, @ModelAttribute PlanForm form,
      RedirectAttributes redirect) {
    try {
      ShootingDay day = schedule.planDay(productionId, dayId, form.mealBreak(), form.wrap());
      redirect.addFlashAttribute("notice", words("production.schedule.day-planned", day.date().toString()));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.forReader());
    }
    return "redirect:/productions/" + productionId + "/schedule";
  }

  @PostMapping("/productions/{productionId}/schedule/meal-break")
  String callMealBreak(@PathVariable UUID productionId, RedirectAttributes redirect) {
    try {
      schedule.callMealBreak(productionId);
      redirect.addFlashAttribute("notice", words("production.schedule.meal-break.notice"));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.forReader());
    }
    return "redirect:/productions/" + productionId + "/schedule";
  }

  @PostMapping("/productions/{productionId}/schedule/wrap")
  String callWrap(@PathVariable UUID productionId, RedirectAttributes redirect) {
    try {
      schedule.callWrap(productionId);
      redirect.addFlashAttribute("notice", words("production.schedule.wrap.notice"));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.forReader());
    }
    return "redirect:/productions/" + productionId + "/schedule";
  }

  /**
   * The scene for everyone on the production (the armorer reaches its weapon plan and risk assessment from here);
   * its hazards and cast can be changed only by those who manage the schedule.
   */
  @GetMapping("/productions/{productionId}/schedule/scenes/{sceneId}")
  String scene(@PathVariable UUID productionId, @PathVariable UUID sceneId, Model model) {
    access.require(productionId, Permission.VIEW);
    Scene scene = schedule.scene(productionId, sceneId);
    model.addAttribute("castForm", new CastForm(List.copyOf(scene.cast()), scene.cameraHeadId()));
    return showScene(productionId, scene, model);
  }

  @PostMapping("/productions/{productionId}/schedule/scenes/{sceneId}/cast")
  String nameCast(@PathVariable UUID productionId, @PathVariable UUID sceneId,
      @ModelAttribute("castForm") CastForm form, BindingResult result, Model model, RedirectAttributes redirect) {
    access.require(productionId, Permission.MANAGE_SCHEDULE);
    try {
      Scene scene = schedule.nameCast(productionId, sceneId, form.cast() == null ? null : Set.copyOf(form.cast()),
          form.cameraHead());
      redirect.addFlashAttribute("notice", words("production.scene.cast.saved", scene.number()));
      return "redirect:/productions/" + productionId + "/schedule";
    } catch (InvalidInputException e) {
      result.rejectValue("cameraHeadId".equals(e.field()) ? "cameraHead" : "cast", e.rule(), e.forReader());
    }
    return showScene(productionId, schedule.scene(productionId, sceneId), model);
  }

  /** The script breakdown marks what the scene holds: firearms, stunts, pyrotechnics, ... */
  @PostMapping("/productions/{productionId}/schedule/scenes/{sceneId}/hazards")
  String markHazards(@PathVariable UUID productionId, @PathVariable UUID sceneId,
      @RequestParam(name = "hazards", required = false) List<Hazard> hazards, RedirectAttributes redirect) {
    Scene scene = schedule.markHazards(productionId, sceneId, hazards == null ? Set.of() : Set.copyOf(hazards));
    redirect.addFlashAttribute("notice", scene.hazards().isEmpty()
        ? words("production.scene.hazards.marked.none", scene.number())
        : words("production.scene.hazards.marked", scene.number(), scene.hazards().stream()
            .map(h -> words("hazard." + h.name())).collect(java.util.stream.Collectors.joining(", "))));
    return "redirect:/productions/" + productionId + "/schedule/scenes/" + sceneId;
  }

  private String showScene(UUID productionId, Scene scene, Model model) {
    List<Member> crew = productions.members(productionId);
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("scene", scene);
    model.addAttribute("hazards", Hazard.onScenes());
    model.addAttribute("performers", crew.stream().filter(m -> m.holds(CrewRole.PERFORMER)).toList());
    model.addAttribute("crew", crew);
    model.addAttribute("names", crew.stream().collect(java.util.stream.Collectors.toMap(Member::userId,
        Member::displayName, (a, b) -> a)));
    model.addAttribute("canManage", access.allows(productionId, Permission.MANAGE_SCHEDULE));
    return "production/scene";
  }

  private String show(UUID productionId, Model model) {
    Production production = productions.get(productionId);
    List<ShootingDay> days = schedule.days(productionId);
    model.addAttribute("production", production);
    model.addAttribute("days", days);
    model.addAttribute("scenes", schedule.scenes(productionId));
    model.addAttribute("names", productions.members(productionId).stream()
        .collect(java.util.stream.Collectors.toMap(Member::userId, Member::displayName)));
    Optional<ShootingDay> today = days.stream().filter(d -> d.date().equals(schedule.today(production))).findFirst();
    model.addAttribute("todaysDay", today.orElse(null));
    model.addAttribute("zone", production.timeZone());
    model.addAttribute("canManage", access.allows(productionId, Permission.MANAGE_SCHEDULE));
    ConcernsAtAGlance safety = concerns.getIfAvailable();
    ConcernsAtAGlance.Glance glance = safety == null ? null : safety.of(productionId);
    model.addAttribute("stoppedSceneIds", glance == null ? Set.of() : glance.productionStopped()
        ? schedule.scenes(productionId).stream().map(Scene::id).collect(java.util.stream.Collectors.toSet())
        : glance.stoppedSceneIds());
    return "production/schedule";
  }

  record DayForm(
      @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime callTime,
      @NotBlank @Size(max = Schedule.MAX_LOCATION) String location,
      @DateTimeFormat(pattern = "HH:mm") LocalTime mealBreak,
      @DateTimeFormat(pattern = "HH:mm") LocalTime wrap) {}

  record PlanForm(@DateTimeFormat(pattern = "HH:mm") LocalTime mealBreak,
      @DateTimeFormat(pattern = "HH:mm") LocalTime wrap) {}

  record CastForm(List<UUID> cast, UUID cameraHead) {}

  record SceneForm(
      @NotBlank @Size(max = Schedule.MAX_SCENE_NUMBER) String number,
      @NotBlank @Size(max = Schedule.MAX_DESCRIPTION) String description,
      UUID day) {}
}
