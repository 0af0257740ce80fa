package org.setsafe.custody.domain;

import java.util.Objects;

/**
 * Why a custody step may not happen: the rule's code (stable, for the API and the ledger) and a reason a
 * person on set can act on, naming where the rule comes from. A refusal is evidence too: the service
 * records it as {@link CustodyEvents.CustodyRefused}, because investigators want the attempts, not only
 * what succeeded.
 */
public record Refusal(String rule, String reason) {

  public Refusal {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
