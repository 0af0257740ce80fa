package org.setsafe.custody.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.DaySettlements;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Earlier shooting days whose rounds are not accounted for, on a phone: what is wrong with each, whose written
 * settlement it still awaits, and the form for the armorer and the safety advisor to settle it. Readable by
 * everyone on the production; the service decides who may settle, and records a refusal.
 */
@Controller
class DaySettlementPages {

  private static final String DAYS = "/productions/{productionId}/custody/days";

  private final DaySettlements settlements;
  private final Productions productions;
  private final ProductionAccess access;
  /** The production's today, for the view that words the page (the roles a day awaits, in the reader's words). */
  private final Clock clock;

  DaySettlementPages(DaySettlements settlements, Productions productions, ProductionAccess access, Clock clock) {
    this.settlements = settlements;
    this.productions = productions;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping(DAYS)
  String days(@PathVariable UUID productionId, Model model) {
    Production production = access.require(productionId, Permission.VIEW);
    model.addAttribute("production", production);
    model.addAttribute("view", new CustodyView(production, productions.members(productionId), clock));
    model.addAttribute("days", settlements.notSettled(productionId));
    model.addAttribute("settleAs", settleAs(productionId));
    return "custody/days";
  }

  @PostMapping(DAYS + "/{day}/settlements")
  String settle(@PathVariable UUID productionId,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(required = false) String finding, RedirectAttributes redirect) {
    access.require(productionId, Permission.VIEW);
    String back = "/productions/" + productionId + "/custody/days";
    if (finding == null || finding.isBlank()) {
      return PageSteps.problem(redirect, back, CustodyWords.say("custody.problem.settle-finding"));
    }
    if (finding.length() > 2000) {
      return PageSteps.problem(redirect, back, CustodyWords.say("custody.problem.too-long"));
    }
    return PageSteps.take(redirect, back, CustodyWords.say("custody.notice.settled", String.valueOf(day)),
        () -> settlements.settle(productionId, day, finding));
  }

  /** The side the signed-in person settles for: the safety advisor's or the armorer's; null for anyone else. */
  private CrewRole settleAs(UUID productionId) {
    Set<CrewRole> roles = SignedInUser.current().flatMap(me -> productions.rolesOf(productionId, me.id()))
        .map(r -> r.isEmpty() ? Set.<CrewRole>of() : EnumSet.copyOf(r)).orElse(Set.of());
    if (roles.contains(CrewRole.SAFETY_ADVISOR)) {
      return CrewRole.SAFETY_ADVISOR;
    }
    return roles.contains(CrewRole.ARMORER) || roles.contains(CrewRole.PROPERTY_MASTER) ? CrewRole.ARMORER : null;
  }
}
