package org.setsafe.custody;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.shared.SubjectNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Names weapons and ammunition lots as the crew says them, for facts read back as sentences. */
@Component
class WeaponAndLotNames implements SubjectNames {

  private final CustodyStore store;
  private final MessageSource messages;

  WeaponAndLotNames(CustodyStore store, MessageSource messages) {
    this.store = store;
    this.messages = messages;
  }

  @Override
  public Optional<String> name(UUID productionId, String type, UUID id) {
    return switch (type) {
      case "weapon" -> store.weapon(productionId, id).map(record -> record.weapon().label());
      case "lot" -> store.lot(productionId, id).map(WeaponAndLotNames::lot);
      default -> Optional.empty();
    };
  }

  @Override
  public Optional<String> name(UUID productionId, String type, UUID id, Locale reader) {
    return "lot".equals(type) ? store.lot(productionId, id).map(lot -> lot(lot, reader))
        : name(productionId, type, id);
  }

  /** "the lot of .45 Colt dummies from Ellis Props": the record's English. */
  static String lot(AmmunitionLot lot) {
    return "the lot of " + lot.caliber() + " " + lot.roundClass().plural()
        + (lot.supplier() == null || lot.supplier().isBlank() ? "" : " from " + lot.supplier());
  }

  /** The lot in the reader's words ("el lote de dummies calibre .45 Colt de Ellis Props"); a lot has a supplier. */
  String lot(AmmunitionLot lot, Locale reader) {
    String rounds = messages.getMessage("custody.round-class.plural." + lot.roundClass().name(), null,
        lot.roundClass().plural(), reader).toLowerCase(reader);
    return messages.getMessage("custody.lot.named", new Object[] {lot.caliber(), rounds, lot.supplier()}, lot(lot),
        reader);
  }
}
