/**
 * The ledger: a tamper-evident, append-only record of every {@link org.setsafe.shared.RecordedFact}
 * any module publishes. One log per production (and one for installation-wide facts), each an RFC 9162
 * Merkle tree whose roots are signed as C2SP checkpoints with an Ed25519 key kept outside the
 * database; verification recomputes everything, and an evidence bundle lets an investigator do the
 * same offline without trusting the production, the studio or SetSafe.
 */
@ApplicationModule(displayName = "Ledger", allowedDependencies = {"shared", "identity", "production", "studio"})
package org.setsafe.ledger;

import org.springframework.modulith.ApplicationModule;
