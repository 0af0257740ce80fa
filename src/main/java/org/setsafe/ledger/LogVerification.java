package org.setsafe.ledger;

import java.util.List;

/**
 * What verifying one log found. {@code firstBadEntry} names the first entry that does not match
 * (missing, altered, moved), or is {@code null}; {@code problems} lists every finding in the order
 * found, each naming the entry or checkpoint concerned, up to a bound.
 */
public record LogVerification(String origin, long entries, int checkpoints, Long firstBadEntry,
    List<String> problems) {

  public boolean intact() {
    return problems.isEmpty();
  }

  /** One line for people: "intact" or the first problem. */
  public String summary() {
    return intact()
        ? origin + ": intact, " + entries + " entries, " + checkpoints + " signed checkpoint(s) verified"
        : origin + ": BROKEN: " + problems.get(0)
            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem(s))" : "");
  }
}
