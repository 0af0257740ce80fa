package org.setsafe.custody.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.setsafe.custody.Armory;
import org.setsafe.custody.CustodyBoard.LotStatus;
import org.setsafe.custody.CustodyBoards;
import org.setsafe.custody.CustodyFacts;
import org.setsafe.custody.NotOnThisProduction;
import org.setsafe.custody.Rounds;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.custody.domain.CustodyAction;
import org.setsafe.custody.domain.LotOrigin;
import org.setsafe.custody.domain.LotCommand.KeepInQuarantine;
import org.setsafe.custody.domain.LotCommand.QuarantineLot;
import org.setsafe.custody.domain.LotCommand.ReleaseLot;
import org.setsafe.custody.domain.RoundClass;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.RuleRefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ammunition lots on a phone: every lot by name with where it stands, registering a lot as it arrives, taking
 * one out of use with the reason written, and re-inspecting a quarantined lot (released, or kept out of use).
 * Same {@link Armory} and {@link Rounds} as the API, so a refusal is the same rule and is recorded the same way.
 * A form sent back is answered on the same page, with every field's problem at once and what was typed kept: 400
 * for what was typed, 409 for a rule's refusal. The forms offered are the steps the custody domain gives the person
 * signed in on that lot ({@code LotBalance.nextSteps}): the armorer's or property master's, as the lot stands.
 */
@Controller
class AmmunitionLotPages {

  private static final String LOTS = "/productions/{productionId}/custody/lots";
  private static final String LOT = LOTS + "/{lotId}";

  private final Armory armory;
  private final Rounds rounds;
  private final CustodyFacts facts;
  private final CustodyBoards boards;
  private final ProductionAccess access;
  private final Clock clock;

  AmmunitionLotPages(Armory armory, Rounds rounds, CustodyFacts facts, CustodyBoards boards,
      ProductionAccess access, Clock clock) {
    this.armory = armory;
    this.rounds = rounds;
    this.facts = facts;
    this.boards = boards;
    this.access = access;
    this.clock = clock;
  }

  // ---- every lot ----

  @GetMapping(LOTS)
  String lots(@PathVariable UUID productionId, Model model) {
    List<LotStatus> lots = facts.lots(productionId).stream()
        .sorted(Comparator.comparing(LotStatus::receivedOn).reversed().thenComparing(LotStatus::name)).toList();
    model.addAttribute("production", access.require(productionId, Permission.VIEW));
    model.addAttribute("lots", lots);
    model.addAttribute("may", names(boards.lotRegisterSteps(productionId)));
    return "custody/lots";
  }

  // ---- register a lot as it arrives ----

  @GetMapping(LOTS + "/new")
  String newLot(@PathVariable UUID productionId, Model model) {
    Production production = access.require(productionId, Permission.VIEW);
    model.addAttribute("lotForm", new LotForm("", "", "",
        LocalDate.now(clock.withZone(production.timeZone())).toString(), "", LotOrigin.NEW_FROM_SUPPLIER.name()));
    return registerPage(productionId, model, Map.of());
  }

