package org.setsafe.custody.web;

import java.time.Clock;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Custody;
import org.setsafe.custody.CustodyBoard;
import org.setsafe.custody.CustodyBoard.WeaponStatus;
import org.setsafe.custody.CustodyBoards;
import org.setsafe.custody.CustodyFacts;
import org.setsafe.custody.CustodyFacts.Find;
import org.setsafe.custody.FirearmsHolds;
import org.setsafe.custody.domain.CustodyEvent;
import org.setsafe.custody.domain.CustodyEvents.RoundCountMismatch;
import org.setsafe.custody.domain.CustodyEvents.WeaponLeftUnattended;
import org.setsafe.identity.SignedInUser;
import org.setsafe.shared.ReadersWords;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
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
 * Holds, alerts and discrepancies, for the producer and the safety advisor and readable by everyone on the
 * production: the firearms hold (every live round found, with the written clearances it has and still awaits),
 * the weapons held after a misfire or accidental discharge until reviewed, and the alerts recorded (a weapon
 * left unattended, a round count that did not reconcile). Also where anyone on the crew reports a live round,
 * and a misfire or accidental discharge from the weapon's page. Clearing and reviewing go through the custody
 * service, so each signature is the signed-in person's own and each refusal is recorded.
 */
@Controller
class HoldPages {

  private static final String CUSTODY = "/productions/{productionId}/custody";
  private static final String WEAPON = CUSTODY + "/weapons/{weaponId}";

  private final Custody custody;
  private final CustodyBoards boards;
  private final FirearmsHolds holds;
  private final CustodyFacts facts;
  private final Armory armory;
  private final Productions productions;
  private final ProductionAccess access;
  /** Whose "today" decides whether a time on a page carries its date: the production's, not the server's. */
  private final Clock clock;

  HoldPages(Custody custody, CustodyBoards boards, FirearmsHolds holds, CustodyFacts facts, Armory armory,
      Productions productions, ProductionAccess access, Clock clock) {
    this.custody = custody;
    this.boards = boards;
    this.holds = holds;
    this.facts = facts;
    this.armory = armory;
    this.productions = productions;
    this.access = access;
    this.clock = clock;
  }

  // ---- holds and alerts ----

  @GetMapping(CUSTODY + "/holds")
  String holds(@PathVariable UUID productionId, Model model) {
    Production production = access.require(productionId, Permission.VIEW);
    CustodyBoard board = boards.board(productionId);
    CustodyView view = new CustodyView(production, productions.members(productionId), clock);
    List<Find> finds = facts.finds(productionId);
    Set<CrewRole> roles = myRoles(productionId);
    Map<UUID, String> weapons = board.weapons().stream()
        .collect(Collectors.toMap(WeaponStatus::weaponId, WeaponStatus::label));
    model.addAttribute("production", production);
    model.addAttribute("view", view);
    model.addAttribute("board", board);
    model.addAttribute("openFinds", finds.stream().filter(Find::open).toList());
    model.addAttribute("clearedFinds", finds.stream().filter(f -> !f.open()).toList());
    model.addAttribute("weaponsOnHold", board.weapons().stream().filter(WeaponStatus::onHold)
        .sorted(Comparator.comparing(WeaponStatus::label)).toList());
    model.addAttribute("alerts", facts.alerts(productionId).stream().map(a -> alert(view, a, weapons)).toList());
    model.addAttribute("weaponLabels", weapons);
    model.addAttribute("lotLabels", facts.lots(productionId).stream()
        .collect(Collectors.toMap(l -> l.lotId(), WeaponPageSteps::lotLabel)));
    model.addAttribute("clearAs", clearAs(roles));
    model.addAttribute("reviewAs", reviewAs(roles));
    if (!model.containsAttribute("clearForm")) {
      model.addAttribute("clearForm", new FindingForm(""));
    }
    return "custody/holds";
  }

