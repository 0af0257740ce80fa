/**
 * Offline on set: a phone that lost signal keeps the crew's safety actions (a hazard report, stop-work, an
 * acknowledgment, a witnessed show-clear, the armorer's custody steps) and sends them when signal returns, each with
 * a key and the time the phone made it. This module is the server's door for them: it reads the phone's time,
 * records it beside the server's own in the ledger, and judges nothing by it. The pages' side (the installable app,
 * its service worker and the phone's queue) lives in {@code static/} and is described in the README.
 */
@ApplicationModule(displayName = "Offline", allowedDependencies = {"shared", "identity"})
package org.setsafe.offline;

import org.springframework.modulith.ApplicationModule;
