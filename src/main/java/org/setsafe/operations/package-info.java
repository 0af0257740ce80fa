/**
 * Operations: that no alarm dies quietly. Watches Spring Modulith's event publication registry for safety facts
 * a listener has not finished (a custody fact's automatic hazard report, a stop-work notice, an escalation, the
 * ledger's copy), retries them with an increasing delay, and once one has waited past the set time turns the
 * health DOWN, shows a banner to administrators and studio safety, and tells them once. Tells them too when the
 * ledger refuses to sign a checkpoint because its record was changed behind SetSafe's back.
 */
@ApplicationModule(displayName = "Operations", allowedDependencies = {"shared", "identity", "notify", "ledger"})
package org.setsafe.operations;

import org.springframework.modulith.ApplicationModule;
