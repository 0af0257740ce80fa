package org.setsafe.briefing.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The hospitals entered for a production's locations, one per location. */
public interface LocationStore {

  record StoredLocation(LocationHospital hospital, UUID enteredBy, Instant enteredAt) {}

  List<StoredLocation> locations(UUID productionId);

  /** Enters the location's hospital, replacing the one entered before. */
  void save(UUID productionId, LocationHospital hospital, UUID enteredBy, Instant enteredAt);
}
