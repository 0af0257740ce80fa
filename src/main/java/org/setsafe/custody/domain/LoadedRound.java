package org.setsafe.custody.domain;

import java.util.UUID;

/** One round in a load manifest: the lot it came from and, so nobody has to look it up on set, its class. */
public record LoadedRound(UUID lotId, RoundClass roundClass) {

  public LoadedRound {
    Checks.id("lotId", lotId);
    Checks.present("roundClass", roundClass);
  }

  public static LoadedRound dummyFrom(UUID lotId) {
    return new LoadedRound(lotId, RoundClass.DUMMY);
  }
}
