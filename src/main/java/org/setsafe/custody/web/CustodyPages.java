package org.setsafe.custody.web;

import java.time.Clock;
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
import org.setsafe.custody.domain.LoadedRound;
import org.setsafe.custody.domain.Weapon;
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
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
  /** Whose "today" decides whether a time on a page carries its date: the production's, not the server's. */
  private final Clock clock;
  private final UnattendedWatch unattended;

  CustodyPages(Custody custody, CustodyBoards boards, Armory armory, Productions productions, Schedule schedule,
      ProductionAccess access, UnattendedWatch unattended, CustodyHolds holds, Clock clock) {
    this.holds = holds;
    this.custody = custody;
    this.boards = boards;
    this.armory = armory;
    this.productions = productions;
    this.schedule = schedule;
    this.access = access;
    this.clock = clock;
    this.unattended = unattended;
  }

  // ---- the board ----

  @GetMapping(BOARD)
  String board(@PathVariable UUID productionId, Model model) {
    CustodyBoard board = boards.board(productionId);
    Production production = access.require(productionId, Permission.VIEW);
    CustodyView view = new CustodyView(production, productions.members(productionId), clock);
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
  String register(@PathVariable UUID productionId, @ModelAttribute("weaponForm") WeaponForm form,
      BindingResult result, Model model, RedirectAttributes redirect) {
    check(form, result);
    if (!result.hasErrors()) {
      try {
        WeaponEntry entry = armory.registerWeapon(productionId, form.details());
        redirect.addFlashAttribute("notice", CustodyWords.say("custody.notice.registered", entry.weapon().label()));
        return "redirect:/productions/" + productionId + "/custody/weapons/" + entry.weapon().id();
      } catch (RuleRefusedException e) {
        model.addAttribute("refusal", CustodyView.refused(e));
      } catch (InvalidInputException e) {
        result.rejectValue(WeaponForm.FIELDS.contains(e.field()) ? e.field() : "kind", e.rule(), e.forReader());
      }
    }
    return registerPage(productionId, model);
  }

  /**
   * Every problem of the form at once, each naming its field in words: the kind, a text too long, the owner, and every
   * field the acquisition record of a firearm lacks (the domain's list). Codes no message overrides, so the words stay.
   */
  private static void check(WeaponForm form, BindingResult result) {
    if (form.kind() == null && !result.hasFieldErrors("kind")) {
      result.rejectValue("kind", "custody.weapon-kind", "Pick the kind: firearm, non-firing replica or rubber prop");
    }
    form.texts().forEach((field, text) -> {
      if (text.getValue().strip().length() > WeaponForm.MAX && !result.hasFieldErrors(field)) {
        result.rejectValue(field, "custody.too-long", text.getKey() + " is too long: at most " + WeaponForm.MAX
            + " characters");
      }
    });
    if (form.ownerName() == null || form.ownerName().isBlank()) {
      result.rejectValue("ownerName", "custody.owner-named",
          "Name the owner: the rental house, or whoever the weapon belongs to");
    }
    Weapon.missingFromAcquisitionRecord(form.kind(), form.manufacturerOrImporter(), form.model(), form.serial(),
        form.kind() == WeaponKind.FIREARM ? form.type() : null, form.caliberOrGauge()).stream()
        .filter(missing -> !result.hasFieldErrors(missing.field()))
        .forEach(missing -> result.rejectValue(missing.field(), missing.rule(), missing.forReader()));
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

  /**
   * Whether the weapon changed since the page showed it ({@code since}: its stream version then). A page waiting on
   * the witnesses asks every few seconds (htmx): nothing changed is 204 and nothing moves; a change asks htmx to
   * reload the page, so what the armorer sees next is never a page half old.
   */
  @GetMapping(WEAPON + "/changes")
  ResponseEntity<Void> weaponChanges(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @RequestParam(required = false) Integer since) {
    // Asked without a version (or with one the page never had), the weapon is looked up first, so another
    // production's weapon is a 404 like every other route; then any difference is a change.
    return Integer.valueOf(boards.weapon(productionId, weaponId).streamVersion()).equals(since)
        ? ResponseEntity.noContent().build()
        : ResponseEntity.ok().header("HX-Refresh", "true").build();
  }

  @PostMapping(WEAPON + "/receive")
  String receive(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @ModelAttribute("receiveForm") ReceiveForm form, BindingResult result, Model model,
      RedirectAttributes redirect) {
    return step(productionId, weaponId, result, model, redirect, CustodyWords.say("custody.notice.received"),
        () -> custody.receive(productionId, weaponId, form.receivedFrom(), form.licenceNumber()));
  }

  @PostMapping(WEAPON + "/inspect")
  String inspect(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @ModelAttribute("inspectForm") InspectForm form, BindingResult result, Model model,
      RedirectAttributes redirect) {
    return step(productionId, weaponId, result, model, redirect, CustodyWords.say("custody.notice.inspected"),
        () -> custody.inspect(productionId, weaponId, form.finding()));
  }

  @PostMapping(WEAPON + "/show-clear")
  String showClear(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @ModelAttribute("showClearForm") ShowClearForm form, BindingResult result, Model model,
      RedirectAttributes redirect) {
    return step(productionId, weaponId, result, model, redirect,
        CustodyWords.say("custody.notice.shown-clear"),
        () -> custody.showClear(productionId, weaponId, Set.copyOf(form.witnesses())));
  }

  @PostMapping(WEAPON + "/show-load")
  String showLoad(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @ModelAttribute("showClearForm") ShowClearForm form, BindingResult result, Model model,
      RedirectAttributes redirect) {
    return step(productionId, weaponId, result, model, redirect,
        CustodyWords.say("custody.notice.load-shown"),
        () -> custody.showLoad(productionId, weaponId, Set.copyOf(form.witnesses())));
  }

  @PostMapping(WEAPON + "/issue")
  String issue(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @ModelAttribute("issueForm") IssueForm form, BindingResult result, Model model,
      RedirectAttributes redirect) {
    return step(productionId, weaponId, result, model, redirect, CustodyWords.say("custody.notice.issued"), form.scene(),
        () -> custody.issue(productionId, new IssueWeapon(weaponId, form.performer(), form.scene())));
  }

  @PostMapping(WEAPON + "/return")
  String collect(@PathVariable UUID productionId, @PathVariable UUID weaponId, Model model,
      RedirectAttributes redirect) {
    return step(productionId, weaponId, null, model, redirect, CustodyWords.say("custody.notice.returned"),
        () -> custody.collect(productionId, weaponId));
  }

  @PostMapping(WEAPON + "/lock-up")
  String lockUp(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @ModelAttribute("lockUpForm") LockUpForm form, BindingResult result, Model model,
      RedirectAttributes redirect) {
    return step(productionId, weaponId, result, model, redirect, CustodyWords.say("custody.notice.locked-up"),
        () -> custody.lockUp(productionId, weaponId, form.location(), form.loadedReason()));
  }

  @PostMapping(WEAPON + "/unlock")
  String unlock(@PathVariable UUID productionId, @PathVariable UUID weaponId, Model model,
      RedirectAttributes redirect) {
    return step(productionId, weaponId, null, model, redirect, CustodyWords.say("custody.notice.unlocked"),
        () -> custody.unlock(productionId, weaponId));
  }

  // ---- the witnesses ----

  @GetMapping(BOARD + "/confirmations")
  String confirmations(@PathVariable UUID productionId, Model model) {
    CustodyBoard board = boards.board(productionId);
    Production production = access.require(productionId, Permission.VIEW);
    model.addAttribute("production", production);
    model.addAttribute("view", new CustodyView(production, productions.members(productionId), clock));
    List<WeaponStatus> awaiting = awaitingMe(board);
    model.addAttribute("awaiting", awaiting);
    model.addAttribute("showings", awaiting.stream().collect(Collectors.toMap(WeaponStatus::weaponId,
        w -> showing(w.showClear().load(), armory.weapon(productionId, w.weaponId()).weapon(), board))));
    model.addAttribute("awaitingKey", awaitingKey(awaiting));
    model.addAttribute("answered", answeredByMe(board));
    if (!model.containsAttribute("refuseForm")) {
      model.addAttribute("refuseForm", new RefuseForm(""));
    }
    return "custody/confirmations";
  }

  /**
   * Whether what waits for the one signed in changed since the page showed it ({@code since}: the page's key). The
   * witness's page asks every few seconds: 204 while nothing changed (a reason being typed stays), otherwise a reload.
   */
  @GetMapping(BOARD + "/confirmations/changes")
  ResponseEntity<Void> confirmationChanges(@PathVariable UUID productionId,
      @RequestParam(required = false) String since) {
    access.require(productionId, Permission.VIEW);
    return awaitingKey(awaitingMe(boards.board(productionId))).equals(since) ? ResponseEntity.noContent().build()
        : ResponseEntity.ok().header("HX-Refresh", "true").build();
  }

  /** The showings awaiting someone, as one key: a new showing, an answer or a lapse changes it. */
  private static String awaitingKey(List<WeaponStatus> awaiting) {
    return awaiting.stream().map(w -> w.weaponId() + ":" + w.showClear().eventId()).sorted()
        .collect(Collectors.joining(",", "k", ""));
  }

  /**
   * The current showings the one signed in has answered (confirmed or refused), read from the record: the page says
   * what the witness's answer was on every load, so a reload that overtakes the answer's own redirect (the page's
   * check for changes answering just as the witness taps) cannot lose it, as a one-time message would be lost.
   */
  private static List<Answered> answeredByMe(CustodyBoard board) {
    Optional<UUID> me = SignedInUser.current().map(SignedInUser::id);
    if (me.isEmpty()) {
      return List.of();
    }
    return board.weapons().stream().filter(w -> w.showClear() != null)
        .filter(w -> w.showClear().confirmedBy().contains(me.get()) || me.get().equals(w.showClear().refusedBy()))
        .sorted(Comparator.comparing(WeaponStatus::label))
        .map(w -> new Answered(w, me.get().equals(w.showClear().refusedBy()))).toList();
  }

  /** A showing the witness answered: {@code refused} when they refused it, otherwise they confirmed it. */
  record Answered(WeaponStatus w, boolean refused) {}

  // The answer itself is shown by the confirmations page from the record (see answeredByMe), not as a message
  // carried over the redirect.
  @PostMapping(WEAPON + "/show-clear/confirm")
  String confirm(@PathVariable UUID productionId, @PathVariable UUID weaponId, RedirectAttributes redirect) {
    return answer(productionId, redirect, () -> custody.confirmShowClear(productionId, weaponId));
  }

  @PostMapping(WEAPON + "/show-load/confirm")
  String confirmLoad(@PathVariable UUID productionId, @PathVariable UUID weaponId, RedirectAttributes redirect) {
    return answer(productionId, redirect, () -> custody.confirmShownLoad(productionId, weaponId));
  }

  @PostMapping(WEAPON + "/show-clear/refuse")
  String refuse(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @ModelAttribute("refuseForm") RefuseForm form, BindingResult result, Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return confirmations(productionId, model);
    }
    return answer(productionId, redirect, () -> custody.refuseShowClear(productionId, weaponId, form.reason()));
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
      redirect.addFlashAttribute("refusal", CustodyView.refused(e, sceneId));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.forReader());
    }
    return "redirect:/productions/" + productionId + "/custody/weapons/" + weaponId;
  }

  private String answer(UUID productionId, RedirectAttributes redirect, Supplier<?> action) {
    try {
      action.get();
    } catch (RuleRefusedException e) {
      redirect.addFlashAttribute("refusal", CustodyView.refused(e));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.forReader());
    }
    return "redirect:/productions/" + productionId + "/custody/confirmations";
  }

  private String weaponPage(UUID productionId, UUID weaponId, Model model) {
    WeaponStatus status = boards.weapon(productionId, weaponId);
    Production production = access.require(productionId, Permission.VIEW);
    List<Member> crew = productions.members(productionId);
    CustodyView view = new CustodyView(production, crew, clock);
    WeaponEntry entry = armory.weapon(productionId, weaponId);
    List<CustodyView.Line> history = boards.history(productionId, weaponId).stream().map(view::line).toList();
    List<Scene> scenes = todaysScenes(production);
    List<Member> performers = castOf(crew, scenes);

    model.addAttribute("production", production);
    model.addAttribute("view", view);
    model.addAttribute("weapon", status);
    model.addAttribute("record", entry.weapon());
    model.addAttribute("hasPhoto", armory.hasPhoto(productionId, weaponId));
    model.addAttribute("history", history);
    String next = status.next().code();
    model.addAttribute("next", next);
    model.addAttribute("may", status.nextSteps().stream().map(Enum::name).collect(Collectors.toSet()));
    CustodyBoard board = boards.board(productionId);
    if (next.equals("show-load")) {
      model.addAttribute("loadWords", boards.whatIsInIt(productionId, weaponId));
    }
    if (next.equals("show-clear") || next.equals("show-load") || next.equals("inspect")) {
      model.addAttribute("toShow", showing(boards.loadIn(productionId, weaponId), entry.weapon(), board));
    }
    if (status.showClear() != null) {
      model.addAttribute("shown", showing(status.showClear().load(), entry.weapon(), board));
    }
    model.addAttribute("armorer", armorer(productionId));
    model.addAttribute("witnessMe", status.may(CustodyAction.WITNESS_SHOW_CLEAR));
    model.addAttribute("witnessCandidates", witnessCandidates(crew, scenes));
    model.addAttribute("noticedAt", status.streamVersion());
    model.addAttribute("performers", performers);
    model.addAttribute("scenes", scenes);
    UUID shownPerformer = status.showClear() == null ? null : performers.stream().map(Member::userId)
        .filter(status.showClear().witnesses()::contains).findFirst()
        .orElse(performers.size() == 1 ? performers.get(0).userId() : null);
    defaults(model, "receiveForm", new ReceiveForm(entry.weapon().owner().name(), ""));
    defaults(model, "inspectForm", new InspectForm(""));
    defaults(model, "showClearForm", new ShowClearForm(witnessCandidates(crew, scenes).entrySet().stream()
        .filter(Map.Entry::getValue).map(e -> e.getKey().userId()).toList()));
    // Today's scene when there is one, or the one scene whose cast holds the performer shown the weapon.
    List<Scene> theirs = scenes.size() == 1 ? scenes
        : scenes.stream().filter(sc -> shownPerformer != null && sc.cast().contains(shownPerformer)).toList();
    defaults(model, "issueForm", new IssueForm(shownPerformer, theirs.size() == 1 ? theirs.get(0).id() : null));
    defaults(model, "lockUpForm", new LockUpForm("", ""));
    // Rounds fired, malfunction and disposal (RoundsPages): the lots by name for the rounds-fired form.
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

  /** What is shown, or would be: CLEAR for an empty weapon, otherwise LOADED with each position and its lot. */
  private static Showing showing(Map<String, LoadedRound> load, Weapon weapon, CustodyBoard board) {
    return load.isEmpty() ? Showing.clear() : Showing.load(load, weapon.type(), board.lots());
  }

  /**
   * The performers a weapon may go to today: the cast of today's scenes (the issue refuses anyone else), or every
   * performer while no cast is named yet.
   */
  private static List<Member> castOf(List<Member> crew, List<Scene> todaysScenes) {
    Set<UUID> cast = todaysScenes.stream().flatMap(s -> s.cast().stream()).collect(Collectors.toSet());
    return crew.stream().filter(m -> m.holds(CrewRole.PERFORMER))
        .filter(m -> cast.isEmpty() || cast.contains(m.userId()))
        .sorted(Comparator.comparing(Member::displayName)).toList();
  }

  /**
   * The cast of today's scenes, the 1st AD and the camera heads of today's scenes; the 1st AD and the camera heads
   * are ticked already, and the performer too when today's cast is one performer.
   */
  private static Map<Member, Boolean> witnessCandidates(List<Member> crew, List<Scene> todaysScenes) {
    Set<UUID> cameraHeads = todaysScenes.stream().map(Scene::cameraHeadId).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    Map<Member, Boolean> candidates = new LinkedHashMap<>();
    List<Member> cast = castOf(crew, todaysScenes);
    cast.forEach(m -> candidates.put(m, cast.size() == 1));
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

  /** Checked by {@link #check(WeaponForm, BindingResult)}, every field at once, each error naming its field. */
  record WeaponForm(WeaponKind kind, String serial, String manufacturerOrImporter, String model, FirearmType type,
      String caliberOrGauge, String ownerName, String ownerLicenceNumber) {
    static final Set<String> FIELDS = Set.of("kind", "serial", "manufacturerOrImporter", "model", "type",
        "caliberOrGauge", "ownerName", "ownerLicenceNumber");
    static final int MAX = 120;

    /** Each text field in the form's order, with how a person names it. */
    Map<String, Map.Entry<String, String>> texts() {
      Map<String, Map.Entry<String, String>> texts = new LinkedHashMap<>();
      texts.put("manufacturerOrImporter", Map.entry("The manufacturer or importer", nonNull(manufacturerOrImporter)));
      texts.put("model", Map.entry("The model", nonNull(model)));
      texts.put("serial", Map.entry("The serial number", nonNull(serial)));
      texts.put("caliberOrGauge", Map.entry("The caliber or gauge", nonNull(caliberOrGauge)));
      texts.put("ownerName", Map.entry("The owner's name", nonNull(ownerName)));
      texts.put("ownerLicenceNumber", Map.entry("The owner's licence number", nonNull(ownerLicenceNumber)));
      return texts;
    }

    private static String nonNull(String text) {
      return text == null ? "" : text;
    }

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
}
