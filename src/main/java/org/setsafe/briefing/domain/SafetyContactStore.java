package org.setsafe.briefing.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.briefing.SafetyContact;
import org.setsafe.briefing.SafetyContactKind;

/** The production's safety and support contacts, one of each kind. */
public interface SafetyContactStore {

  List<SafetyContact> contacts(UUID productionId);

  /** Names the contact of its kind, replacing the one named before. */
  void save(UUID productionId, SafetyContactDetails contact, UUID namedBy, Instant namedAt);

  void remove(UUID productionId, SafetyContactKind kind);
}
