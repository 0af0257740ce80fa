package org.setsafe.custody.web;

import java.time.Clock;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Custody;
import org.setsafe.custody.CustodyBoard;
import org.setsafe.custody.CustodyBoard.LotStatus;
import org.setsafe.custody.CustodyBoards;
import org.setsafe.custody.NotOnThisProduction;
import org.setsafe.custody.Rounds;
import org.setsafe.custody.domain.LotCommand.CountRounds;
import org.setsafe.custody.domain.LotCommand.ReleaseLot;
import org.setsafe.custody.domain.LotCommand.ReturnRounds;
import org.setsafe.custody.domain.LotCommand.TransferRounds;
import org.setsafe.custody.domain.TransferDirection;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.RuleRefusedException;
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
 * The phone screens for rounds after they were received: the wrap page where the armorer counts every lot and
 * closes the day, one lot's rounds (count, return to the supplier, transfer, re-inspect; one action a screen),
 * and a weapon's rounds fired, malfunction and disposal. Same {@link Rounds} and {@link Custody} services as
 * the API: a refusal is recorded there and comes back here with its rule in plain words.
 */
@Controller
class RoundsPages {

  private static final String CUSTODY = "/productions/{productionId}/custody";
  private static final String WRAP = CUSTODY + "/wrap";
  private static final String LOT = CUSTODY + "/rounds/{lotId}";
  private static final String WEAPON = CUSTODY + "/weapons/{weaponId}";
  /** The wrap page's count fields are named {@code count.<lot id>}. */
  private static final String COUNT_FIELD = "count.";

  private final Rounds rounds;
  private final Custody custody;
  private final CustodyBoards boards;
  private final Armory armory;
  private final Productions productions;
  private final ProductionAccess access;
  /** Whose "today" decides whether a time on a page carries its date: the production's, not the server's. */
  private final Clock clock;

  RoundsPages(Rounds rounds, Custody custody, CustodyBoards boards, Armory armory, Productions productions,
      ProductionAccess access, Clock clock) {
    this.rounds = rounds;
    this.custody = custody;
    this.boards = boards;
    this.armory = armory;
    this.productions = productions;
    this.access = access;
    this.clock = clock;
  }

  // ---- wrap: count every lot and close the day ----

  @GetMapping(WRAP)
  String wrap(@PathVariable UUID productionId, Model model) {
    Rounds.WrapSheet sheet = rounds.wrap(productionId);
    Production production = access.require(productionId, Permission.VIEW);
    model.addAttribute("production", production);
    model.addAttribute("view", new CustodyView(production, productions.members(productionId), clock));
    model.addAttribute("sheet", sheet);
    model.addAttribute("mayClose", rounds.mayCloseDay(roles(productionId)));
    if (!model.containsAttribute("typed")) {
      Map<String, String> typed = new LinkedHashMap<>();
      sheet.lots().forEach(lot -> typed.put(lot.lot().lotId().toString(),
          lot.countedToday() == null ? "" : lot.countedToday().toString()));
      model.addAttribute("typed", typed);
    }
    return "custody/wrap";
  }

