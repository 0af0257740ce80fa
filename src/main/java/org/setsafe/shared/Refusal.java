package org.setsafe.shared;

import java.util.Objects;

/**
 * Why a step may not happen: the rule's code (stable, for the API and the ledger) and a reason a person on set can
 * act on, naming where the rule comes from. Every module's policies answer with one ({@code Optional<Refusal>
 * check(...)}), and a refusal is evidence too: the module records it through {@link RefusalRecorder}, because
 * investigators want the attempts, not only what succeeded.
 *
 * <p>{@code field} names the input the refusal is about when a rule judges one part of what was typed (a weapon
 * plan's {@code lines[2].distanceFeet}), so the problem details can point at it; {@code null} when the refusal is
 * about the state of things rather than a field.
 */
public record Refusal(String rule, String reason, String field) {

  public Refusal {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }

  /** A refusal about the state of things, not about one field of the input. */
  public Refusal(String rule, String reason) {
    this(rule, reason, null);
  }

  /** The same refusal, pointing at the input field it is about. */
  public Refusal at(String field) {
    return new Refusal(rule, reason, field);
  }
}
