package org.setsafe.custody.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Armory.WeaponDetails;
import org.setsafe.custody.Armory.WeaponEntry;
import org.setsafe.custody.Custody;
import org.setsafe.custody.CustodyBoard;
import org.setsafe.custody.CustodyBoard.WeaponStatus;
import org.setsafe.custody.CustodyBoards;
import org.setsafe.custody.CustodyHolds;
import org.setsafe.custody.UnattendedWatch;
import org.setsafe.custody.domain.CustodyAction;
import org.setsafe.custody.domain.CustodyCommand.IssueWeapon;
import org.setsafe.custody.domain.FirearmType;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.RuleRefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The custody screens for phones: the armorer's board (where every weapon is now), one weapon with its
 * history and the next step the armorer can take (as the custody domain says: {@code WeaponCustody.nextStep}), and the show-clears and showings of the load each witness
 * confirms from their own phone. Every step goes through the same {@link Custody} service as the JSON API, so a page can do nothing
 * the rules would refuse there, and a refusal is recorded and shown with its rule and reason.
 */
@Controller
class CustodyPages {

  private static final String BOARD = "/productions/{productionId}/custody";
  private static final String WEAPON = BOARD + "/weapons/{weaponId}";

  private final Custody custody;
  private final CustodyBoards boards;
  private final CustodyHolds holds;
  private final Armory armory;
  private final Productions productions;
  private final Schedule schedule;
  private final ProductionAccess access;
  private final UnattendedWatch unattended;

  CustodyPages(Custody custody, CustodyBoards boards, Armory armory, Productions productions, Schedule schedule,
      ProductionAccess access, UnattendedWatch unattended, CustodyHolds holds) {
    this.holds = holds;
    this.custody = custody;
    this.boards = boards;
    this.armory = armory;
    this.productions = productions;
    this.schedule = schedule;
    this.access = access;
    this.unattended = unattended;
  }

  // ---- the board ----

  @GetMapping(BOARD)
  String board(@PathVariable UUID productionId, Model model) {
    CustodyBoard board = boards.board(productionId);
    Production production = access.require(productionId, Permission.VIEW);
    CustodyView view = new CustodyView(production, productions.members(productionId));
    model.addAttribute("production", production);
    model.addAttribute("view", view);
    model.addAttribute("board", board);
    model.addAttribute("weapons", board.weapons().stream()
        .sorted(Comparator.comparing((WeaponStatus w) -> view.order(w.state())).thenComparing(WeaponStatus::label))
        .toList());
    model.addAttribute("out", board.weapons().stream().filter(w -> w.state().out()).count());
    model.addAttribute("armorer", armorer(productionId));
    model.addAttribute("awaitingMe", awaitingMe(board).size());
    model.addAttribute("alerts", unattended.alertsToday(productionId));
    return "custody/board";
  }

  // ---- the register ----

  @GetMapping(BOARD + "/weapons/new")
  String newWeapon(@PathVariable UUID productionId, Model model) {
    model.addAttribute("weaponForm", new WeaponForm(WeaponKind.FIREARM, "", "", "", FirearmType.REVOLVER, "", "", ""));
    return registerPage(productionId, model);
  }

