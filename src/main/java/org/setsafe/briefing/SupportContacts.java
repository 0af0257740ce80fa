package org.setsafe.briefing;

import java.util.List;
import java.util.UUID;
import org.setsafe.briefing.domain.SafetyContactStore;
import org.springframework.stereotype.Component;

/**
 * The production's support contacts (counselling, employee assistance), read without an access check for the module
 * that offers support after an incident: its offers and check-ins are sent by timers with nobody signed in, and
 * these contacts are what the call sheet prints for the whole crew anyway.
 */
@Component
public class SupportContacts {

  private final SafetyContactStore store;

  SupportContacts(SafetyContactStore store) {
    this.store = store;
  }

  /** The support contacts named on the production, in the call sheet's order. */
  public List<SafetyContact> of(UUID productionId) {
    return store.contacts(productionId).stream().filter(c -> c.kind().support()).toList();
  }
}
