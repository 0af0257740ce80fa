package org.setsafe.custody;

import java.util.Optional;
import java.util.UUID;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.shared.SubjectNames;
import org.springframework.stereotype.Component;

/** Names weapons and ammunition lots as the crew says them, for facts read back as sentences. */
@Component
class WeaponAndLotNames implements SubjectNames {

  private final CustodyStore store;

  WeaponAndLotNames(CustodyStore store) {
    this.store = store;
  }

  @Override
  public Optional<String> name(UUID productionId, String type, UUID id) {
    return switch (type) {
      case "weapon" -> store.weapon(productionId, id).map(record -> record.weapon().label());
      case "lot" -> store.lot(productionId, id).map(WeaponAndLotNames::lot);
      default -> Optional.empty();
    };
  }

  /** "the lot of .45 Colt dummies from Ellis Props". */
  private static String lot(AmmunitionLot lot) {
    return "the lot of " + lot.caliber() + " " + lot.roundClass().plural()
        + (lot.supplier() == null || lot.supplier().isBlank() ? "" : " from " + lot.supplier());
  }
}