  @PostMapping(BOARD + "/weapons")
  String register(@PathVariable UUID productionId, @Valid @ModelAttribute("weaponForm") WeaponForm form,
      BindingResult result, Model model, RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      try {
        WeaponEntry entry = armory.registerWeapon(productionId, form.details());
        redirect.addFlashAttribute("notice", entry.weapon().label() + " is on the register. Receive it next.");
        return "redirect:/productions/" + productionId + "/custody/weapons/" + entry.weapon().id();
      } catch (RuleRefusedException e) {
        model.addAttribute("refusal", Refused.of(e));
      } catch (InvalidInputException e) {
        result.rejectValue(WeaponForm.FIELDS.contains(e.field()) ? e.field() : "kind", e.rule(), e.getMessage());
      }
    }
    return registerPage(productionId, model);
  }

  private String registerPage(UUID productionId, Model model) {
    model.addAttribute("production", access.require(productionId, Permission.VIEW));
    model.addAttribute("kinds", WeaponKind.values());
    model.addAttribute("types", FirearmType.values());
    return "custody/register";
  }

  // ---- one weapon ----

  @GetMapping(WEAPON)
  String weapon(@PathVariable UUID productionId, @PathVariable UUID weaponId, Model model) {
    return weaponPage(productionId, weaponId, model);
  }

  @PostMapping(WEAPON + "/receive")
  String receive(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @ModelAttribute("receiveForm") ReceiveForm form, BindingResult result, Model model,
      RedirectAttributes redirect) {
    return step(productionId, weaponId, result, model, redirect, "Received into your custody.",
        () -> custody.receive(productionId, weaponId, form.receivedFrom(), form.licenceNumber()));
  }

  @PostMapping(WEAPON + "/inspect")
  String inspect(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @ModelAttribute("inspectForm") InspectForm form, BindingResult result, Model model,
      RedirectAttributes redirect) {
    return step(productionId, weaponId, result, model, redirect, "Inspection recorded. Show it clear next.",
        () -> custody.inspect(productionId, weaponId, form.finding()));
  }

  @PostMapping(WEAPON + "/show-clear")
  String showClear(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @ModelAttribute("showClearForm") ShowClearForm form, BindingResult result, Model model,
      RedirectAttributes redirect) {
    return step(productionId, weaponId, result, model, redirect,
        "Shown clear. Each witness now confirms on their own phone.",
        () -> custody.showClear(productionId, weaponId, Set.copyOf(form.witnesses())));
  }

  @PostMapping(WEAPON + "/show-load")
  String showLoad(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @ModelAttribute("showClearForm") ShowClearForm form, BindingResult result, Model model,
      RedirectAttributes redirect) {
    return step(productionId, weaponId, result, model, redirect,
        "Load shown. Each witness now confirms, on their own phone, the load they saw.",
        () -> custody.showLoad(productionId, weaponId, Set.copyOf(form.witnesses())));
  }

  @PostMapping(WEAPON + "/issue")
  String issue(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @ModelAttribute("issueForm") IssueForm form, BindingResult result, Model model,
      RedirectAttributes redirect) {
    return step(productionId, weaponId, result, model, redirect, "Issued. Collect it back yourself.", form.scene(),
        () -> custody.issue(productionId, new IssueWeapon(weaponId, form.performer(), form.scene())));
  }

  @PostMapping(WEAPON + "/return")
  String collect(@PathVariable UUID productionId, @PathVariable UUID weaponId, Model model,
      RedirectAttributes redirect) {
    return step(productionId, weaponId, null, model, redirect, "Back in your hands.",
        () -> custody.collect(productionId, weaponId));
  }

  @PostMapping(WEAPON + "/lock-up")
  String lockUp(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @ModelAttribute("lockUpForm") LockUpForm form, BindingResult result, Model model,
      RedirectAttributes redirect) {
    return step(productionId, weaponId, result, model, redirect, "Locked up.",
        () -> custody.lockUp(productionId, weaponId, form.location(), form.loadedReason()));
  }

  @PostMapping(WEAPON + "/unlock")
  String unlock(@PathVariable UUID productionId, @PathVariable UUID weaponId, Model model,
      RedirectAttributes redirect) {
    return step(productionId, weaponId, null, model, redirect, "Out of lock-up and in your hands.",
        () -> custody.unlock(productionId, weaponId));
  }

  // ---- the witnesses ----

  @GetMapping(BOARD + "/confirmations")
  String confirmations(@PathVariable UUID productionId, Model model) {
    CustodyBoard board = boards.board(productionId);
    Production production = access.require(productionId, Permission.VIEW);
    model.addAttribute("production", production);
    model.addAttribute("view", new CustodyView(production, productions.members(productionId)));
    model.addAttribute("awaiting", awaitingMe(board));
    if (!model.containsAttribute("refuseForm")) {
      model.addAttribute("refuseForm", new RefuseForm(""));
    }
    return "custody/confirmations";
  }

  @PostMapping(WEAPON + "/show-clear/confirm")
  String confirm(@PathVariable UUID productionId, @PathVariable UUID weaponId, RedirectAttributes redirect) {
    return answer(productionId, redirect, "Confirmed: you saw it shown clear.",
        () -> custody.confirmShowClear(productionId, weaponId));
  }

  @PostMapping(WEAPON + "/show-load/confirm")
  String confirmLoad(@PathVariable UUID productionId, @PathVariable UUID weaponId, RedirectAttributes redirect) {
    return answer(productionId, redirect, "Confirmed: you saw the load you were shown.",
        () -> custody.confirmShownLoad(productionId, weaponId));
  }

  @PostMapping(WEAPON + "/show-clear/refuse")
  String refuse(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @ModelAttribute("refuseForm") RefuseForm form, BindingResult result, Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return confirmations(productionId, model);
    }
    return answer(productionId, redirect, "Refused. The armorer sees your reason; it cannot be issued.",
        () -> custody.refuseShowClear(productionId, weaponId, form.reason()));
  }

  // ---- how a step is taken ----

  /** Takes one step; a refusal comes back to the weapon's page naming its rule (the service has recorded it). */
  private String step(UUID productionId, UUID weaponId, BindingResult result, Model model,
      RedirectAttributes redirect, String notice, Supplier<?> action) {
    return step(productionId, weaponId, result, model, redirect, notice, null, action);
  }

  /** As above, for a step about a scene: the refusal links to what that scene lacks. */
  private String step(UUID productionId, UUID weaponId, BindingResult result, Model model,
      RedirectAttributes redirect, String notice, UUID sceneId, Supplier<?> action) {
    if (result != null && result.hasErrors()) {
      return weaponPage(productionId, weaponId, model);
    }
    try {
      action.get();
      redirect.addFlashAttribute("notice", notice);
    } catch (RuleRefusedException e) {
      redirect.addFlashAttribute("refusal", Refused.of(e, sceneId));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/productions/" + productionId + "/custody/weapons/" + weaponId;
  }

  private String answer(UUID productionId, RedirectAttributes redirect, String notice, Supplier<?> action) {
    try {
      action.get();
      redirect.addFlashAttribute("notice", notice);
    } catch (RuleRefusedException e) {
      redirect.addFlashAttribute("refusal", Refused.of(e));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/productions/" + productionId + "/custody/confirmations";
  }

  private String weaponPage(UUID productionId, UUID weaponId, Model model) {
    WeaponStatus status = boards.weapon(productionId, weaponId);
    Production production = access.require(productionId, Permission.VIEW);
    List<Member> crew = productions.members(productionId);
    CustodyView view = new CustodyView(production, crew);
    WeaponEntry entry = armory.weapon(productionId, weaponId);
    List<CustodyView.Line> history = boards.history(productionId, weaponId).stream().map(view::line).toList();
    List<Scene> scenes = todaysScenes(production);
    List<Member> performers = crew.stream().filter(m -> m.holds(CrewRole.PERFORMER))
        .sorted(Comparator.comparing(Member::displayName)).toList();

    model.addAttribute("production", production);
    model.addAttribute("view", view);
    model.addAttribute("weapon", status);
    model.addAttribute("record", entry.weapon());
    model.addAttribute("hasPhoto", armory.hasPhoto(productionId, weaponId));
    model.addAttribute("history", history);
    String next = status.next().code();
    model.addAttribute("next", next);
    model.addAttribute("may", status.nextSteps().stream().map(Enum::name).collect(Collectors.toSet()));
    if (next.equals("show-load")) {
      model.addAttribute("loadWords", boards.whatIsInIt(productionId, weaponId));
    }
    model.addAttribute("armorer", armorer(productionId));
    model.addAttribute("witnessMe", status.may(CustodyAction.WITNESS_SHOW_CLEAR));
    model.addAttribute("witnessCandidates", witnessCandidates(crew, scenes));
    model.addAttribute("performers", performers);
    model.addAttribute("scenes", scenes);
    UUID shownPerformer = status.showClear() == null ? null : performers.stream().map(Member::userId)
        .filter(status.showClear().witnesses()::contains).findFirst().orElse(null);
    defaults(model, "receiveForm", new ReceiveForm(entry.weapon().owner().name(), ""));
    defaults(model, "inspectForm", new InspectForm(""));
    defaults(model, "showClearForm", new ShowClearForm(witnessCandidates(crew, scenes).entrySet().stream()
        .filter(Map.Entry::getValue).map(e -> e.getKey().userId()).toList()));
    defaults(model, "issueForm", new IssueForm(shownPerformer,
        scenes.size() == 1 ? scenes.get(0).id() : null));
    defaults(model, "lockUpForm", new LockUpForm("", ""));
    // Rounds fired, malfunction and disposal (RoundsPages): the lots by name for the rounds-fired form.
    CustodyBoard board = boards.board(productionId);
    model.addAttribute("lotNames", RoundsPages.lotNames(board.lots()));
    // What holds it beyond its own state: a stop-work in force, a stand-down, an earlier day not settled.
    model.addAttribute("stops", holds.stopsHolding(productionId, weaponId));
    model.addAttribute("firearmsHold", board.firearmsHold());
    model.addAttribute("daysNotSettled", board.daysNotSettled());
    defaults(model, "dischargeForm", new RoundsPages.DischargeForm(
        status.roundsInWeapon().size() == 1 ? status.roundsInWeapon().keySet().iterator().next() : null, null));
    defaults(model, "malfunctionForm", new RoundsPages.MalfunctionForm(""));
    return "custody/weapon";
  }

  private static void defaults(Model model, String name, Object form) {
    if (!model.containsAttribute(name)) {
      model.addAttribute(name, form);
    }
  }

  /**
   * The performers, the 1st AD and the camera heads of today's scenes; the 1st AD and the camera heads are ticked
   * already.
   */
  private static Map<Member, Boolean> witnessCandidates(List<Member> crew, List<Scene> todaysScenes) {
    Set<UUID> cameraHeads = todaysScenes.stream().map(Scene::cameraHeadId).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    Map<Member, Boolean> candidates = new LinkedHashMap<>();
    crew.stream().filter(m -> m.holds(CrewRole.PERFORMER)).sorted(Comparator.comparing(Member::displayName))
        .forEach(m -> candidates.put(m, false));
    crew.stream().filter(m -> m.holds(CrewRole.FIRST_AD)).forEach(m -> candidates.put(m, true));
    crew.stream().filter(m -> cameraHeads.contains(m.userId())).forEach(m -> candidates.put(m, true));
    return candidates;
  }

  private List<Scene> todaysScenes(Production production) {
    LocalDate today = schedule.today(production);
    return schedule.dayOn(production.id(), today).map(day -> schedule.scenesOn(production.id(), day.id()))
        .orElse(List.of());
  }

  private boolean armorer(UUID productionId) {
    Optional<UUID> me = SignedInUser.current().map(SignedInUser::id);
    Set<CrewRole> roles = me.flatMap(id -> productions.rolesOf(productionId, id)).orElse(Set.of());
    return roles.contains(CrewRole.ARMORER) || roles.contains(CrewRole.PROPERTY_MASTER);
  }

  /** The showings the one signed in is named a witness of and has still to answer, as the custody domain says. */
  private static List<WeaponStatus> awaitingMe(CustodyBoard board) {
    return board.weapons().stream().filter(w -> w.may(CustodyAction.WITNESS_SHOW_CLEAR)).toList();
  }

  // ---- forms: the weapon and the production come from the address, never from a form ----

  record WeaponForm(@NotNull WeaponKind kind, @Size(max = 120) String serial,
      @Size(max = 120) String manufacturerOrImporter, @Size(max = 120) String model, FirearmType type,
      @Size(max = 120) String caliberOrGauge, @NotBlank @Size(max = 120) String ownerName,
      @Size(max = 120) String ownerLicenceNumber) {
    static final Set<String> FIELDS = Set.of("kind", "serial", "manufacturerOrImporter", "model", "type",
        "caliberOrGauge", "ownerName", "ownerLicenceNumber");

    WeaponDetails details() {
      return new WeaponDetails(kind, serial, manufacturerOrImporter, model, kind == WeaponKind.FIREARM ? type : null,
          caliberOrGauge, ownerName, ownerLicenceNumber, null, null);
    }
  }

  record ReceiveForm(@NotBlank @Size(max = 120) String receivedFrom, @Size(max = 120) String licenceNumber) {}

  record InspectForm(@NotBlank @Size(max = 2000) String finding) {}

  record ShowClearForm(@NotEmpty(message = "tick everyone who watched you show it clear") List<UUID> witnesses) {}

  record IssueForm(@NotNull(message = "pick the performer") UUID performer,
      @NotNull(message = "pick the scene") UUID scene) {}

  /** {@code loadedReason}: why a weapon with rounds in it is locked up loaded (the form asks only then). */
  record LockUpForm(@NotBlank @Size(max = 120) String location, @Size(max = 2000) String loadedReason) {}

  record RefuseForm(@NotBlank(message = "say briefly what you saw") @Size(max = 2000) String reason) {}

  /**
   * A refusal as a page shows it: the rule in plain words, the reason, that it is on record, and the scene it was
   * about when the step named one (so the page can link to that scene's plan). The rule's code stays for the API and
   * the ledger; pages show {@link RefusalFixes who can fix it and where} instead.
   */
  public record Refused(String ruleInWords, String rule, String reason, String refusalId, UUID sceneId) {
    static Refused of(RuleRefusedException e) {
      return of(e, null);
    }

    static Refused of(RuleRefusedException e, UUID sceneId) {
      return new Refused(CustodyView.ruleInWords(e.rule()), e.rule(), e.getMessage(), e.refusalId(), sceneId);
    }
  }
}
