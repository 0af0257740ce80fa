package org.setsafe.custody.web;

import java.time.Clock;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Custody;
import org.setsafe.custody.CustodyBoard.HistoryEntry;
import org.setsafe.custody.CustodyBoards;
import org.setsafe.custody.CustodyFacts;
import org.setsafe.custody.CustodyFacts.LotRecord;
import org.setsafe.custody.domain.CustodyEvents.DummiesVerified;
import org.setsafe.custody.domain.CustodyEvents.LiveRoundFound;
import org.setsafe.custody.domain.CustodyEvents.LotKeptInQuarantine;
import org.setsafe.custody.domain.CustodyEvents.LotQuarantined;
import org.setsafe.custody.domain.CustodyEvents.LotReinspected;
import org.setsafe.custody.domain.CustodyEvents.RoundsCounted;
import org.setsafe.custody.domain.CustodyEvents.RoundsDischarged;
import org.setsafe.custody.domain.CustodyEvents.RoundsReturnedToSupplier;
import org.setsafe.custody.domain.CustodyEvents.RoundsTransferred;
import org.setsafe.custody.domain.CustodyEvents.WeaponLoaded;
import org.setsafe.custody.domain.CustodyEvents.WeaponUnloaded;
import org.setsafe.custody.domain.TransferDirection;
import org.setsafe.custody.domain.VerificationMethod;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.shared.ConflictException;
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
 * One ammunition lot on a phone: what was received and from where, where its rounds are now (in weapons,
 * fired, moved, returned, on hand), whether every dummy has been verified, and everything that touched its
 * rounds. The armorer records a dummy check here; only a check of every round verifies the lot.
 */
@Controller
class LotPages {

  private static final String LOT = "/productions/{productionId}/custody/lots/{lotId}";

  private final CustodyFacts facts;
  private final Custody custody;
  private final Armory armory;
  private final Productions productions;
  private final CustodyBoards boards;
  private final ProductionAccess access;
  /** Whose "today" decides whether a time on a page carries its date: the production's, not the server's. */
  private final Clock clock;

