package org.setsafe.protocol.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.protocol.RiskAssessment;
import org.setsafe.protocol.RiskAssessment.HazardView;
import org.setsafe.protocol.RiskAssessmentCommand.DraftAssessment;
import org.setsafe.protocol.RiskAssessmentCommand.SignAssessment;
import org.setsafe.protocol.RiskAssessments;
import org.setsafe.protocol.RiskDrafting;
import org.setsafe.protocol.RiskSignOffs;
import org.setsafe.protocol.domain.Control;
import org.setsafe.protocol.domain.ControlLevel;
import org.setsafe.protocol.domain.HazardEntry;
import org.setsafe.protocol.domain.RiskCategory;
import org.setsafe.protocol.domain.RiskMatrix;
import org.setsafe.protocol.domain.SignOffDuty;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The risk assessment pages: the production's general assessment and each high-risk scene's, with the 5 × 5
 * matrix, the hazards and their controls, every version with its sign-offs, what lapsed and why, the safety
 * advisor's edit form, and a sign button for each duty the viewer holds that is still awaited.
 */
@Controller
class RiskPages {

  private static final int BLANK_ROWS = 2;

  private final RiskAssessments assessments;
  private final RiskDrafting drafting;
  private final RiskSignOffs signOffs;
  private final Productions productions;
  private final Schedule schedule;
  private final ProductionAccess access;
  private final MessageSource messages;

  RiskPages(RiskAssessments assessments, RiskDrafting drafting, RiskSignOffs signOffs, Productions productions,
      Schedule schedule, ProductionAccess access, MessageSource messages) {
    this.messages = messages;
    this.assessments = assessments;
    this.drafting = drafting;
    this.signOffs = signOffs;
    this.productions = productions;
    this.schedule = schedule;
    this.access = access;
  }

  @InitBinder("riskForm")
  void binder(WebDataBinder binder) {
    binder.setAutoGrowCollectionLimit(AssessmentLimits.MAX_ROWS);
  }

  @GetMapping("/productions/{productionId}/protocol/risk")
  String general(@PathVariable UUID productionId, Model model) {
    return show(productionId, null, model, null);
  }

  @GetMapping("/productions/{productionId}/protocol/risk/scenes/{sceneId}")
  String scene(@PathVariable UUID productionId, @PathVariable UUID sceneId, Model model) {
    return show(productionId, sceneId, model, null);
  }

  @PostMapping("/productions/{productionId}/protocol/risk/versions")
  String draftGeneral(@PathVariable UUID productionId, @ModelAttribute("riskForm") RiskForm form,
      BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    return draft(productionId, null, form, result, model, redirect, response);
  }

  @PostMapping("/productions/{productionId}/protocol/risk/scenes/{sceneId}/versions")
  String draftScene(@PathVariable UUID productionId, @PathVariable UUID sceneId,
      @ModelAttribute("riskForm") RiskForm form, BindingResult result, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    return draft(productionId, sceneId, form, result, model, redirect, response);
  }

  @PostMapping("/productions/{productionId}/protocol/risk/sign")
  String signGeneral(@PathVariable UUID productionId, @RequestParam(name = "version", defaultValue = "0") int version,
      @RequestParam(name = "duty", required = false) SignOffDuty duty, RedirectAttributes redirect) {
    signOffs.sign(productionId, SignAssessment.general(version, duty));
    redirect.addFlashAttribute("notice", say("protocol.risk.signed-notice"));
    return "redirect:" + path(productionId, null);
  }

  @PostMapping("/productions/{productionId}/protocol/risk/scenes/{sceneId}/sign")
  String signScene(@PathVariable UUID productionId, @PathVariable UUID sceneId, @RequestParam(name = "version", defaultValue = "0") int version,
      @RequestParam(name = "duty", required = false) SignOffDuty duty, RedirectAttributes redirect) {
    signOffs.sign(productionId, new SignAssessment(sceneId, version, duty));
    redirect.addFlashAttribute("notice", say("protocol.risk.signed-notice"));
    return "redirect:" + path(productionId, sceneId);
  }

  private String draft(UUID productionId, UUID sceneId, RiskForm form, BindingResult result, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    if (result.hasErrors()) {
      response.setStatus(400);
      model.addAttribute("formError", say("input.protocol.risk.numbers", result.getFieldErrors().get(0).getField()));
      return show(productionId, sceneId, model, form);
    }
    try {
      RiskAssessment saved = drafting.draft(productionId,
          new DraftAssessment(sceneId, form.entries(controlWords()), form.getReason()));
      redirect.addFlashAttribute("notice", say("protocol.risk.drafted-notice", saved.current().version()));
      return "redirect:" + path(productionId, sceneId);
    } catch (InvalidInputException e) {
      response.setStatus(e instanceof ConflictException ? 409 : 400);
      model.addAttribute("formError", e.forReader());
      model.addAttribute("formErrorField", e.field());
      return show(productionId, sceneId, model, form);
    }
  }

