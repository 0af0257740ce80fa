package org.setsafe.operations.domain;

import java.util.List;

/** The event publication registry, read only: every publication some listener has not completed, oldest first. */
public interface PendingPublications {

  List<PendingPublication> incomplete();
}
