package org.setsafe.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What an action a phone kept without signal is about in the ledger: the person, and the weapon if it had one. */
final class KeptActionSubjects {

  private KeptActionSubjects() {}

  static List<String> of(UUID personId, UUID weaponId) {
    List<String> subjects = new ArrayList<>(List.of("user:" + personId));
    if (weaponId != null) {
      subjects.add("weapon:" + weaponId);
    }
    return subjects;
  }
}