  private String show(UUID productionId, UUID sceneId, Model model, RiskForm form) {
    Production production = productions.get(productionId);
    Scene scene = sceneId == null ? null : schedule.scene(productionId, sceneId);
    Optional<RiskAssessment> assessment = sceneId == null ? assessments.general(productionId)
        : assessments.ofScene(productionId, sceneId);
    UUID me = SignedInUser.current().orElseThrow().id();
    Set<CrewRole> roles = productions.rolesOf(productionId, me).orElse(Set.of());
    List<SignOffDuty> signable = new ArrayList<>();
    assessment.ifPresent(a -> a.approval().missing().forEach(d -> {
      SignOffDuty duty = SignOffDuty.valueOf(d);
      if (duty.heldBy(roles).isPresent()) {
        signable.add(duty);
      }
    }));
    model.addAttribute("production", production);
    model.addAttribute("scene", scene);
    // The scene's own page is the schedule's, which only those who plan it may open.
    model.addAttribute("mayOpenScene", scene != null && access.allows(productionId, Permission.MANAGE_SCHEDULE));
    model.addAttribute("assessment", assessment.orElse(null));
    model.addAttribute("standing", sceneId == null ? assessments.generalStanding(productionId)
        : assessments.sceneStanding(productionId, sceneId));
    model.addAttribute("matrix", matrix(assessment.map(a -> a.current().hazards()).orElse(List.of())));
    model.addAttribute("signable", signable);
    model.addAttribute("mayDraft", roles.stream().anyMatch(EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.UPM,
        CrewRole.FIRST_AD)::contains) && (scene == null || scene.highRisk()));
    model.addAttribute("riskForm", form != null ? form : RiskForm.of(assessment.orElse(null), scene, controlWords()));
    model.addAttribute("categories", RiskCategory.values());
    model.addAttribute("levels", ControlLevel.values());
    model.addAttribute("producerThreshold", assessments.producerThreshold(productionId));
    model.addAttribute("highRiskScenes", scene != null ? List.of() : schedule.scenes(productionId).stream()
        .filter(Scene::highRisk).map(s -> new SceneLine(s, assessments.sceneStanding(productionId, s.id()))).toList());
    model.addAttribute("formAction", path(productionId, sceneId) + "/versions");
    model.addAttribute("signAction", path(productionId, sceneId) + "/sign");
    // A sign-off names the signer's role as recorded, in English: the page says it in the reader's words.
    Map<String, String> roleWords = new HashMap<>();
    for (CrewRole role : CrewRole.values()) {
      roleWords.put(role.label(), say("crew.role." + role.name()));
    }
    model.addAttribute("roleWords", roleWords);
    return "protocol/risk";
  }

  private ControlWords controlWords() {
    return ControlWords.of(messages, LocaleContextHolder.getLocale());
  }

  private static String path(UUID productionId, UUID sceneId) {
    return "/productions/" + productionId + "/protocol/risk" + (sceneId == null ? "" : "/scenes/" + sceneId);
  }

  /** A high-risk scene on the general page, with whether its own assessment stands. */
  record SceneLine(Scene scene, RiskAssessment.Standing standing) {}

  /** One cell of the 5 × 5 matrix, with the numbers of the hazards whose residual risk sits in it. */
  record Cell(int likelihood, int severity, int rating, String band, List<Integer> hazards) {}

  /** Rows from likelihood 5 (top) to 1, columns severity 1 to 5, as the matrix is usually drawn. */
  static List<List<Cell>> matrix(List<HazardView> hazards) {
    List<List<Cell>> rows = new ArrayList<>();
    for (int likelihood = RiskMatrix.MAX; likelihood >= RiskMatrix.MIN; likelihood--) {
      List<Cell> row = new ArrayList<>();
      for (int severity = RiskMatrix.MIN; severity <= RiskMatrix.MAX; severity++) {
        List<Integer> here = new ArrayList<>();
        for (int i = 0; i < hazards.size(); i++) {
          if (hazards.get(i).residualLikelihood() == likelihood && hazards.get(i).residualSeverity() == severity) {
            here.add(i + 1);
          }
        }
        int rating = likelihood * severity;
        row.add(new Cell(likelihood, severity, rating, RiskMatrix.band(rating).name().toLowerCase(Locale.ROOT), here));
      }
      rows.add(row);
    }
    return rows;
  }

  static final class AssessmentLimits {
    static final int MAX_ROWS = 42;

    private AssessmentLimits() {}
  }

  /** The edit form: one row per hazard; controls one per line as "LEVEL: what is done". */
  public static class RiskForm {
    private List<Row> rows = new ArrayList<>();
    private String reason;

    public List<Row> getRows() { return rows; }
    public void setRows(List<Row> rows) { this.rows = rows; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }

    static RiskForm of(RiskAssessment assessment, Scene scene, ControlWords words) {
      RiskForm form = new RiskForm();
      if (assessment != null) {
        for (HazardView h : assessment.current().hazards()) {
          Row row = new Row();
          row.setCategory(h.category());
          row.setWhatCouldGoWrong(h.whatCouldGoWrong());
          row.setLikelihood(h.likelihood());
          row.setSeverity(h.severity());
          row.setControls(String.join("\n", h.controls().stream()
              .map(c -> words.written(c.level()) + ": " + c.description()).toList()));
          row.setResidualLikelihood(h.residualLikelihood());
          row.setResidualSeverity(h.residualSeverity());
          form.rows.add(row);
        }
      } else if (scene != null) {
        scene.hazards().forEach(hazard -> {
          Row row = new Row();
          row.setCategory(hazard.name());
          form.rows.add(row);
        });
      }
      for (int i = 0; i < BLANK_ROWS; i++) {
        form.rows.add(new Row());
      }
      return form;
    }

    /** The filled rows as hazard entries; a row with nothing in "what could go wrong" is left out. */
    List<HazardEntry> entries(ControlWords words) {
      List<HazardEntry> entries = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        Row row = rows.get(i);
        if (row == null || row.getWhatCouldGoWrong() == null || row.getWhatCouldGoWrong().isBlank()) {
          continue;
        }
        String at = "rows[" + i + "].";
        RiskCategory category;
        try {
          category = RiskCategory.valueOf(String.valueOf(row.getCategory()));
        } catch (IllegalArgumentException e) {
          throw new InvalidInputException(at + "category", "Required", "hazard " + (i + 1) + ": choose a category")
              .saying("input.protocol.risk.choose-category", i + 1);
        }
        entries.add(new HazardEntry(category, row.getWhatCouldGoWrong(), number(at + "likelihood", row.getLikelihood()),
            number(at + "severity", row.getSeverity()), controls(at + "controls", i, row.getControls(), words),
            number(at + "residualLikelihood", row.getResidualLikelihood()),
            number(at + "residualSeverity", row.getResidualSeverity())));
      }
      return entries;
    }

    private static int number(String field, Integer value) {
      if (value == null) {
        throw new InvalidInputException(field, "Required", field + " is required (1 to 5)")
            .saying("input.protocol.risk.rating-required", field);
      }
      return value;
    }

    private static List<Control> controls(String field, int index, String text, ControlWords words) {
      List<Control> controls = new ArrayList<>();
      for (String line : (text == null ? "" : text).split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        int colon = line.indexOf(':');
        ControlLevel level = colon < 0 ? null : words.level(line.substring(0, colon));
        if (level == null) {
          throw new InvalidInputException(field, "Pattern", "hazard " + (index + 1) + ": write each control on its"
              + " own line as LEVEL: what is done, the level one of ELIMINATION, SUBSTITUTION, ENGINEERING,"
              + " ADMINISTRATIVE or PPE").saying("input.protocol.risk.control-pattern", index + 1);
        }
        controls.add(new Control(level, line.substring(colon + 1)));
      }
      return controls;
    }

  }

  public static class Row {
    private String category;
    private String whatCouldGoWrong;
    private Integer likelihood;
    private Integer severity;
    private String controls;
    private Integer residualLikelihood;
    private Integer residualSeverity;

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getWhatCouldGoWrong() { return whatCouldGoWrong; }
    public void setWhatCouldGoWrong(String whatCouldGoWrong) { this.whatCouldGoWrong = whatCouldGoWrong; }
    public Integer getLikelihood() { return likelihood; }
    public void setLikelihood(Integer likelihood) { this.likelihood = likelihood; }
    public Integer getSeverity() { return severity; }
    public void setSeverity(Integer severity) { this.severity = severity; }
    public String getControls() { return controls; }
    public void setControls(String controls) { this.controls = controls; }
    public Integer getResidualLikelihood() { return residualLikelihood; }
    public void setResidualLikelihood(Integer residualLikelihood) { this.residualLikelihood = residualLikelihood; }
    public Integer getResidualSeverity() { return residualSeverity; }
    public void setResidualSeverity(Integer residualSeverity) { this.residualSeverity = residualSeverity; }
  }

  /** A notice in the reader's language. */
  private String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
