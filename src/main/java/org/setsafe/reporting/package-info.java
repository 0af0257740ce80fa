/**
 * Reporting: anyone on a production, named or anonymous, reports a hazard or calls stop-work; each report
 * moves reported → acknowledged → mitigating → resolved with who and when on every step, and nothing is
 * deleted. Reporting publishes {@link org.setsafe.reporting.ReportEvents}; escalation listens to them and
 * makes sure someone acts. Custody facts that matter (misfire, live round, weapon still not locked up, count mismatch)
 * open reports on their own.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = {"shared", "production", "identity", "custody", "custody :: domain", "studio"})
package org.setsafe.reporting;

import org.springframework.modulith.ApplicationModule;