  /** Records the counts typed and closes the day; on a mismatch the counts typed come back for a recount. */
  @PostMapping(WRAP + "/close")
  String closeDay(@PathVariable UUID productionId, @RequestParam Map<String, String> params,
      RedirectAttributes redirect) {
    access.require(productionId, Permission.VIEW);
    Map<String, String> typed = new LinkedHashMap<>();
    Map<UUID, Integer> counts = new LinkedHashMap<>();
    try {
      params.forEach((name, value) -> {
        if (!name.startsWith(COUNT_FIELD)) {
          return;
        }
        String lot = name.substring(COUNT_FIELD.length());
        String text = value == null ? "" : value.strip();
        typed.put(lot, text);
        if (!text.isEmpty()) {
          counts.put(uuid(lot), number(text));
        }
      });
      rounds.closeDay(productionId, counts);
      redirect.addFlashAttribute("notice", CustodyWords.say("custody.notice.day-closed"));
    } catch (RuleRefusedException e) {
      redirect.addFlashAttribute("refusal", CustodyView.refused(e));
      redirect.addFlashAttribute("typed", typed);
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.forReader());
      redirect.addFlashAttribute("typed", typed);
    }
    return "redirect:/productions/" + productionId + "/custody/wrap";
  }

  // ---- one lot's rounds ----

  @GetMapping(LOT)
  String lot(@PathVariable UUID productionId, @PathVariable UUID lotId, Model model) {
    return lotPage(productionId, lotId, "", model);
  }

  @GetMapping(LOT + "/count")
  String countForm(@PathVariable UUID productionId, @PathVariable UUID lotId, Model model) {
    return lotPage(productionId, lotId, "count", model);
  }

  @GetMapping(LOT + "/return")
  String returnForm(@PathVariable UUID productionId, @PathVariable UUID lotId, Model model) {
    return lotPage(productionId, lotId, "return", model);
  }

  @GetMapping(LOT + "/transfer")
  String transferForm(@PathVariable UUID productionId, @PathVariable UUID lotId, Model model) {
    return lotPage(productionId, lotId, "transfer", model);
  }

  @GetMapping(LOT + "/reinspect")
  String reinspectForm(@PathVariable UUID productionId, @PathVariable UUID lotId, Model model) {
    return lotPage(productionId, lotId, "reinspect", model);
  }

  @PostMapping(LOT + "/count")
  String count(@PathVariable UUID productionId, @PathVariable UUID lotId,
      @ModelAttribute("countForm") CountForm form, BindingResult result, RedirectAttributes redirect) {
    return lotStep(productionId, lotId, "count", result, redirect, CustodyWords.say("custody.notice.counted"),
        () -> rounds.take(productionId, new CountRounds(lotId, required(form.counted(), "counted"))));
  }

  @PostMapping(LOT + "/return")
  String returnToSupplier(@PathVariable UUID productionId, @PathVariable UUID lotId,
      @ModelAttribute("returnForm") ReturnForm form, BindingResult result, RedirectAttributes redirect) {
    return lotStep(productionId, lotId, "return", result, redirect, CustodyWords.say("custody.notice.rounds-returned"),
        () -> rounds.take(productionId, new ReturnRounds(lotId, required(form.count(), "count"))));
  }

  @PostMapping(LOT + "/transfer")
  String transfer(@PathVariable UUID productionId, @PathVariable UUID lotId,
      @ModelAttribute("transferForm") TransferForm form, BindingResult result, RedirectAttributes redirect) {
    return lotStep(productionId, lotId, "transfer", result, redirect, CustodyWords.say("custody.notice.rounds-transferred"),
        () -> rounds.take(productionId, new TransferRounds(lotId, required(form.count(), "count"),
            required(form.direction(), "direction"), form.counterpart())));
  }

  @PostMapping(LOT + "/reinspect")
  String reinspect(@PathVariable UUID productionId, @PathVariable UUID lotId,
      @ModelAttribute("reinspectForm") ReinspectForm form, BindingResult result, RedirectAttributes redirect) {
    return lotStep(productionId, lotId, "reinspect", result, redirect, CustodyWords.say("custody.notice.reinspected"),
        () -> rounds.take(productionId, new ReleaseLot(lotId, form.finding())));
  }

  private String lotPage(UUID productionId, UUID lotId, String action, Model model) {
    CustodyBoard board = boards.board(productionId);
    LotStatus lot = board.lots().stream().filter(l -> l.lotId().equals(lotId)).findFirst()
        .orElseThrow(() -> NotOnThisProduction.lot(lotId));
    Production production = access.require(productionId, Permission.VIEW);
    model.addAttribute("production", production);
    model.addAttribute("lot", lot);
    model.addAttribute("action", action);
    model.addAttribute("armorer", armorer(productionId));
    model.addAttribute("directions", TransferDirection.values());
    defaults(model, "countForm", new CountForm(null));
    defaults(model, "returnForm", new ReturnForm(null));
    defaults(model, "transferForm", new TransferForm(null, TransferDirection.OUT, ""));
    defaults(model, "reinspectForm", new ReinspectForm(""));
    return "custody/rounds";
  }

  /** Takes one lot step; a refusal or bad input comes back to the same form, the step done goes to the lot. */
  private String lotStep(UUID productionId, UUID lotId, String action, BindingResult result,
      RedirectAttributes redirect, String notice, Supplier<?> step) {
    access.require(productionId, Permission.VIEW);
    String lotUrl = "/productions/" + productionId + "/custody/rounds/" + lotId;
    try {
      if (result.hasErrors()) {
        throw new InvalidInputException(result.getFieldErrors().get(0).getField(), "Type",
            "write a whole number of rounds").saying("input.custody.rounds.whole-number");
      }
      step.get();
      redirect.addFlashAttribute("notice", notice);
      return "redirect:" + lotUrl;
    } catch (RuleRefusedException e) {
      redirect.addFlashAttribute("refusal", CustodyView.refused(e));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.forReader());
    }
    return "redirect:" + lotUrl + "/" + action;
  }

  // ---- a weapon: rounds fired, malfunction, disposal ----

  @PostMapping(WEAPON + "/discharge")
  String discharge(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @ModelAttribute("dischargeForm") DischargeForm form, BindingResult result, RedirectAttributes redirect) {
    return weaponStep(productionId, weaponId, result, redirect, CustodyWords.say("custody.notice.fired"),
        () -> custody.discharge(productionId, weaponId, required(form.lot(), "lot"), required(form.count(), "count")));
  }

  @PostMapping(WEAPON + "/malfunction")
  String malfunction(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @ModelAttribute("malfunctionForm") MalfunctionForm form, BindingResult result, RedirectAttributes redirect) {
    return weaponStep(productionId, weaponId, result, redirect,
        "Malfunction recorded. The armorer inspects it before it is shown clear again.",
        () -> custody.malfunction(productionId, weaponId, form.description()));
  }

  @GetMapping(WEAPON + "/dispose")
  String disposeForm(@PathVariable UUID productionId, @PathVariable UUID weaponId, Model model) {
    CustodyBoard.WeaponStatus weapon = boards.weapon(productionId, weaponId);
    Production production = access.require(productionId, Permission.VIEW);
    org.setsafe.custody.domain.Weapon record = armory.weapon(productionId, weaponId).weapon();
    model.addAttribute("production", production);
    model.addAttribute("weapon", weapon);
    model.addAttribute("record", record);
    model.addAttribute("armorer", armorer(productionId));
    defaults(model, "disposeForm", new DisposeForm(record.owner().name(), "", record.owner().licenceNumber(),
        "Returned to the rental house"));
    return "custody/dispose";
  }

  @PostMapping(WEAPON + "/dispose")
  String dispose(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @ModelAttribute("disposeForm") DisposeForm form, BindingResult result, RedirectAttributes redirect) {
    access.require(productionId, Permission.VIEW);
    String weaponUrl = "/productions/" + productionId + "/custody/weapons/" + weaponId;
    try {
      custody.dispose(productionId, weaponId, form.recipient(), form.address(), form.licenceNumber(),
          form.disposition());
      redirect.addFlashAttribute("notice", CustodyWords.say("custody.notice.disposed"));
      return "redirect:" + weaponUrl;
    } catch (RuleRefusedException e) {
      redirect.addFlashAttribute("refusal", CustodyView.refused(e));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.forReader());
    }
    redirect.addFlashAttribute("disposeForm", form);
    return "redirect:" + weaponUrl + "/dispose";
  }

  private String weaponStep(UUID productionId, UUID weaponId, BindingResult result, RedirectAttributes redirect,
      String notice, Supplier<?> step) {
    access.require(productionId, Permission.VIEW);
    try {
      if (result.hasErrors()) {
        throw new InvalidInputException(result.getFieldErrors().get(0).getField(), "Type",
            "write a whole number of rounds and pick the lot").saying("input.custody.rounds.whole-number-and-lot");
      }
      step.get();
      redirect.addFlashAttribute("notice", notice);
    } catch (RuleRefusedException e) {
      redirect.addFlashAttribute("refusal", CustodyView.refused(e));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.forReader());
    }
    return "redirect:/productions/" + productionId + "/custody/weapons/" + weaponId;
  }

  // ---- helpers ----

  private boolean armorer(UUID productionId) {
    Set<CrewRole> roles = roles(productionId);
    return roles.contains(CrewRole.ARMORER) || roles.contains(CrewRole.PROPERTY_MASTER);
  }

  /** The signed-in person's roles on this production; none for someone who watches without being on its crew. */
  private Set<CrewRole> roles(UUID productionId) {
    Optional<UUID> me = SignedInUser.current().map(SignedInUser::id);
    return me.flatMap(id -> productions.rolesOf(productionId, id)).orElse(Set.of());
  }

  private static void defaults(Model model, String name, Object form) {
    if (!model.containsAttribute(name)) {
      model.addAttribute(name, form);
    }
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidInputException(field, "NotNull", field + " is required").saying("input.custody.required", field);
    }
    return value;
  }

  private static UUID uuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("counts", "Exists", "no lot " + text + " on this production")
          .saying("reason.Exists.lot", text);
    }
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("counts", "Type", "a count is a whole number of rounds, not '" + text + "'")
          .saying("input.custody.rounds.count-not-a-number", text);
    }
  }

  // ---- forms: the lot, the weapon and the production come from the address, never from a form ----

  record CountForm(@NotNull @PositiveOrZero Integer counted) {}

  record ReturnForm(@NotNull @Positive Integer count) {}

  record TransferForm(@NotNull @Positive Integer count, @NotNull TransferDirection direction,
      @NotBlank @Size(max = 120) String counterpart) {}

  record ReinspectForm(@NotBlank @Size(max = 2000) String finding) {}

  record DischargeForm(@NotNull UUID lot, @NotNull @Positive Integer count) {}

  record MalfunctionForm(@NotBlank @Size(max = 2000) String description) {}

  record DisposeForm(@NotBlank @Size(max = 120) String recipient, @Size(max = 2000) String address,
      @Size(max = 120) String licenceNumber, @NotBlank @Size(max = 120) String disposition) {}

  /** The lots in a weapon, by name, for the weapon page's rounds-fired form. */
  static Map<UUID, String> lotNames(List<LotStatus> lots) {
    Map<UUID, String> names = new LinkedHashMap<>();
    lots.forEach(lot -> names.put(lot.lotId(), lot.name()));
    return names;
  }
}
