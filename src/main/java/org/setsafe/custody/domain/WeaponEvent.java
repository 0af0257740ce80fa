package org.setsafe.custody.domain;

import java.util.List;
import java.util.UUID;

/** A custody fact about one weapon; its history is what {@link WeaponCustody} folds. */
public interface WeaponEvent extends CustodyEvent {

  UUID weaponId();

  @Override
  default List<String> subjects() {
    return List.of("weapon:" + weaponId());
  }
}
