package org.setsafe.ledger;

import java.util.UUID;

/**
 * A ledger entry in the crew's words, for modules that show recorded facts to people (an incident's timeline): the
 * same sentences the ledger's own pages read. Names are looked up now and are not evidence; the entry's leaf is.
 * Reads without an access check: the caller has decided that the reader may see the production's facts.
 */
public interface LedgerWords {

  /** The entry as one sentence: "Rosa Delgado issued Colt Single Action Army #B12 to Eli Navarro for scene 42A." */
  String sentence(UUID productionId, LedgerEntry entry);

  /** The kind of fact as the crew says it: "Weapon issued", "Accidental discharge". */
  String kind(String kind);

  /** Who recorded it: a person's name, "SetSafe", or "Someone not named" for an anonymous report. */
  String who(LedgerEntry entry);
}