  @PostMapping(CUSTODY + "/holds/{findId}/clearances")
  String clear(@PathVariable UUID productionId, @PathVariable UUID findId,
      @Valid @ModelAttribute("clearForm") FindingForm form, BindingResult result, Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      model.addAttribute("clearingFind", findId);
      return holds(productionId, model);
    }
    return PageSteps.take(redirect, holdsPage(productionId), CustodyWords.say("custody.notice.cleared"),
        () -> holds.clearHold(productionId, findId, form.finding()));
  }

  // ---- a live round found ----

  @GetMapping(CUSTODY + "/live-round")
  String liveRoundForm(@PathVariable UUID productionId, Model model) {
    if (!model.containsAttribute("liveRoundForm")) {
      model.addAttribute("liveRoundForm", new LiveRoundForm("", "", null, null));
    }
    return liveRoundPage(productionId, model);
  }

  @PostMapping(CUSTODY + "/live-rounds-found")
  String liveRoundFound(@PathVariable UUID productionId, @Valid @ModelAttribute("liveRoundForm") LiveRoundForm form,
      BindingResult result, Model model, RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return liveRoundPage(productionId, model);
    }
    return PageSteps.take(redirect, holdsPage(productionId),
        CustodyWords.say("custody.notice.live-round"),
        () -> holds.liveRoundFound(productionId, form.where(), form.description(), form.lotId(), form.weaponId()));
  }

  private String liveRoundPage(UUID productionId, Model model) {
    Production production = access.require(productionId, Permission.VIEW);
    model.addAttribute("production", production);
    model.addAttribute("lots", facts.lots(productionId).stream()
        .collect(Collectors.toMap(l -> l.lotId(), WeaponPageSteps::lotLabel)).entrySet().stream()
        .sorted(Map.Entry.comparingByValue()).toList());
    model.addAttribute("weapons", armory.weapons(productionId).stream().map(w -> w.weapon())
        .sorted(Comparator.comparing(w -> w.label())).toList());
    return "custody/live-round";
  }

  // ---- a misfire or accidental discharge, and the reviews that lift its hold ----

  @PostMapping(WEAPON + "/report")
  String report(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result, RedirectAttributes redirect) {
    String back = "/productions/" + productionId + "/custody/weapons/" + weaponId;
    armory.weapon(productionId, weaponId);
    if (result.hasErrors()) {
      return PageSteps.problem(redirect, back, result.getFieldErrors().get(0).getDefaultMessage());
    }
    if (form.kind() == Report.ACCIDENTAL_DISCHARGE) {
      return PageSteps.take(redirect, back,
          CustodyWords.say("custody.notice.accidental-discharge"),
          () -> custody.accidentalDischarge(productionId, weaponId, form.description()));
    }
    return PageSteps.take(redirect, back,
        CustodyWords.say("custody.notice.misfire"),
        () -> custody.misfire(productionId, weaponId, form.description()));
  }

  @PostMapping(WEAPON + "/review")
  String review(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @ModelAttribute("reviewForm") FindingForm form, BindingResult result,
      @RequestParam(required = false) String from, RedirectAttributes redirect) {
    String back = "holds".equals(from) ? holdsPage(productionId)
        : "/productions/" + productionId + "/custody/weapons/" + weaponId;
    armory.weapon(productionId, weaponId);
    if (result.hasErrors()) {
      return PageSteps.problem(redirect, back, CustodyWords.say("custody.problem.review-finding"));
    }
    return PageSteps.take(redirect, back, CustodyWords.say("custody.notice.reviewed"),
        () -> custody.review(productionId, weaponId, form.finding()));
  }

  // ---- in words ----

  /** An alert or discrepancy as one line: what, when, and the detail that matters. */
  record Alert(String when, String what, String detail) {}

  /**
   * An alert in the reader's words. The English is what the page has always shown but for the checkpoint, said as
   * people say it ("at the meal break on Mon 7 Dec") rather than as recorded; the words of another language come from
   * the bundle and from what the alert records: the weapon, the checkpoint, and the parts of its reason or of a
   * count's differences kept beside the English. An alert recorded before its parts were kept shows its reason as
   * recorded.
   */
  static Alert alert(CustodyView view, CustodyEvent event, Map<UUID, String> weapons) {
    if (event instanceof WeaponLeftUnattended e) {
      String weapon = weapons.containsKey(e.weaponId()) ? weapons.get(e.weaponId())
          : CustodyWords.say("custody.holds.alert.a-weapon");
      String holder = e.holderId() == null ? null : view.name(e.holderId());
      Object checkpoint = view.checkpoint(e.checkpoint());
      Said what = holder == null ? Said.of("custody.holds.alert.left", weapon, checkpoint)
          : Said.of("custody.holds.alert.left-with", weapon, checkpoint, holder);
      String english = weapons.getOrDefault(e.weaponId(), "A weapon") + " left unattended at " + e.checkpoint()
          + (holder == null ? "" : " (last with " + holder + ")");
      return new Alert(view.time(e.occurredAt()), CustodyWords.say(what, english), view.unattendedReason(e));
    }
    if (event instanceof RoundCountMismatch e) {
      return new Alert(view.time(e.occurredAt()), ReadersWords.say(Said.of("custody.holds.alert.mismatch",
          e.day()), "Round count of " + e.day() + " did not reconcile"),
          CustodyWords.say(e.differencesSaid(), e.differences()));
    }
    return new Alert(view.time(event.occurredAt()), CustodyView.kindInWords(event.kind()), "");
  }

  /** The signature the signed-in person gives a firearms hold, as the service records it. */
  private static CrewRole clearAs(Set<CrewRole> roles) {
    return roles.contains(CrewRole.SAFETY_ADVISOR) ? CrewRole.SAFETY_ADVISOR
        : roles.contains(CrewRole.PRODUCER) ? CrewRole.PRODUCER : null;
  }

  /** The side of a weapon's review the signed-in person gives: the armorer's or the safety advisor's. */
  private static CrewRole reviewAs(Set<CrewRole> roles) {
    if (roles.contains(CrewRole.SAFETY_ADVISOR)) {
      return CrewRole.SAFETY_ADVISOR;
    }
    return roles.contains(CrewRole.ARMORER) || roles.contains(CrewRole.PROPERTY_MASTER) ? CrewRole.ARMORER : null;
  }

  private Set<CrewRole> myRoles(UUID productionId) {
    return SignedInUser.current().flatMap(me -> productions.rolesOf(productionId, me.id()))
        .map(roles -> roles.isEmpty() ? Set.<CrewRole>of() : EnumSet.copyOf(roles)).orElse(Set.of());
  }

  private static String holdsPage(UUID productionId) {
    return "/productions/" + productionId + "/custody/holds";
  }

  // ---- forms: the production, weapon and find come from the address, never from a form ----

  record FindingForm(@NotBlank(message = "write what you found") @Size(max = 2000) String finding) {}

  record LiveRoundForm(@NotBlank(message = "say where it was found") @Size(max = 120) String where,
      @Size(max = 2000) String description, UUID lotId, UUID weaponId) {}

  enum Report { MISFIRE, ACCIDENTAL_DISCHARGE }

  record ReportForm(@NotNull(message = "say whether it misfired or discharged by accident") Report kind,
      @Size(max = 2000, message = "keep the description under 2000 characters") String description) {}
}
