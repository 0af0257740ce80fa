package org.setsafe.training.domain;

import java.util.Objects;

/**
 * Why a person does not hold a current qualification: the rule's code (stable, for the API and the ledger)
 * and a reason a person on set can act on ("Armorer permit expired on 2026-10-01"). The custody gates turn
 * it into their own refusal.
 */
public record QualificationRefusal(String rule, String reason) {

  public QualificationRefusal {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
