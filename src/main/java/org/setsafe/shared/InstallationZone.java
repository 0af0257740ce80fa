package org.setsafe.shared;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The clock of the installation itself, for what belongs to no production (administration, the account page, the
 * banner about stuck records). Set by {@code setsafe.time-zone}; every time shown in it says which zone it is.
 */
@Component
public class InstallationZone {

  private final ZoneId zone;

  InstallationZone(@Value("${setsafe.time-zone:UTC}") String zone) {
    try {
      this.zone = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("setsafe.time-zone must be a time zone such as America/Denver, not '"
          + zone + "'", e);
    }
  }

  public ZoneId zone() {
    return zone;
  }
}
