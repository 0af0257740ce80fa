package org.setsafe.custody.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.Armory;
import org.setsafe.custody.CustodyBoard.LotStatus;
import org.setsafe.custody.CustodyBoard.WeaponStatus;
import org.setsafe.custody.CustodyBoards;
import org.setsafe.custody.CustodyFacts;
import org.setsafe.custody.domain.CustodyAction;
import org.setsafe.custody.domain.FirearmType;
import org.setsafe.custody.domain.Weapon;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Productions;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the weapon page's block of load, unload, transfer, report and review forms needs, added to the model
 * when the weapon's page is shown: the lots that may be loaded, the rounds in it per lot, who it may be
 * transferred to, and who may report or review. Kept apart so the weapon page's own controller stays as it is.
 */
@ControllerAdvice(assignableTypes = CustodyPages.class)
class WeaponPageSteps {

  private final CustodyBoards boards;
  private final CustodyFacts facts;
  private final Armory armory;
  private final Productions productions;

  WeaponPageSteps(CustodyBoards boards, CustodyFacts facts, Armory armory, Productions productions) {
    this.boards = boards;
    this.facts = facts;
    this.armory = armory;
    this.productions = productions;
  }

  /** One lot as the load form offers it. */
  record LotChoice(UUID lotId, String label, int remaining) {}

  /** The rounds of one lot in the weapon, for the unload form. */
  record InWeapon(UUID lotId, String label, int rounds) {}

  /** The {@code can…} flags render the steps the custody domain allows this person now ({@code WeaponStatus.nextSteps}). */
  record Steps(boolean armorer, boolean crew, boolean reviewer, boolean loadable, boolean revolver,
      List<String> positions, List<LotChoice> lots, List<InWeapon> inWeapon, List<Member> armorers,
      boolean canLoad, boolean canUnload, boolean canTransfer, boolean canReport, boolean canDischarge,
      boolean canDispose) {}

  @ModelAttribute
  void steps(@PathVariable(required = false) UUID productionId, @PathVariable(required = false) UUID weaponId,
      HttpServletRequest request, Model model) {
    // Only the weapon's page shows the block; the steps' own POSTs redirect to it.
    if (productionId == null || weaponId == null || !"GET".equals(request.getMethod())) {
      return;
    }
    WeaponStatus weapon = boards.weapon(productionId, weaponId);
    Weapon record = armory.weapon(productionId, weaponId).weapon();
    UUID me = SignedInUser.current().map(SignedInUser::id).orElse(null);
    Set<CrewRole> roles = me == null ? Set.of() : productions.rolesOf(productionId, me).orElse(Set.of());
    boolean armorer = roles.contains(CrewRole.ARMORER) || roles.contains(CrewRole.PROPERTY_MASTER);
    List<LotStatus> allLots = facts.lots(productionId);
    Map<UUID, String> lotLabels = new LinkedHashMap<>();
    allLots.forEach(lot -> lotLabels.put(lot.lotId(), lotLabel(lot)));
    List<LotChoice> lots = allLots.stream()
        .filter(lot -> lot.verified() && !lot.quarantined() && lot.remaining() > 0)
        .sorted(Comparator.comparing((LotStatus lot) -> !lot.caliber().equalsIgnoreCase(
            record.caliberOrGauge() == null ? "" : record.caliberOrGauge())).thenComparing(LotStatus::caliber))
        .map(lot -> new LotChoice(lot.lotId(), lotLabel(lot), lot.remaining())).toList();
    List<InWeapon> inWeapon = weapon.roundsInWeapon().entrySet().stream()
        .map(e -> new InWeapon(e.getKey(), lotLabels.getOrDefault(e.getKey(), "Lot " + TagSheet.shortId(e.getKey())),
            e.getValue()))
        .toList();
    List<Member> armorers = productions.members(productionId).stream()
        .filter(m -> (m.holds(CrewRole.ARMORER) || m.holds(CrewRole.PROPERTY_MASTER)) && !m.userId().equals(me))
        .sorted(Comparator.comparing(Member::displayName)).toList();
    model.addAttribute("steps", new Steps(armorer, !roles.isEmpty(), weapon.may(CustodyAction.REVIEW),
        record.loadable(), record.type() == FirearmType.REVOLVER, ArmorerStepPages.positions(record.type()), lots,
        inWeapon, armorers, weapon.may(CustodyAction.LOAD), weapon.may(CustodyAction.UNLOAD),
        weapon.may(CustodyAction.TRANSFER) && !armorers.isEmpty(), weapon.may(CustodyAction.REPORT),
        weapon.may(CustodyAction.DISCHARGE), weapon.may(CustodyAction.DISPOSE)));
  }

  /** A lot by its name, with the short id of its tag after it to tell two boxes of one kind apart. */
  static String lotLabel(LotStatus lot) {
    return lot.name() + " · lot " + lot.shortId();
  }
}
