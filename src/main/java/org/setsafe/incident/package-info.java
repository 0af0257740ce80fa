/**
 * Incidents: an injury, a near miss, a discharge nobody meant, a live round found. Opened by hand by anyone on the
 * crew, and by SetSafe itself from the custody facts that always are incidents; each opening preserves the evidence
 * at once (the ledger pinned by a signed checkpoint and an evidence bundle kept with the incident, custody's hold
 * on the weapons and lots it touched) and the physical evidence then keeps its chain of custody, every hand-over
 * confirmed by both sides under the same case number. Listens to everyone; nobody listens to it.
 */
@ApplicationModule(displayName = "Incidents", allowedDependencies = {"shared", "production", "identity", "custody",
    "custody :: domain", "ledger", "reporting", "escalation", "notify", "briefing", "staffing", "studio"})
package org.setsafe.incident;

import org.springframework.modulith.ApplicationModule;