  @PostMapping(LOTS)
  String register(@PathVariable UUID productionId, @Valid @ModelAttribute("lotForm") LotForm form,
      BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    access.require(productionId, Permission.VIEW);
    Map<String, String> errors = errors(result);
    Integer count = form.countTyped(errors);
    LocalDate receivedOn = form.receivedOnTyped(errors);
    LotOrigin origin = form.originTyped(errors);
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return registerPage(productionId, model, errors);
    }
    try {
      AmmunitionLot lot = armory.registerLot(productionId, form.roundClass(), form.caliber(), form.supplier(),
          receivedOn, count, origin);
      redirect.addFlashAttribute("notice", CustodyWords.say("custody.notice.lot-received", String.valueOf(lot.count()), lot.displayName())
          + " " + (lot.origin().quarantinedOnArrival() ? CustodyWords.say("custody.notice.lot-received.quarantined")
              : lot.roundClass().dummy() ? CustodyWords.say("custody.notice.lot-received.check") : CustodyWords.say("custody.notice.lot-received.usable")));
      return "redirect:/productions/" + productionId + "/custody/lots/" + lot.id();
    } catch (RuleRefusedException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("refusal", CustodyView.refused(e));
      return registerPage(productionId, model, Map.of());
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return registerPage(productionId, model, Map.of(LotForm.FIELDS.contains(e.field()) ? e.field() : "roundClass",
          sentence(e.forReader())));
    }
  }

  private String registerPage(UUID productionId, Model model, Map<String, String> errors) {
    model.addAttribute("production", access.require(productionId, Permission.VIEW));
    model.addAttribute("may", names(boards.lotRegisterSteps(productionId)));
    model.addAttribute("classes", RoundClass.values());
    model.addAttribute("errors", errors);
    return "custody/lot-register";
  }

  // ---- quarantine ----

  @GetMapping(LOT + "/quarantine")
  String quarantineForm(@PathVariable UUID productionId, @PathVariable UUID lotId, Model model) {
    model.addAttribute("quarantineForm", new QuarantineForm(""));
    return stepPage(productionId, lotId, "quarantine", model, Map.of());
  }

  @PostMapping(LOT + "/quarantine")
  String quarantine(@PathVariable UUID productionId, @PathVariable UUID lotId,
      @Valid @ModelAttribute("quarantineForm") QuarantineForm form, BindingResult result, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    return step(productionId, lotId, "quarantine", result, model, redirect, response,
        CustodyWords.say("custody.notice.quarantined"),
        () -> rounds.take(productionId, new QuarantineLot(lotId, form.reason())));
  }

  // ---- re-inspect: release it, or keep it out of use ----

  @GetMapping(LOT + "/reinspect")
  String reinspectForm(@PathVariable UUID productionId, @PathVariable UUID lotId, Model model) {
    model.addAttribute("reinspectForm", new ReinspectForm(""));
    return stepPage(productionId, lotId, "reinspect", model, Map.of());
  }

  @PostMapping(LOT + "/reinspect")
  String reinspect(@PathVariable UUID productionId, @PathVariable UUID lotId,
      @Valid @ModelAttribute("reinspectForm") ReinspectForm form, BindingResult result,
      @RequestParam(name = "decision", defaultValue = "") String decision, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    if (!decision.equals("release") && !decision.equals("keep")) {
      result.reject("decision", "Say whether the lot is released or kept in quarantine.");
    }
    boolean release = decision.equals("release");
    return step(productionId, lotId, "reinspect", result, model, redirect, response,
        release ? CustodyWords.say("custody.notice.released")
            : CustodyWords.say("custody.notice.kept-in-quarantine"),
        () -> rounds.take(productionId, release ? new ReleaseLot(lotId, form.finding())
            : new KeepInQuarantine(lotId, form.finding())));
  }

  /**
   * Takes one lot step: what was typed wrong, a rule's refusal or a conflict comes back on the same form with the
   * text kept; the step done goes to the lot's page with a notice.
   */
  private String step(UUID productionId, UUID lotId, String action, BindingResult result, Model model,
      RedirectAttributes redirect, HttpServletResponse response, String notice, Supplier<?> take) {
    access.require(productionId, Permission.VIEW);
    Map<String, String> errors = errors(result);
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return stepPage(productionId, lotId, action, model, errors);
    }
    try {
      take.get();
      redirect.addFlashAttribute("notice", notice);
      return "redirect:/productions/" + productionId + "/custody/lots/" + lotId;
    } catch (RuleRefusedException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("refusal", CustodyView.refused(e));
      return stepPage(productionId, lotId, action, model, Map.of());
    } catch (ConflictException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("problem", sentence(e.forReader()));
      return stepPage(productionId, lotId, action, model, Map.of());
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      String field = action.equals("quarantine") ? "reason" : "finding";
      return stepPage(productionId, lotId, action, model, Map.of(field, sentence(e.forReader())));
    }
  }

  private String stepPage(UUID productionId, UUID lotId, String action, Model model, Map<String, String> errors) {
    LotStatus lot = facts.lots(productionId).stream().filter(l -> l.lotId().equals(lotId)).findFirst()
        .orElseThrow(() -> NotOnThisProduction.lot(lotId));
    model.addAttribute("production", access.require(productionId, Permission.VIEW));
    model.addAttribute("lot", lot);
    model.addAttribute("action", action);
    model.addAttribute("step", action.equals("quarantine") ? CustodyAction.QUARANTINE_LOT.name()
        : CustodyAction.REINSPECT_LOT.name());
    model.addAttribute("may", names(boards.lotSteps(productionId, lotId)));
    model.addAttribute("errors", errors);
    return "custody/lot-step";
  }

  // ---- helpers ----

  /** The steps the custody domain offers the person signed in, by name for the templates: a form only for these. */
  static Set<String> names(List<CustodyAction> steps) {
    return steps.stream().map(Enum::name).collect(Collectors.toSet());
  }

  /** Every field's problem at once, in words (the forms hold text only, so every value typed can be judged). */
  private static Map<String, String> errors(BindingResult result) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldError error : result.getFieldErrors()) {
      errors.putIfAbsent(error.getField(), error.getDefaultMessage());
    }
    result.getGlobalErrors().forEach(error -> errors.putIfAbsent(error.getCode(), error.getDefaultMessage()));
    return errors;
  }

  private static String sentence(String message) {
    if (message == null || message.isEmpty()) {
      return "";
    }
    String words = Character.toUpperCase(message.charAt(0)) + message.substring(1);
    return words.endsWith(".") ? words : words + ".";
  }

  // ---- forms: the production and the lot come from the address, never from a form ----

  /**
   * The lot as typed. Numbers, the date and the origin are kept as text, so a value the form cannot read comes
   * back as typed, named beside its field with the others, instead of stopping the whole form.
   */
  record LotForm(
      @NotBlank(message = "Pick the class: dummies, or quarter-, half- or full-load blanks.") String roundClass,
      @NotBlank(message = "Write the caliber, e.g. .45 Colt.") @Size(max = 120, message = "Keep the caliber under 120 characters.") String caliber,
      @NotBlank(message = "Write the maker or supplier, as on the box.") @Size(max = 120, message = "Keep the maker under 120 characters.") String supplier,
      @NotBlank(message = "Write the day it arrived.") String receivedOn,
      @NotBlank(message = "Write how many rounds arrived.") String count,
      @NotBlank(message = "Say whether it is new from the supplier or from another production.") String origin) {
    static final Set<String> FIELDS = Set.of("roundClass", "caliber", "supplier", "receivedOn", "count", "origin");

    Integer countTyped(Map<String, String> errors) {
      if (count == null || count.isBlank()) {
        return null;
      }
      try {
        int rounds = Integer.parseInt(count.strip());
        if (rounds < 1 || rounds > 1_000_000) {
          errors.putIfAbsent("count", "A lot holds from 1 to 1,000,000 rounds.");
        }
        return rounds;
      } catch (NumberFormatException e) {
        errors.putIfAbsent("count", "Write how many rounds as a whole number.");
        return null;
      }
    }

    LocalDate receivedOnTyped(Map<String, String> errors) {
      if (receivedOn == null || receivedOn.isBlank()) {
        return null;
      }
      try {
        return LocalDate.parse(receivedOn.strip());
      } catch (DateTimeParseException e) {
        errors.putIfAbsent("receivedOn", "Write the day it arrived as a date.");
        return null;
      }
    }

    LotOrigin originTyped(Map<String, String> errors) {
      for (LotOrigin known : LotOrigin.values()) {
        if (known.name().equals(origin)) {
          return known;
        }
      }
      errors.putIfAbsent("origin", "Say whether it is new from the supplier or from another production.");
      return null;
    }
  }

  record QuarantineForm(
      @NotBlank(message = "Write why it is taken out of use.") @Size(max = 2000, message = "Keep the reason under 2,000 characters.") String reason) {}

  record ReinspectForm(
      @NotBlank(message = "Write what you found.") @Size(max = 2000, message = "Keep what you found under 2,000 characters.") String finding) {}
}
