package org.setsafe.custody.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Custody;
import org.setsafe.custody.domain.CustodyCommand.TransferWeapon;
import org.setsafe.custody.domain.FirearmType;
import org.setsafe.custody.domain.ShownWords;
import org.setsafe.custody.domain.Weapon;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The armorer's load, unload and transfer on the weapon's page. A load names, for every chamber or magazine
 * position, the lot its round comes from, and offers only lots that may be used (verified, not quarantined,
 * rounds left); a revolver fills every chamber from one lot in one tap. Unloading puts the rounds back to
 * their lots; a transfer goes to another of the production's armorers or property masters. The rules are the
 * service's: what they refuse comes back to the page in plain words, recorded.
 */
@Controller
class ArmorerStepPages {

  private static final String WEAPON = "/productions/{productionId}/custody/weapons/{weaponId}";

  private final Custody custody;
  private final Armory armory;

  ArmorerStepPages(Custody custody, Armory armory) {
    this.custody = custody;
    this.armory = armory;
  }

  @PostMapping(WEAPON + "/load")
  String load(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
    String back = back(productionId, weaponId);
    Weapon weapon = armory.weapon(productionId, weaponId).weapon();
    List<String> positions = positions(weapon.type());
    Map<String, UUID> manifest = new LinkedHashMap<>();
    String fill = form.getFirst("fill");
    if (fill != null) {
      UUID lot = uuid(fill);
      if (lot == null) {
        return PageSteps.problem(redirect, back, CustodyWords.say("custody.problem.pick-fill-lot"));
      }
      positions.forEach(position -> manifest.put(position, lot));
    } else {
      for (int i = 0; i < positions.size(); i++) {
        String value = form.getFirst("lot-" + (i + 1));
        if (value == null || value.isBlank()) {
          continue;
        }
        UUID lot = uuid(value);
        if (lot == null) {
          return PageSteps.problem(redirect, back, CustodyWords.say("custody.problem.lot-not-offered", positions.get(i)));
        }
        manifest.put(positions.get(i), lot);
      }
      if (manifest.isEmpty()) {
        return PageSteps.problem(redirect, back, CustodyWords.say("custody.problem.pick-a-lot"));
      }
    }
    return PageSteps.take(redirect, back, manifest.size() == 1 ? CustodyWords.say("custody.notice.loaded.one")
        : CustodyWords.say("custody.notice.loaded.many", String.valueOf(manifest.size())), () -> custody.load(productionId, weaponId, manifest));
  }

  @PostMapping(WEAPON + "/unload")
  String unload(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
    String back = back(productionId, weaponId);
    armory.weapon(productionId, weaponId);
    Map<UUID, Integer> roundsBack = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> field : form.entrySet()) {
      if (!field.getKey().startsWith("back-")) {
        continue;
      }
      UUID lot = uuid(field.getKey().substring("back-".length()));
      Integer count = count(field.getValue().isEmpty() ? null : field.getValue().get(0));
      if (lot == null || count == null) {
        return PageSteps.problem(redirect, back, CustodyWords.say("custody.problem.rounds-back"));
      }
      roundsBack.put(lot, count);
    }
    return PageSteps.take(redirect, back, CustodyWords.say("custody.notice.unloaded"),
        () -> custody.unload(productionId, weaponId, roundsBack));
  }

  @PostMapping(WEAPON + "/transfer")
  String transfer(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @RequestParam(required = false) String toArmorer, RedirectAttributes redirect) {
    String back = back(productionId, weaponId);
    armory.weapon(productionId, weaponId);
    UUID to = uuid(toArmorer);
    if (to == null) {
      return PageSteps.problem(redirect, back, CustodyWords.say("custody.problem.pick-armorer"));
    }
    return PageSteps.take(redirect, back, CustodyWords.say("custody.notice.transferred"),
        () -> custody.transfer(productionId, new TransferWeapon(weaponId, to)));
  }

  /** The positions a load names, by the firearm's type (see {@link ShownWords#positions}). */
  static List<String> positions(FirearmType type) {
    return ShownWords.positions(type);
  }

  private static String back(UUID productionId, UUID weaponId) {
    return "/productions/" + productionId + "/custody/weapons/" + weaponId;
  }

  private static UUID uuid(String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Integer count(String text) {
    try {
      int count = Integer.parseInt(text == null ? "" : text.strip());
      return count < 0 ? null : count;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
