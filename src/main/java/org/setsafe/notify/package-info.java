/**
 * Notifications: each person's in-app inbox, email over SMTP and a Slack-compatible webhook per production,
 * with a delivery log (attempts, retries with backoff, failures) that the safety advisor reads. Other modules
 * hand it a {@link org.setsafe.notify.Notice} and the people to tell; a notice reaches each recipient on each
 * channel once, whatever is retried. Knows nothing of escalation.
 */
@ApplicationModule(displayName = "Notify", allowedDependencies = {"shared", "identity", "production"})
package org.setsafe.notify;

import org.springframework.modulith.ApplicationModule;