  LotPages(CustodyFacts facts, Custody custody, Armory armory, Productions productions, CustodyBoards boards,
      ProductionAccess access, Clock clock) {
    this.facts = facts;
    this.custody = custody;
    this.armory = armory;
    this.productions = productions;
    this.boards = boards;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping(LOT)
  String lot(@PathVariable UUID productionId, @PathVariable UUID lotId, Model model) {
    LotRecord record = facts.lot(productionId, lotId);
    if (!model.containsAttribute("verifyForm")) {
      model.addAttribute("verifyForm", new VerifyForm(null, record.lot().count()));
    }
    return lotPage(productionId, record, model);
  }

  @PostMapping(LOT + "/dummies-verified")
  String verify(@PathVariable UUID productionId, @PathVariable UUID lotId,
      @Valid @ModelAttribute("verifyForm") VerifyForm form, BindingResult result, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    if (result.hasErrors()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return lotPage(productionId, facts.lot(productionId, lotId), model);
    }
    // A refusal or a conflict is answered on the same page with what was typed kept, so nothing is typed twice.
    try {
      custody.verifyDummies(productionId, lotId, form.method(), form.roundsVerified());
    } catch (RuleRefusedException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("refusal", CustodyView.refused(e));
      return lotPage(productionId, facts.lot(productionId, lotId), model);
    } catch (InvalidInputException e) {
      response.setStatus(e instanceof ConflictException ? HttpServletResponse.SC_CONFLICT
          : HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("problem", e.forReader());
      return lotPage(productionId, facts.lot(productionId, lotId), model);
    }
    redirect.addFlashAttribute("notice",
        CustodyWords.say("custody.notice.dummies-verified", String.valueOf(form.roundsVerified()), method(form.method())));
    return "redirect:/productions/" + productionId + "/custody/lots/" + lotId;
  }

  private String lotPage(UUID productionId, LotRecord record, Model model) {
    Production production = access.require(productionId, Permission.VIEW);
    CustodyView view = new CustodyView(production, productions.members(productionId), clock);
    Map<UUID, String> weapons = armory.weapons(productionId).stream()
        .collect(Collectors.toMap(w -> w.weapon().id(), w -> w.weapon().label()));
    model.addAttribute("production", production);
    model.addAttribute("view", view);
    model.addAttribute("record", record);
    model.addAttribute("balance", record.balance());
    model.addAttribute("shortId", TagSheet.shortId(record.lot().id()));
    model.addAttribute("history", record.history().stream().map(h -> line(view, h, record.lot().id(), weapons)).toList());
    model.addAttribute("verifications", record.verifications().stream()
        .map(v -> CustodyWords.say("custody.lot.verification", view.name(v.actorId()), view.time(v.occurredAt()),
            String.valueOf(v.roundsVerified()), String.valueOf(record.lot().count()), method(v.method())))
        .toList());
    model.addAttribute("methods", VerificationMethod.values());
    model.addAttribute("may", AmmunitionLotPages.names(boards.lotSteps(productionId, record.lot().id())));
    return "custody/lot";
  }

  /** One fact about the lot's rounds, in words: "6 rounds into Colt Single Action Army #A1234". */
  static CustodyView.Line line(CustodyView view, HistoryEntry entry, UUID lotId, Map<UUID, String> weapons) {
    Object event = entry.event();
    String detail = "";
    if (event instanceof DummiesVerified e) {
      detail = CustodyWords.say("custody.line.rounds-by", String.valueOf(e.roundsVerified()), method(e.method()));
    } else if (event instanceof WeaponLoaded e) {
      detail = CustodyWords.say("custody.line.into", String.valueOf(e.roundsFrom(lotId)), weapon(weapons, e.weaponId()));
    } else if (event instanceof WeaponUnloaded e) {
      detail = CustodyWords.say("custody.line.back-from", String.valueOf(e.roundsBackToLot().getOrDefault(lotId, 0)),
          weapon(weapons, e.weaponId()));
    } else if (event instanceof RoundsDischarged e) {
      detail = CustodyWords.say("custody.line.fired-from", String.valueOf(e.count()), weapon(weapons, e.weaponId()));
    } else if (event instanceof RoundsCounted e) {
      detail = CustodyWords.say("custody.line.counted", String.valueOf(e.counted()));
    } else if (event instanceof RoundsTransferred e) {
      detail = CustodyWords.say(e.direction() == TransferDirection.IN ? "custody.line.in-from" : "custody.line.out-to",
          String.valueOf(e.count()), e.counterpart());
    } else if (event instanceof RoundsReturnedToSupplier e) {
      detail = CustodyWords.say("custody.line.to-supplier", String.valueOf(e.count()));
    } else if (event instanceof LotReinspected e) {
      detail = CustodyWords.say("custody.line.released", e.finding());
    } else if (event instanceof LotQuarantined e) {
      detail = e.reason();
    } else if (event instanceof LotKeptInQuarantine e) {
      detail = CustodyWords.say("custody.line.kept", e.finding());
    } else if (event instanceof LiveRoundFound e) {
      detail = CustodyWords.say("custody.line.at", e.where());
    }
    return new CustodyView.Line(entry.version(), view.time(entry.occurredAt()), view.name(entry.actorId()),
        entry.kind(), CustodyView.kindInWords(entry.kind()), detail);
  }

  static String method(VerificationMethod method) {
    if (method == null) {
      return "";
    }
    return CustodyWords.say("custody.method." + method.name());
  }

  private static String weapon(Map<UUID, String> weapons, UUID weaponId) {
    return weapons.getOrDefault(weaponId, CustodyWords.say("custody.line.a-weapon"));
  }

  /** The lot comes from the address, never from the form. */
  record VerifyForm(@NotNull VerificationMethod method,
      @NotNull @Positive @Max(1_000_000) Integer roundsVerified) {}
}
