package org.setsafe.escalation.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.escalation.EscalationBoard;
import org.setsafe.escalation.EscalationBoard.OpenEscalation;
import org.setsafe.escalation.EscalationPolicies;
import org.setsafe.escalation.domain.EscalationPolicy;
import org.setsafe.escalation.domain.Level;
import org.setsafe.escalation.domain.Target;
import org.setsafe.notify.DeliveryLog;
import org.setsafe.production.Permission;
import org.setsafe.production.OnSet;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.reporting.Severity;
import org.setsafe.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The escalation page: who hears of a report and when, per severity, with a form for the safety advisor, UPM and
 * producer; and every open report with the level it has reached.
 */
@Controller
class EscalationPages {

  private static final String PAGE = "/productions/{productionId}/escalation";

  private final EscalationPolicies policies;
  private final EscalationBoard board;
  private final ProductionAccess access;
  private final DeliveryLog deliveries;
  private final MessageSource messages;

  EscalationPages(EscalationPolicies policies, EscalationBoard board, ProductionAccess access,
      DeliveryLog deliveries, MessageSource messages) {
    this.policies = policies;
    this.board = board;
    this.access = access;
    this.deliveries = deliveries;
    this.messages = messages;
  }

  /** A severity in the reader's language, as the reporting pages show it (reporting.severity.*). */
  private String severityInWords(String severity) {
    return messages.getMessage("reporting.severity." + severity, null, inWords(severity),
        LocaleContextHolder.getLocale());
  }

  /** One level as a form row; targets as text, comma-separated ({@code role:UPM, email:rep@union.org}). */
  public static class LevelRow {
    private String name;
    private Integer delayMinutes;
    private String targets;
    private Integer repeatEveryMinutes;
    private Integer repeatTimes;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getDelayMinutes() { return delayMinutes; }
    public void setDelayMinutes(Integer delayMinutes) { this.delayMinutes = delayMinutes; }
    public String getTargets() { return targets; }
    public void setTargets(String targets) { this.targets = targets; }
    public Integer getRepeatEveryMinutes() { return repeatEveryMinutes; }
    public void setRepeatEveryMinutes(Integer repeatEveryMinutes) { this.repeatEveryMinutes = repeatEveryMinutes; }
    public Integer getRepeatTimes() { return repeatTimes; }
    public void setRepeatTimes(Integer repeatTimes) { this.repeatTimes = repeatTimes; }

    boolean blank() {
      return (name == null || name.isBlank()) && (targets == null || targets.isBlank());
    }
  }

  public static class PolicyForm {
    private String severity;
    private Integer resolveWithinMinutes;
    private List<LevelRow> levels = new ArrayList<>();

    public String getSeverity() { return severity; }
    public void setSeverity(String severity) { this.severity = severity; }
    public Integer getResolveWithinMinutes() { return resolveWithinMinutes; }
    public void setResolveWithinMinutes(Integer resolveWithinMinutes) { this.resolveWithinMinutes = resolveWithinMinutes; }
    public List<LevelRow> getLevels() { return levels; }
    public void setLevels(List<LevelRow> levels) { this.levels = levels; }
  }

  @GetMapping(PAGE)
  String page(@PathVariable UUID productionId, Model model) {
    OnSet onSet = access.onSet(productionId);
    Production production = onSet.production();
    model.addAttribute("production", production);
    model.addAttribute("policies", policies.inForce(productionId).values());
    List<OpenEscalation> open = board.open(productionId);
    model.addAttribute("open", open);
    model.addAttribute("steps", open.stream().collect(Collectors.toMap(OpenEscalation::reportId,
        e -> e.steps().stream().map(step -> StepTimes.of(step, production.timeZone(), onSet.today(),
            messages, LocaleContextHolder.getLocale())).toList())));
    model.addAttribute("severities", open.stream().collect(Collectors.toMap(OpenEscalation::reportId,
        e -> severityInWords(e.severity()))));
    model.addAttribute("mayChange", policies.mayChange(productionId));
    model.addAttribute("mayReadDeliveries", deliveries.mayRead(productionId));
    return "escalation/page";
  }

  @PostMapping(PAGE)
  String change(@PathVariable UUID productionId, @ModelAttribute PolicyForm form, RedirectAttributes redirect) {
    access.require(productionId, Permission.VIEW);
    try {
      List<Level> levels = form.getLevels().stream().filter(row -> !row.blank()).map(row -> new Level(row.getName(),
          orZero(row.getDelayMinutes()),
          Arrays.stream(row.getTargets() == null ? new String[0] : row.getTargets().split(","))
              .filter(t -> !t.isBlank()).map(Target::parse).toList(),
          orZero(row.getRepeatEveryMinutes()), orZero(row.getRepeatTimes()))).toList();
      policies.change(productionId, EscalationApi.severity(form.getSeverity()),
          new EscalationPolicy(levels, orZero(form.getResolveWithinMinutes())));
      redirect.addFlashAttribute("notice", messages.getMessage("escalation.saved",
          new Object[] {severityInWords(form.getSeverity())}, LocaleContextHolder.getLocale()));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("policyError", messages.getMessage("escalation.refused",
          new Object[] {severityInWords(form.getSeverity()), e.forReader()}, LocaleContextHolder.getLocale()));
    }
    return "redirect:/productions/" + productionId + "/escalation";
  }

  /** A severity as the crew says it and the reporting pages show it ("High"); anything else as it came. */
  static String inWords(String severity) {
    return Arrays.stream(Severity.values()).filter(s -> s.name().equals(severity)).map(Severity::label).findFirst()
        .orElse(severity);
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
