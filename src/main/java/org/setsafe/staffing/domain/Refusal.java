package org.setsafe.staffing.domain;

import java.util.Objects;

/**
 * Why a staffing step may not happen, or why a firearm may not go out: the rule's code (stable, for the API and
 * the ledger) and a reason the UPM or armorer can act on, naming where the rule comes from.
 */
public record Refusal(String rule, String reason) {

  public Refusal {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
